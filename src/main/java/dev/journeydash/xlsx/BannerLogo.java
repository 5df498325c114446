package dev.journeydash.xlsx;

import dev.journeydash.model.Logo;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The brand's logo in the Dashboard banner's top-right corner: as tall as the banner less a small
 * margin, its aspect kept, its right edge a margin inside the banner's last column. The bytes were
 * checked by the brand reader and are embedded as they are, never decoded.
 */
final class BannerLogo {
    /** Space kept around the logo inside the banner, in points. */
    static final double MARGIN_POINTS = 3;

    private BannerLogo() { }

    /** Adds {@code logo} to {@code sheet}, after its column widths and banner row heights are set. */
    static void add(XSSFSheet sheet, DashboardLayout layout, Logo logo) {
        int type = logo.type() == Logo.Type.PNG ? Workbook.PICTURE_TYPE_PNG : Workbook.PICTURE_TYPE_JPEG;
        int index = sheet.getWorkbook().addPicture(logo.bytes(), type);
        long margin = Units.toEMU(MARGIN_POINTS);
        long bannerHeight = Units.toEMU(rowPoints(sheet, 0) + rowPoints(sheet, 1));
        long height = bannerHeight - 2 * margin;
        long width = Math.round((double) height * logo.width() / logo.height());
        int lastColumn = layout.pageLastColumn();
        // from the banner's right edge leftwards: the column the logo starts in and the offset within it
        long right = columnEmu(sheet, lastColumn) - margin;
        int startColumn = lastColumn;
        long startOffset = right - width;
        while (startOffset < 0 && startColumn > 1) {
            startColumn--;
            startOffset += columnEmu(sheet, startColumn);
        }
        startOffset = Math.max(0, startOffset);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor((int) startOffset, (int) margin, (int) right, 0, startColumn, 0,
                lastColumn, 0);
        // the bottom edge: the banner's two rows less the margin, from the top of the second row
        anchor.setRow2(1);
        anchor.setDy2((int) (bannerHeight - margin - Units.toEMU(rowPoints(sheet, 0))));
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, index);
    }

    private static double rowPoints(XSSFSheet sheet, int row) {
        return sheet.getRow(row) == null ? sheet.getDefaultRowHeightInPoints() : sheet.getRow(row).getHeightInPoints();
    }

    private static long columnEmu(XSSFSheet sheet, int column) {
        return Math.round(sheet.getColumnWidthInPixels(column) * Units.EMU_PER_PIXEL);
    }
}
