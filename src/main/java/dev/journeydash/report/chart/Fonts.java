package dev.journeydash.report.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The font family charts draw with, the same on every machine that has it: the one asked for when it
 * is installed, else DejaVu Sans, else Liberation Sans (both Debian packages), else the JDK's logical
 * sans serif. Text is measured as JFreeSVG measures it (fractional metrics, no antialiasing).
 */
final class Fonts {
    static final List<String> FALLBACKS = List.of("DejaVu Sans", "Liberation Sans");
    static final FontRenderContext MEASURE = new FontRenderContext(null, false, true);

    /** Installed families by lower-case name, with their own spelling. */
    private static final Map<String, String> INSTALLED = installed();

    private Fonts() { }

    private static Map<String, String> installed() {
        Map<String, String> out = new TreeMap<>();
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            out.putIfAbsent(family.toLowerCase(Locale.ROOT), family);
        }
        return out;
    }

    /** The family to draw {@code requested} with (case-insensitive match). */
    static String resolve(String requested) {
        String found = INSTALLED.get(requested.toLowerCase(Locale.ROOT));
        if (found != null) {
            return found;
        }
        for (String fallback : FALLBACKS) {
            found = INSTALLED.get(fallback.toLowerCase(Locale.ROOT));
            if (found != null) {
                return found;
            }
        }
        return Font.SANS_SERIF;
    }

    /** The advance width of {@code text} in {@code font}, in pixels. */
    static double width(Font font, String text) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }
}
