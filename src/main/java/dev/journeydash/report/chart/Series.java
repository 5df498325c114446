package dev.journeydash.report.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One series of a chart: a name (for the legend), one value per category, a colour and a line style.
 *
 * @param name   the legend's text; may be empty
 * @param values one value per category of the chart, in the categories' order; null is a gap (no bar,
 *               no point, the line broken); numbers must be finite
 * @param color  {@code #RRGGBB}
 * @param dashed true for a dashed line (a target), false for a solid one; bars ignore it
 */
public record Series(String name, List<Double> values, String color, boolean dashed) {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(color, "color");
        if (!COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("colour must be #RRGGBB, not \"" + color + "\"");
        }
        for (Double v : values) {
            if (v != null && !Double.isFinite(v)) {
                throw new IllegalArgumentException("series \"" + name + "\" has a value that is not finite: " + v);
            }
        }
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A solid series. */
    public static Series solid(String name, List<Double> values, String color) {
        return new Series(name, values, color, false);
    }

    /** A dashed series, such as a target line. */
    public static Series dashed(String name, List<Double> values, String color) {
        return new Series(name, values, color, true);
    }
}
