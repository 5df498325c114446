package dev.journeydash.report.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What one chart shows, as plain data. Sizes are CSS pixels (the SVG's user units; a PNG at scale 2
 * has twice as many pixels each way); text is drawn at 11 to 13 pixels.
 *
 * @param kind       line over periods, vertical bars, horizontal funnel or sparkline
 * @param title      the chart's title, drawn above it (not for a sparkline) and its accessible name
 * @param categories the periods, stages or funnel steps, in order (first period on the left, first
 *                   funnel step on top); at least one
 * @param series     one or more series, each with one value per category; a funnel and a sparkline
 *                   draw the first only
 * @param format     how values are written
 * @param max        the value axis's top, such as 1.0 for scores out of 100 %; null to fit the data
 * @param width      width in CSS pixels, 16 to 4,000
 * @param height     height in CSS pixels, 16 to 4,000
 * @param fontFamily the font family to draw with; when it is not installed, DejaVu Sans, then
 *                   Liberation Sans, then the JDK's sans serif
 * @param locale     the locale of the numbers
 */
public record ChartSpec(Kind kind, String title, List<String> categories, List<Series> series, ValueFormat format,
                        Double max, int width, int height, String fontFamily, Locale locale) {
    /** The font charts use unless told otherwise. */
    public static final String DEFAULT_FONT = "DejaVu Sans";

    /** The kinds of chart. */
    public enum Kind {
        /** Lines over periods, a dashed series for a target; at most 12 period labels. */
        LINE,
        /** Vertical bars with their value on top, such as stage scores. */
        BAR,
        /** Horizontal bars, first step on top, each with its value at its end. */
        FUNNEL,
        /** A tiny line without axes or text, its last point marked. */
        SPARKLINE
    }

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fontFamily, "fontFamily");
        Objects.requireNonNull(locale, "locale");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one category and one series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series \"" + s.name() + "\" has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        if (max != null && !(max > 0 && Double.isFinite(max))) {
            throw new IllegalArgumentException("max must be positive and finite, not " + max);
        }
        if (width < 16 || width > 4000 || height < 16 || height > 4000) {
            throw new IllegalArgumentException("width and height must be 16 to 4,000 pixels, not " + width + " x " + height);
        }
    }

    /** A trend over periods, 640 x 320. */
    public static ChartSpec line(String title, List<String> periods, List<Series> series, ValueFormat format) {
        return new ChartSpec(Kind.LINE, title, periods, series, format, null, 640, 320, DEFAULT_FONT, Locale.ENGLISH);
    }

    /** Vertical bars, 640 x 320. */
    public static ChartSpec bar(String title, List<String> categories, List<Series> series, ValueFormat format) {
        return new ChartSpec(Kind.BAR, title, categories, series, format, null, 640, 320, DEFAULT_FONT, Locale.ENGLISH);
    }

    /** A funnel, 640 wide and 34 pixels per step plus 56 for the title. */
    public static ChartSpec funnel(String title, List<String> steps, Series volumes, ValueFormat format) {
        return new ChartSpec(Kind.FUNNEL, title, steps, List.of(volumes), format, null, 640, 56 + 34 * steps.size(),
                DEFAULT_FONT, Locale.ENGLISH);
    }

    /** A sparkline of values in one colour, 120 x 32; the title is its accessible name only. */
    public static ChartSpec sparkline(String title, List<Double> values, String color) {
        List<String> indexes = IntStream.rangeClosed(1, values.size()).mapToObj(Integer::toString).toList();
        return new ChartSpec(Kind.SPARKLINE, title, indexes, List.of(Series.solid(title, values, color)),
                ValueFormat.decimal(2), null, 120, 32, DEFAULT_FONT, Locale.ENGLISH);
    }

    /** The same chart at another size, in CSS pixels. */
    public ChartSpec withSize(int width, int height) {
        return new ChartSpec(kind, title, categories, series, format, max, width, height, fontFamily, locale);
    }

    /** The same chart with the value axis up to {@code max}; null to fit the data. */
    public ChartSpec withMax(Double max) {
        return new ChartSpec(kind, title, categories, series, format, max, width, height, fontFamily, locale);
    }

    /** The same chart in another font family. */
    public ChartSpec withFont(String fontFamily) {
        return new ChartSpec(kind, title, categories, series, format, max, width, height, fontFamily, locale);
    }

    /** The same chart with numbers in another locale. */
    public ChartSpec withLocale(Locale locale) {
        return new ChartSpec(kind, title, categories, series, format, max, width, height, fontFamily, locale);
    }
}
