package dev.journeydash.compute;

import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A KPI that is not on track in one period: a friction point of the journey.
 *
 * @param kpi    the KPI
 * @param stage  its stage
 * @param score  its score, 0 &lt;= score &lt; 1
 * @param status {@link Status#AT_RISK} or {@link Status#OFF_TRACK}
 */
public record FrictionPoint(Kpi kpi, Stage stage, double score, Status status) {
    public FrictionPoint {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The friction points of a period: every KPI with a score below 1, lowest score first, ties
     * in journey order.
     *
     * <p>The workbook ranks the same KPIs with {@code SMALL(score + ROW()/1e9, n)}, the row
     * offset breaking ties in journey order. The two orders differ only where two scores are
     * closer than the difference of their rows' offsets (under about 1e-7 for a hundred KPIs):
     * there the workbook may put the later KPI first.
     */
    static List<FrictionPoint> of(List<Stage> stages, Map<String, double[]> scores, int period) {
        List<FrictionPoint> out = new ArrayList<>();
        for (Stage st : stages) {
            for (Kpi k : st.kpis()) {
                double s = scores.get(k.id())[period];
                if (!Double.isNaN(s) && s < 1) {
                    out.add(new FrictionPoint(k, st, s, Status.of(s, k.amber())));
                }
            }
        }
        out.sort(Comparator.comparingDouble(FrictionPoint::score)); // stable: ties stay in journey order
        return List.copyOf(out);
    }
}
