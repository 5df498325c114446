package dev.journeydash.compute;

import dev.journeydash.model.Direction;

/**
 * The scoring rules, shared by the calculator and by the cached values of the workbook's
 * formulas. {@code NaN} stands for a blank cell throughout.
 */
public final class Scoring {
    private Scoring() { }

    /**
     * KPI score in 0..1: value / target (higher is better) or target / value (lower is better;
     * 1 when value &lt;= 0), clipped to 0..1; NaN when value is NaN.
     */
    public static double score(double value, double target, Direction direction) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        double raw;
        if (direction == Direction.LOWER) {
            raw = value <= 0 ? 1 : target / value;
        } else {
            raw = value / target;
        }
        return Math.max(0, Math.min(1, raw));
    }

    /**
     * Weighted mean of the values that are not NaN, summed left to right as the workbook's
     * formula does; NaN when all are NaN.
     */
    public static double weightedMean(double[] values, double[] weights) {
        double num = 0;
        double den = 0;
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                num += values[i] * weights[i];
                den += weights[i];
                any = true;
            }
        }
        return any ? num / den : Double.NaN;
    }
}
