package dev.journeydash.xlsx;

import dev.journeydash.xlsx.DashboardLayout.Detail;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Dashboard: the printed page ({@link DashboardPage}: banner, period selector, journey score,
 * KPI cards, charts, friction points) and, to its right outside the print area, the calculation
 * detail its formulas read ({@link DashboardDetail}). Every number is a formula of the selector cell.
 */
final class DashboardSheet {
    private DashboardSheet() { }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        DashboardDetail.write(sheet, ctx);
        int lastRow = new DashboardPage(sheet, ctx).write();
        columns(sheet, ctx.layout().dashboard(), ctx.journey().stages().size());
        pageSetup(sheet, ctx.layout().dashboard(), lastRow);
    }

    /** Column widths of the cards, the gaps between them and the detail area. */
    private static void columns(XSSFSheet sheet, DashboardLayout layout, int stages) {
        SheetWriter w = new SheetWriter(sheet);
        sheet.setDisplayGridlines(false);
        w.width(0, 2);
        for (int g = 0; g < stages; g++) {
            w.width(layout.cardColumn(g), 17);
            w.width(layout.cardColumn(g) + 1, 16);
            if (g < stages - 1) {
                w.width(layout.cardColumn(g) + 2, 1.5);
            }
        }
        w.width(layout.pageLastColumn() + 1, 4);
        w.width(layout.pageLastColumn() + 2, 4);
        int da = layout.detailColumn(Detail.LABEL);
        w.width(da, 30);
        double[] widths = {13, 12, 12, 12, 10, 9, 12, 13, 12};
        for (int c = 0; c < widths.length; c++) {
            w.width(da + 1 + c, widths[c]);
        }
        w.width(da + 10, 4);
    }

    /** Frozen rows down to the selector; one landscape A4 page, rows 1 to {@code lastRow} of the page's columns. */
    private static void pageSetup(XSSFSheet sheet, DashboardLayout layout, int lastRow) {
        sheet.createFreezePane(0, layout.selectorRow());
        XSSFWorkbook wb = sheet.getWorkbook();
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, layout.pageLastColumn(), 0, lastRow - 1);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
    }
}
