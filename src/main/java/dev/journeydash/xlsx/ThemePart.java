package dev.journeydash.xlsx;

import dev.journeydash.model.Theme;
import org.apache.poi.xssf.model.ThemesTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorderPr;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code xl/theme/theme1.xml}: the colour scheme of {@link ThemePalette} and the font scheme
 * (major = the heading font, minor = the body font). POI's workbook has no theme part, and a new
 * {@link ThemesTable} is an empty, schema-invalid skeleton; its content is replaced here.
 */
final class ThemePart {
    private ThemePart() { }

    /** Adds the theme part of {@code theme} to {@code wb}, its schemes named {@code name}. */
    static void write(XSSFWorkbook wb, Theme theme, ThemePalette palette, String name) {
        // at index 1, so that the part is xl/theme/theme1.xml (ensureThemesTable would name it theme-1.xml)
        ThemesTable table = (ThemesTable) wb.createRelationship(XSSFRelation.THEME, XSSFFactory.getInstance(), 1);
        wb.getStylesSource().setTheme(table);
        try {
            table.readFrom(new ByteArrayInputStream(xml(theme, palette, name).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("the theme part journeydash wrote does not parse", e);
        }
    }

    /**
     * Once a workbook has a theme, POI copies a themed border colour's RGB into it as three bytes, which
     * the schema refuses (ST_UnsignedIntHex is four): drop the RGB where the colour is a theme colour,
     * as Excel writes it.
     */
    static void themeOnlyBorders(XSSFWorkbook wb) {
        for (XSSFCellBorder border : wb.getStylesSource().getBorders()) {
            CTBorder ct = border.getCTBorder();
            for (CTBorderPr side : new CTBorderPr[] {ct.getLeft(), ct.getRight(), ct.getTop(), ct.getBottom(),
                ct.getDiagonal()}) {
                if (side != null && side.isSetColor() && side.getColor().isSetTheme() && side.getColor().isSetRgb()) {
                    side.getColor().unsetRgb();
                }
            }
        }
    }

    /** The theme part's XML. */
    static String xml(Theme theme, ThemePalette palette, String name) {
        String n = escape(name);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"").append(n)
                .append("\"><a:themeElements><a:clrScheme name=\"").append(n).append("\">");
        // the theme part's order: dk1, lt1, dk2, lt2, then as the theme indexes
        int[] order = {1, 0, 3, 2, 4, 5, 6, 7, 8, 9, 10, 11};
        for (int i : order) {
            String slot = ThemePalette.SLOTS.get(i);
            sb.append("<a:").append(slot).append("><a:srgbClr val=\"").append(palette.rgb(i)).append("\"/></a:")
                    .append(slot).append('>');
        }
        sb.append("</a:clrScheme><a:fontScheme name=\"").append(n).append("\">")
                .append(font("majorFont", theme.headingFont())).append(font("minorFont", theme.font()))
                .append("</a:fontScheme>").append(FORMATS).append("</a:themeElements><a:objectDefaults/>")
                .append("<a:extraClrSchemeLst/></a:theme>");
        return sb.toString();
    }

    private static String font(String element, String typeface) {
        return "<a:" + element + "><a:latin typeface=\"" + escape(typeface) + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:"
                + element + ">";
    }

    /** The format scheme the schema requires (three fills, lines, effects and background fills), kept plain. */
    private static final String FORMATS = "<a:fmtScheme name=\"journeydash\"><a:fillStyleLst>"
            + "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
            + "<a:solidFill><a:schemeClr val=\"phClr\"><a:tint val=\"50000\"/></a:schemeClr></a:solidFill>"
            + "<a:solidFill><a:schemeClr val=\"phClr\"><a:shade val=\"80000\"/></a:schemeClr></a:solidFill>"
            + "</a:fillStyleLst><a:lnStyleLst>"
            + "<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
            + "<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
            + "<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
            + "</a:lnStyleLst><a:effectStyleLst>"
            + "<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
            + "<a:effectStyle><a:effectLst/></a:effectStyle>"
            + "</a:effectStyleLst><a:bgFillStyleLst>"
            + "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
            + "<a:solidFill><a:schemeClr val=\"phClr\"><a:tint val=\"95000\"/></a:schemeClr></a:solidFill>"
            + "<a:solidFill><a:schemeClr val=\"phClr\"><a:shade val=\"90000\"/></a:schemeClr></a:solidFill>"
            + "</a:bgFillStyleLst></a:fmtScheme>";

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
