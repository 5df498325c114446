package dev.journeydash.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Colours and fonts of the workbook. Colours are six-digit hex RGB strings without '#'.
 *
 * @param font        font family of body cells (the workbook theme's minor font)
 * @param headingFont font family of titles and the banner (the workbook theme's major font)
 * @param primary     title banner and header text
 * @param onPrimary   text on the primary colour
 * @param accent      stage rows and chart series
 * @param headerFill  fill of table headers
 * @param inputFill   fill of cells the user is meant to edit (targets, selector)
 * @param good        on-track status fill
 * @param warn        at-risk status fill
 * @param bad         off-track status fill
 * @param muted       secondary text
 * @param alert       strong red for lines and markers (sparkline low points)
 * @param background  the page colour (the workbook theme's lt1)
 */
public record Theme(String font, String headingFont, String primary, String onPrimary, String accent, String headerFill,
                    String inputFill, String good, String warn, String bad, String muted, String alert, String background) {
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{6}");

    public Theme {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(headingFont, "headingFont");
        for (String c : new String[] {primary, onPrimary, accent, headerFill, inputFill, good, warn, bad, muted, alert,
            background}) {
            if (c == null || !HEX.matcher(c).matches()) {
                throw new IllegalArgumentException("colour must be six hex digits, not " + c);
            }
        }
    }

    /*
     * The default status fills are colour-blind safe: the Okabe-Ito blue (0072B2), orange (E69F00) and
     * vermillion (D55E00) laid over white at 20 %, 35 % and 45 %. Blue against orange stays apart in
     * every common colour-vision deficiency (red-green ones included), where Excel's green C6EFCE and red
     * FFC7CE fills look alike to about one man in twelve; the off-track fill is also the darkest (relative
     * luminance 0.54 against 0.74 for the other two), so off-track stands out in greyscale print too. Black
     * text keeps a contrast of at least 11:1 on each. The status word in the cell says the same, for every reader.
     */
    /** The default brand: navy and teal on white, Calibri (Carlito where Calibri is missing), colour-blind-safe statuses. */
    public static final Theme DEFAULT = of("Calibri", "Calibri", "1F3A5F", "2A9D8F", "FFFFFF", "CCE3F0", "F6DDA6", "ECB78C");

    /**
     * The theme of a brand's choices; the rest is derived: text on the primary colour (white or black,
     * whichever contrasts more), the header fill (the primary at 15 % over white), the input fill,
     * muted text and the alert colour (fixed).
     */
    public static Theme of(String font, String headingFont, String primary, String accent, String background, String good,
                           String warn, String bad) {
        return new Theme(font, headingFont, primary, onColour(primary), accent, mix(primary, 0.15), "FFF4CC", good, warn, bad,
                "6B7280", "C0392B", background);
    }

    /** White or black, whichever has the higher WCAG contrast ratio on {@code rgb}. */
    static String onColour(String rgb) {
        double l = luminance(rgb);
        return (1.05 / (l + 0.05)) >= ((l + 0.05) / 0.05) ? "FFFFFF" : "000000";
    }

    /** WCAG relative luminance of {@code rgb}, 0 (black) to 1 (white). */
    public static double luminance(String rgb) {
        double sum = 0;
        double[] weight = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16) / 255.0;
            sum += weight[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    /** {@code rgb} laid over white at {@code share} (0..1), each channel rounded. */
    static String mix(String rgb, double share) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            int c = Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
            sb.append(String.format(Locale.ROOT, "%02X", (int) Math.round(share * c + (1 - share) * 255)));
        }
        return sb.toString();
    }
}
