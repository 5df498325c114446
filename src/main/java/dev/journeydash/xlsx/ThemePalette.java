package dev.journeydash.xlsx;

import dev.journeydash.model.Theme;
import org.apache.poi.xddf.usermodel.SchemeColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The workbook theme's twelve colour slots, filled from a {@link Theme}, and colours that refer to them:
 * a colour the theme holds is written as its theme index (SpreadsheetML) or scheme colour (DrawingML),
 * so that Excel's colour picker shows the brand's palette and re-theming in Excel recolours the
 * workbook; any other colour (greys, the input fill) stays RGB.
 *
 * <p>The slots, by SpreadsheetML theme index (Excel swaps the first two pairs against the theme part's
 * order dk1, lt1, dk2, lt2): 0 lt1 background, 1 dk1 black text, 2 lt2 header fill, 3 dk2 primary,
 * 4 accent1 primary, 5 accent2 accent, 6 accent3 good, 7 accent4 warn, 8 accent5 bad, 9 accent6 muted,
 * 10 hlink primary, 11 folHlink alert.
 */
final class ThemePalette {
    /** Slot names by theme index. */
    static final List<String> SLOTS = List.of("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4",
            "accent5", "accent6", "hlink", "folHlink");
    private static final SchemeColor[] SCHEME = {SchemeColor.LIGHT_1, SchemeColor.DARK_1, SchemeColor.LIGHT_2,
        SchemeColor.DARK_2, SchemeColor.ACCENT_1, SchemeColor.ACCENT_2, SchemeColor.ACCENT_3, SchemeColor.ACCENT_4,
        SchemeColor.ACCENT_5, SchemeColor.ACCENT_6, SchemeColor.LINK, SchemeColor.FOLLOWED_LINK};
    /** Which slot a colour that several slots hold refers to: the accents first, as Excel's own styles do. */
    private static final int[] PREFERENCE = {4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 10, 11};

    private final String[] rgb;

    ThemePalette(Theme t) {
        rgb = new String[] {t.background(), "000000", t.headerFill(), t.primary(), t.primary(), t.accent(), t.good(), t.warn(),
            t.bad(), t.muted(), t.primary(), t.alert()};
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = rgb[i].toUpperCase(Locale.ROOT);
        }
    }

    /** The RGB of slot {@code index} (theme index, 0..11). */
    String rgb(int index) {
        return rgb[index];
    }

    /** The theme index holding {@code colour} (six hex digits), or -1 when the theme does not hold it. */
    int index(String colour) {
        String c = colour.toUpperCase(Locale.ROOT);
        for (int i : PREFERENCE) {
            if (rgb[i].equals(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code colour} as a SpreadsheetML colour: {@code theme="n"} when the theme holds it, else {@code rgb="FFrrggbb"}. */
    XSSFColor color(String colour) {
        int i = index(colour);
        if (i < 0) {
            return new XSSFColor(HexFormat.of().parseHex("FF" + colour), null);
        }
        CTColor ct = CTColor.Factory.newInstance();
        ct.setTheme(i);
        return XSSFColor.from(ct, null);
    }

    /** {@code colour} as a DrawingML colour for charts: a scheme colour when the theme holds it, else sRGB. */
    XDDFColor chartColor(String colour) {
        int i = index(colour);
        return i < 0 ? XDDFColor.from(HexFormat.of().parseHex(colour)) : XDDFColor.from(SCHEME[i]);
    }

    /** {@code colour} as the attribute of an x14 colour element: {@code theme="n"} or {@code rgb="FFrrggbb"}. */
    String attribute(String colour) {
        int i = index(colour);
        return i < 0 ? "rgb=\"FF" + colour.toUpperCase(Locale.ROOT) + "\"" : "theme=\"" + i + "\"";
    }
}
