package dev.journeydash.report;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Kpi;

/** Facts behind the insight sentences, computed from the results. */
final class Insights {
    private Insights() { }

    /**
     * How many periods in a row, ending at {@code period}, the KPI's value moved the wrong way
     * against the period before (fell for a KPI where higher is better, rose where lower is);
     * 0 when it did not move the wrong way in {@code period}, or a value is blank.
     */
    static int wrongWayRun(Results r, Kpi k, int period) {
        double[] v = r.kpiValues().get(k.id());
        int run = 0;
        for (int p = period; p > 0; p--) {
            double now = v[p];
            double before = v[p - 1];
            if (Double.isNaN(now) || Double.isNaN(before)) {
                break;
            }
            boolean wrong = k.direction() == Direction.LOWER ? now > before : now < before;
            if (!wrong) {
                break;
            }
            run++;
        }
        return run;
    }

    /**
     * The KPI's distance from its target as a fraction of the target: (value - target) / target,
     * negative below it; NaN when the value is blank.
     */
    static double gap(double value, double target) {
        return Double.isNaN(value) || target == 0 ? Double.NaN : (value - target) / target;
    }
}
