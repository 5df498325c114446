package dev.journeydash.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Colours and fonts of the workbook. Colours are six-digit hex RGB strings without '#'.
 *
 * @param font       font family of all cells
 * @param primary    title banner and header fill
 * @param onPrimary  text on the primary colour
 * @param accent     stage rows and chart series
 * @param headerFill fill of table headers
 * @param inputFill  fill of cells the user is meant to edit (targets, selector)
 * @param good       on-track status fill
 * @param warn       at-risk status fill
 * @param bad        off-track status fill
 * @param muted      secondary text
 * @param alert      strong red for lines and markers (sparkline low points)
 */
public record Theme(String font, String primary, String onPrimary, String accent, String headerFill, String inputFill,
                    String good, String warn, String bad, String muted, String alert) {
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{6}");

    public Theme {
        Objects.requireNonNull(font, "font");
        for (String c : new String[] {primary, onPrimary, accent, headerFill, inputFill, good, warn, bad, muted, alert}) {
            if (c == null || !HEX.matcher(c).matches()) {
                throw new IllegalArgumentException("colour must be six hex digits, not " + c);
            }
        }
    }

    /** The default brand: navy and teal on white, Calibri (Carlito where Calibri is missing). */
    public static final Theme DEFAULT = new Theme("Calibri", "1F3A5F", "FFFFFF", "2A9D8F", "DCE6F0", "FFF4CC",
            "C6EFCE", "FFEB9C", "FFC7CE", "6B7280", "C0392B");
}
