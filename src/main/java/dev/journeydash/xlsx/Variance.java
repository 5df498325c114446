package dev.journeydash.xlsx;

import dev.journeydash.compute.Evaluator;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.ValueFormat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a KPI's differences (against its target, against the previous period) are shown. A
 * difference of percentages is a number of percentage points, so it is shown in points
 * ({@code -0.4 pt}), the cell holding the points, with as many decimals as the KPI's percentages
 * (2.50 % against 1.65 % is {@code -0.85 pt}); other differences keep the KPI's own unit and format.
 * Each difference is rounded to the decimals shown, so that one that shows as zero is zero and
 * shows without a minus sign ({@code 0.0 pt}, never {@code -0.0 pt}).
 *
 * @param scale   what the difference is multiplied by: 100 for points, 1 otherwise
 * @param digits  the decimals shown, and rounded to
 * @param base    the number format of one section, without a sign ({@code 0.0" pt"})
 */
record Variance(int scale, int digits, String base) {
    /** The variance of {@code k}'s values, in the number formats of {@code styles}. */
    static Variance of(Kpi k, Styles styles) {
        int digits = Styles.decimals(k.format(), k.target());
        if (k.format() == ValueFormat.PERCENT) {
            return new Variance(100, digits, "0." + "0".repeat(digits) + "\" pt\"");
        }
        return new Variance(1, digits, styles.pattern(k.format(), k.unit(), k.target()));
    }

    /** The formula of the shown difference of {@code difference}, a formula such as {@code $S$9-$T$9}. */
    String formula(String difference) {
        String scaled = scale == 1 ? difference : "(" + difference + ")*" + scale;
        return "ROUND(" + scaled + "," + digits + ")";
    }

    /** The cached value of {@link #formula(String)}: {@code difference} scaled and rounded; NaN stays NaN. */
    double value(double difference) {
        double scaled = difference * scale;
        if (!Double.isFinite(scaled)) {
            return Double.NaN;
        }
        // the engines' ROUND sees the value to 15 significant digits, as they show it:
        // (0.0625 - 0.05) * 100 is 1.2499999999999998, which they take for 1.25 and round to 1.3
        double shown = new BigDecimal(scaled).round(new MathContext(15, RoundingMode.HALF_EVEN)).doubleValue();
        // + 0.0 turns a rounded -0.0 into 0.0, which shows as zero in the zero section
        return Evaluator.round(shown, digits) + 0.0;
    }

    /** {@code +0.0" pt";-0.0" pt";0.0" pt"}: signed, zero without a sign. */
    String pattern() {
        return pattern("");
    }

    /** The signed format with {@code suffix} after the number in each section: {@code +0.0" pt vs prev";...}. */
    String pattern(String suffix) {
        String section = suffix.isEmpty() ? base : base.endsWith("\"")
                ? base.substring(0, base.length() - 1) + suffix.replace("\"", "") + "\""
                : base + "\"" + suffix.replace("\"", "") + "\"";
        return "+" + section + ";-" + section + ";" + section;
    }
}
