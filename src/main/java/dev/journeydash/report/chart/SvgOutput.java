package dev.journeydash.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A chart as an SVG element through JFreeSVG. JFreeSVG's prefix for ids in {@code <defs>} (clip
 * paths) is the time by default; here it is taken from a digest of the spec, so that equal specs give
 * equal bytes and two different charts inline in one page do not share an id. Coordinates are written
 * with at most two decimals.
 */
final class SvgOutput {
    private SvgOutput() { }

    static String write(JFreeChart chart, ChartSpec spec) {
        String prefix = idPrefix(spec);
        SVGGraphics2D g = new SVGGraphics2D(spec.width(), spec.height());
        g.setDefsKeyPrefix(prefix);
        g.setGeomDoubleConverter(SvgOutput::twoDecimals);
        g.setTransformDoubleConverter(SvgOutput::twoDecimals);
        g.setFontFunction(family -> "\"" + family + "\", sans-serif");
        chart.draw(g, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, spec.width(), spec.height()), null, null);
        int open = svg.indexOf('>');
        String titleId = prefix + "title";
        return svg.substring(0, open) + " role='img' aria-labelledby='" + titleId + "'><title id='" + titleId + "'>"
                + SVGUtils.escapeForXML(spec.title()) + "</title>" + svg.substring(open + 1);
    }

    /** {@code jd} and 10 hex digits of the SHA-256 of the spec. */
    static String idPrefix(ChartSpec spec) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(spec.toString().getBytes(StandardCharsets.UTF_8));
            return "jd" + HexFormat.of().formatHex(digest, 0, 5) + "-";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String twoDecimals(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
