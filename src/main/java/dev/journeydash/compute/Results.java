package dev.journeydash.compute;

import dev.journeydash.model.Brand;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the workbook shows, computed once in Java. Arrays and lists hold one entry per
 * period (0-based, oldest first); {@code NaN} stands for a blank cell.
 *
 * @param journey      the template
 * @param data         the data
 * @param kpiValues    KPI id to its value per period
 * @param kpiScores    KPI id to its score (0..1) per period
 * @param stageScores  stage id to its score per period
 * @param journeyScore journey effectiveness score per period
 * @param funnels      the funnel per period
 * @param friction     the friction points per period, lowest score first (see {@link FrictionPoint})
 * @param brand        the brand the workbook and the report are shown in, read once with the template;
 *                     {@link Brand#DEFAULT} for none
 * @param segments     the results of each segment, for a journey with {@code segments:}; {@link SegmentResults#NONE} otherwise
 */
public record Results(Journey journey, DataSet data, Map<String, double[]> kpiValues, Map<String, double[]> kpiScores,
                      Map<String, double[]> stageScores, double[] journeyScore, List<Funnel> funnels,
                      List<List<FrictionPoint>> friction, Brand brand, SegmentResults segments) {
    public Results {
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(data, "data");
        kpiValues = Map.copyOf(kpiValues);
        kpiScores = Map.copyOf(kpiScores);
        stageScores = Map.copyOf(stageScores);
        journeyScore = journeyScore.clone();
        funnels = List.copyOf(funnels);
        friction = friction.stream().map(List::copyOf).toList();
        int n = data.periods().size();
        if (journeyScore.length != n || funnels.size() != n || friction.size() != n) {
            throw new IllegalArgumentException("journey scores, funnels and friction points must have one entry for each of "
                    + n + " periods");
        }
    }

    /** Results shown in the default brand. */
    public Results(Journey journey, DataSet data, Map<String, double[]> kpiValues, Map<String, double[]> kpiScores,
                   Map<String, double[]> stageScores, double[] journeyScore, List<Funnel> funnels,
                   List<List<FrictionPoint>> friction) {
        this(journey, data, kpiValues, kpiScores, stageScores, journeyScore, funnels, friction, Brand.DEFAULT);
    }

    /** Results without segments. */
    public Results(Journey journey, DataSet data, Map<String, double[]> kpiValues, Map<String, double[]> kpiScores,
                   Map<String, double[]> stageScores, double[] journeyScore, List<Funnel> funnels,
                   List<List<FrictionPoint>> friction, Brand brand) {
        this(journey, data, kpiValues, kpiScores, stageScores, journeyScore, funnels, friction, brand, SegmentResults.NONE);
    }

    /** These results shown in {@code other} brand. */
    public Results withBrand(Brand other) {
        return new Results(journey, data, kpiValues, kpiScores, stageScores, journeyScore, funnels, friction, other, segments);
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

    /** The KPI's target in force in {@code period} (0-based): the one its score was computed against. */
    public double target(Kpi kpi, int period) {
        return kpi.target(data.periods().get(period));
    }

    /** The KPI's status in {@code period}; null when its score is blank. */
    public Status status(Kpi kpi, int period) {
        return Status.of(score(kpi.id(), period), kpi.amber());
    }

    public double stageScore(String stageId, int period) {
        return stageScores.get(stageId)[period];
    }

    public double journeyScore(int period) {
        return journeyScore[period];
    }

    /** The funnel in {@code period}; its steps are empty when the journey has no funnel. */
    public Funnel funnel(int period) {
        return funnels.get(period);
    }

    /** The KPIs not on track in {@code period}, lowest score first, ties in journey order; may be empty. */
    public List<FrictionPoint> frictionPoints(int period) {
        return friction.get(period);
    }
}
