package dev.journeydash.compute;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Journey;

import java.util.Map;
import java.util.Objects;

/**
 * Everything the workbook shows, computed once in Java. Arrays hold one value per period
 * (0-based, oldest first); {@code NaN} stands for a blank cell.
 *
 * @param journey      the template
 * @param data         the data
 * @param kpiValues    KPI id to its value per period
 * @param kpiScores    KPI id to its score (0..1) per period
 * @param stageScores  stage id to its score per period
 * @param journeyScore journey effectiveness score per period
 */
public record Results(Journey journey, DataSet data, Map<String, double[]> kpiValues, Map<String, double[]> kpiScores,
                      Map<String, double[]> stageScores, double[] journeyScore) {
    public Results {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(data, "data");
        kpiValues = Map.copyOf(kpiValues);
        kpiScores = Map.copyOf(kpiScores);
        stageScores = Map.copyOf(stageScores);
        journeyScore = journeyScore.clone();
    }

    public int periodCount() {
        return data.periods().size();
    }

    public double kpi(String id, int period) {
        return kpiValues.get(id)[period];
    }

    public double score(String kpiId, int period) {
        return kpiScores.get(kpiId)[period];
    }

    public double stageScore(String stageId, int period) {
        return stageScores.get(stageId)[period];
    }

    public double journeyScore(int period) {
        return journeyScore[period];
    }
}
