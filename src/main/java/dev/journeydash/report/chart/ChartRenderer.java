package dev.journeydash.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;

/**
 * Draws a {@link ChartSpec} as SVG (for the HTML report, inline) or PNG (for slides), headless.
 * Equal specs give equal bytes, in one JVM and across JVMs on machines with the same fonts: the SVG's
 * ids come from the spec (so several charts can share a page), the PNG has no time or text chunks.
 * Safe to use from several threads.
 */
public final class ChartRenderer {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // JFreeChart draws turned labels through a TextLayout by default (a workaround for a JDK 1.3 bug),
        // which JFreeSVG can only write as outlines; drawString keeps them <text>, readable and searchable
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartRenderer() { }

    /**
     * The chart as an {@code <svg>} element: {@code width} and {@code height} in CSS pixels, a
     * {@code viewBox}, {@code role="img"} and a {@code <title>} (the spec's title), text as
     * {@code <text>} elements, no external references, no XML declaration.
     */
    public static String svg(ChartSpec spec) {
        return SvgOutput.write(chart(spec), spec);
    }

    /**
     * The chart as a PNG image of {@code scale} times the spec's size (2 for slides: a 640 x 320 chart
     * is 1280 x 640 pixels), its resolution recorded as 96 dpi times {@code scale}.
     *
     * @param scale 0.5 to 8
     */
    public static byte[] png(ChartSpec spec, double scale) {
        if (!(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("scale must be 0.5 to 8, not " + scale);
        }
        return PngOutput.write(chart(spec), spec, scale);
    }

    private static JFreeChart chart(ChartSpec spec) {
        Theme theme = new Theme(spec.fontFamily());
        return switch (spec.kind()) {
            case LINE -> LineChart.build(spec, theme);
            case BAR -> BarChart.build(spec, theme);
            case FUNNEL -> FunnelChart.build(spec, theme);
            case SPARKLINE -> Sparkline.build(spec, theme);
        };
    }
}
