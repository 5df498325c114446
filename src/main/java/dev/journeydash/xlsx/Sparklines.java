package dev.journeydash.xlsx;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTExtension;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTExtensionList;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

import java.util.List;

/**
 * Writes sparklines as the standard Excel 2010 worksheet extension ({@code x14:sparklineGroups}),
 * which Apache POI has no API for. Viewers without sparkline support ignore the extension.
 */
final class Sparklines {
    static final String EXT_URI = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";
    static final String X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
    static final String XM = "http://schemas.microsoft.com/office/excel/2006/main";

    /** One sparkline: the data range (with sheet) and the cell it is drawn in (without sheet). */
    record Sparkline(String dataRange, String cell) { }

    private Sparklines() { }

    /** Adds one group of line sparklines in colour {@code rgb}, marking the high and low points; theme colours where {@code palette} holds them. */
    static void add(XSSFSheet sheet, List<Sparkline> sparklines, ThemePalette palette, String rgb, String lowRgb) {
        if (sparklines.isEmpty()) {
            return;
        }
        StringBuilder xml = new StringBuilder();
        xml.append("<x14:sparklineGroups xmlns:x14=\"").append(X14).append("\" xmlns:xm=\"").append(XM).append("\">");
        xml.append("<x14:sparklineGroup displayEmptyCellsAs=\"gap\" lineWeight=\"1.25\" high=\"1\" low=\"1\" last=\"1\">");
        String[] colours = {rgb, lowRgb, "595959", rgb, rgb, rgb, rgb, lowRgb};
        String[] names = {"colorSeries", "colorNegative", "colorAxis", "colorMarkers", "colorFirst", "colorLast",
            "colorHigh", "colorLow"};
        for (int i = 0; i < names.length; i++) {
            xml.append("<x14:").append(names[i]).append(' ').append(palette.attribute(colours[i])).append("/>");
        }
        xml.append("<x14:sparklines>");
        for (Sparkline s : sparklines) {
            xml.append("<x14:sparkline><xm:f>").append(escape(s.dataRange())).append("</xm:f><xm:sqref>")
                    .append(escape(s.cell())).append("</xm:sqref></x14:sparkline>");
        }
        xml.append("</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups>");

        CTWorksheet ws = sheet.getCTWorksheet();
        CTExtensionList list = ws.isSetExtLst() ? ws.getExtLst() : ws.addNewExtLst();
        CTExtension ext = list.addNewExt();
        ext.setUri(EXT_URI);
        try (XmlCursor target = ext.newCursor()) {
            target.toEndToken();
            XmlObject parsed = XmlObject.Factory.parse(xml.toString());
            try (XmlCursor source = parsed.newCursor()) {
                source.toFirstChild();
                source.copyXml(target);
            }
        } catch (XmlException e) {
            throw new IllegalStateException("sparkline XML is malformed: " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
