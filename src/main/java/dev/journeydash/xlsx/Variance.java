package dev.journeydash.xlsx;

import dev.journeydash.compute.Evaluator;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.ValueFormat;

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
    /** The variance of {@code k}'s values, in the number formats of {@code styles}; {@code points} the word for percentage points ("pt"). */
    static Variance of(Kpi k, Styles styles, String points) {
        int digits = Styles.decimals(k.format(), k.target());
        if (k.format() == ValueFormat.PERCENT) {
            return new Variance(100, digits, "0." + "0".repeat(digits) + Styles.literal(" " + points));
        }
        return new Variance(1, digits, styles.pattern(k.format(), k.unit(), k.target()));
    }

    /**
     * Decimals of the first of two roundings. A difference a hair under a half, such as
     * {@code (0.0625 - 0.05) * 100 = 1.2499999999999998}, is 1.3 to LibreOffice's ROUND (which
     * sees 15 digits) and 1.2 to Gnumeric's: rounded to 9 decimals first, it is 1.25 to both, and
     * 1.3 to both after that.
     */
    static final int FIRST_DIGITS = 9;

    /** The formula of the shown difference of {@code difference}, a formula such as {@code $S$9-$T$9}. */
    String formula(String difference) {
        String scaled = scale == 1 ? difference : "(" + difference + ")*" + scale;
        return "ROUND(ROUND(" + scaled + "," + FIRST_DIGITS + ")," + digits + ")";
    }

    /** The cached value of {@link #formula(String)}: {@code difference} scaled and rounded twice; NaN stays NaN. */
    double value(double difference) {
        // + 0.0 turns a rounded -0.0 into 0.0, which shows as zero in the zero section
        return Evaluator.round(Evaluator.round(difference * scale, FIRST_DIGITS), digits) + 0.0;
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
