package dev.journeydash.xlsx;

import dev.journeydash.model.Theme;
import dev.journeydash.model.ValueFormat;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyles;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

import java.util.HashMap;
import java.util.Map;

/** Creates each cell style once, from the theme. */
final class Styles {
    /** What a cell is for; together with its number format this picks the style. */
    enum Role { TEXT, CENTER, STAGE_RIGHT, CARD_LABEL, CARD_VALUE, CARD_SMALL, CARD_SMALL_RIGHT, TITLE, SUBTITLE, HEADER, HEADER_LEFT, STAGE, MUTED, INPUT, BOLD_VALUE, BIG, BANNER, BANNER_SMALL, LINK,
        /** A small bold heading in the alert colour. */ ALERT_TITLE,
        /** Text that wraps in its cell (or merged cells), from the top. */ WRAPPED,
        /** A subtitle that wraps in its merged cells, from the top. */ SUBTITLE_WRAPPED,
        /** A KPI label too long for one line: wraps in the card's two merged cells. */ CARD_LABEL_WRAPPED,
        /** A stage name too long for one line of its header cell: wraps. */ STAGE_WRAPPED }

    private final XSSFWorkbook wb;
    private final Theme theme;
    private final ThemePalette palette;
    private final String currency;
    private final boolean currencyAfter;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final Map<String, XSSFFont> fonts = new HashMap<>();

    /**
     * @param currency      the currency symbol of currency formats
     * @param currencyAfter whether it follows the number ({@code 1,234 €}) rather than leads it ({@code $1,234})
     */
    Styles(XSSFWorkbook wb, Theme theme, String currency, boolean currencyAfter) {
        this.wb = wb;
        this.theme = theme;
        this.palette = new ThemePalette(theme);
        this.currency = currency.replace("\"", "");
        this.currencyAfter = currencyAfter;
        excelDefaults(wb);
    }

    Theme theme() {
        return theme;
    }

    /** The workbook theme's colour slots. */
    ThemePalette palette() {
        return palette;
    }

    /**
     * What Excel writes in every workbook and POI does not: fill 1 is {@code gray125} (POI writes
     * {@code darkGray}), and the built-in Normal cell style over cell format 0.
     */
    private static void excelDefaults(XSSFWorkbook wb) {
        var table = wb.getStylesSource();
        table.getFillAt(1).getCTFill().getPatternFill().setPatternType(STPatternType.GRAY_125);
        CTStylesheet sheet = table.getCTStylesheet();
        CTCellStyles cellStyles = sheet.isSetCellStyles() ? sheet.getCellStyles() : sheet.addNewCellStyles();
        CTCellStyle normal = cellStyles.addNewCellStyle();
        normal.setName("Normal");
        normal.setXfId(0);
        normal.setBuiltinId(0);
        cellStyles.setCount(cellStyles.sizeOfCellStyleArray());
    }

    XSSFCellStyle get(Role role) {
        return get(role, null);
    }

    /** The style for {@code role} with number format {@code format} (null for General). */
    XSSFCellStyle get(Role role, String format) {
        return cache.computeIfAbsent(role + "|" + format, k -> create(role, format));
    }

    /** The number format of a value shown in {@code format}, of about {@code magnitude} (which picks the decimals). */
    String pattern(ValueFormat format, String unit, double magnitude) {
        int digits = decimals(format, magnitude);
        String decimals = digits == 0 ? "" : "." + "0".repeat(digits);
        return switch (format) {
            case INTEGER, NUMBER, DECIMAL -> "#,##0" + decimals;
            case PERCENT -> "0" + decimals + "%";
            case CURRENCY -> currencyAfter ? "#,##0" + decimals + "\" " + currency + "\""
                    : "\"" + currency + "\"#,##0" + decimals;
            case DURATION -> "#,##0" + decimals + "\" " + unit.replace("\"", "") + "\"";
        };
    }

    /** The decimals {@link #pattern} shows: of the percentage for {@code PERCENT}. */
    static int decimals(ValueFormat format, double magnitude) {
        return format.decimals(magnitude);
    }

    /** The locale prefix of month formats ("[$-421]" for Indonesian), from the workbook's language; "" for English. */
    private String dateLocale = "";

    /** Month names in date formats in the language of {@code prefix} ("[$-421]"); returns this. */
    Styles dateLocale(String prefix) {
        this.dateLocale = prefix;
        return this;
    }

    /** {@code text} as a number format's literal: in quotes, without quotes of its own. */
    static String literal(String text) {
        return "\"" + text.replace("\"", "") + "\"";
    }

    String datePattern(dev.journeydash.model.Granularity g) {
        return switch (g) {
            case MONTH, QUARTER -> dateLocale + "mmm yyyy";
            case WEEK, DAY -> "yyyy-mm-dd";
        };
    }

    private XSSFCellStyle create(Role role, String format) {
        XSSFCellStyle s = wb.createCellStyle();
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        switch (role) {
            case HEADER, HEADER_LEFT, STAGE, STAGE_WRAPPED, STAGE_RIGHT, INPUT, BANNER, BANNER_SMALL -> filled(s, role);
            default -> plain(s, role);
        }
        return s;
    }

    /** Roles with a fill: headers, stage rows, input cells, the banner. */
    private void filled(XSSFCellStyle s, Role role) {
        switch (role) {
            case HEADER -> {
                s.setFont(font(10, true, theme.primary()));
                fill(s, theme.headerFill());
                s.setWrapText(true);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBottomBorderColor(color(theme.primary()));
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case HEADER_LEFT -> {
                s.setFont(font(10, true, theme.primary()));
                fill(s, theme.headerFill());
                s.setBorderBottom(BorderStyle.THIN);
                s.setBottomBorderColor(color(theme.primary()));
            }
            case STAGE_RIGHT -> {
                s.setFont(font(11, true, theme.onPrimary()));
                fill(s, theme.accent());
                s.setAlignment(HorizontalAlignment.RIGHT);
            }
            case STAGE -> {
                s.setFont(font(11, true, theme.onPrimary()));
                fill(s, theme.accent());
            }
            case STAGE_WRAPPED -> {
                s.setFont(font(11, true, theme.onPrimary()));
                fill(s, theme.accent());
                s.setWrapText(true);
            }
            case INPUT -> {
                s.setFont(font(10, false, "000000"));
                fill(s, theme.inputFill());
                s.setLocked(false);
                thinBox(s);
            }
            case BANNER -> {
                s.setFont(heading(18, theme.onPrimary()));
                fill(s, theme.primary());
            }
            default -> { // BANNER_SMALL
                s.setFont(font(10, false, theme.onPrimary()));
                fill(s, theme.primary());
            }
        }
    }

    /** Roles without a fill: text, titles, card parts, links. */
    private void plain(XSSFCellStyle s, Role role) {
        switch (role) {
            case TITLE -> s.setFont(heading(16, theme.primary()));
            case SUBTITLE -> s.setFont(font(11, false, theme.muted()));
            case SUBTITLE_WRAPPED -> {
                s.setFont(font(11, false, theme.muted()));
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            }
            case CARD_LABEL, CARD_LABEL_WRAPPED -> {
                s.setFont(font(10, true, theme.primary()));
                s.setBorderTop(BorderStyle.THIN);
                s.setTopBorderColor(color("D1D5DB"));
                s.setVerticalAlignment(VerticalAlignment.BOTTOM);
                s.setWrapText(role == Role.CARD_LABEL_WRAPPED);
            }
            case CARD_VALUE -> aligned(s, font(15, true, "111827"), HorizontalAlignment.LEFT);
            case CARD_SMALL -> aligned(s, font(9, false, theme.muted()), HorizontalAlignment.LEFT);
            case CARD_SMALL_RIGHT -> aligned(s, font(9, false, theme.muted()), HorizontalAlignment.CENTER);
            case MUTED -> s.setFont(font(9, false, theme.muted()));
            case CENTER -> aligned(s, font(10, false, "000000"), HorizontalAlignment.CENTER);
            case BOLD_VALUE -> s.setFont(font(10, true, "000000"));
            case BIG -> aligned(s, heading(20, theme.primary()), HorizontalAlignment.LEFT);
            case LINK -> {
                // at the foot of its row, when the stage's pain points beside it make the row tall
                s.setFont(font(10, true, theme.primary(), true));
                s.setVerticalAlignment(VerticalAlignment.BOTTOM);
            }
            case ALERT_TITLE -> s.setFont(font(11, true, theme.alert()));
            case WRAPPED -> {
                s.setFont(font(10, false, "000000"));
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            }
            default -> s.setFont(font(10, false, "000000"));
        }
    }

    private static void aligned(XSSFCellStyle s, XSSFFont font, HorizontalAlignment alignment) {
        s.setFont(font);
        s.setAlignment(alignment);
    }

    private void thinBox(XSSFCellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        XSSFColor grey = color("BFBFBF");
        s.setBottomBorderColor(grey);
        s.setTopBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
    }

    private void fill(XSSFCellStyle s, String rgb) {
        s.setFillForegroundColor(color(rgb));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    XSSFFont font(int points, boolean bold, String rgb) {
        return font(points, bold, rgb, false, false);
    }

    private XSSFFont font(int points, boolean bold, String rgb, boolean underline) {
        return font(points, bold, rgb, underline, false);
    }

    /** A bold font in the heading font (the theme's major font). */
    private XSSFFont heading(int points, String rgb) {
        return font(points, true, rgb, false, true);
    }

    /**
     * One font per size, weight, colour, underline and family, created on first use: its colour a theme
     * colour where the theme holds it, its family the theme's major (heading) or minor (body) font, named
     * as well for applications that do not read the font scheme.
     */
    private XSSFFont font(int points, boolean bold, String rgb, boolean underline, boolean major) {
        return fonts.computeIfAbsent(points + "|" + bold + "|" + rgb + "|" + underline + "|" + major, k -> {
            XSSFFont f = wb.createFont();
            f.setFontName(major ? theme.headingFont() : theme.font());
            f.setScheme(major ? FontScheme.MAJOR : FontScheme.MINOR);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            // XSSFFont.setColor(XSSFColor) keeps the RGB only: set the colour element itself
            f.getCTFont().setColorArray(new org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor[] {
                color(rgb).getCTColor()});
            if (underline) {
                f.setUnderline(XSSFFont.U_SINGLE);
            }
            return f;
        });
    }

    /** {@code rgb} as a colour of this workbook: a theme colour where the theme holds it, else RGB. */
    XSSFColor color(String rgb) {
        return palette.color(rgb);
    }
}
