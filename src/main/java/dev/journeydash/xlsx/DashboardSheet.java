package dev.journeydash.xlsx;

import dev.journeydash.xlsx.DashboardLayout.Detail;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Dashboard: the printed page ({@link DashboardPage}: banner, period selector, journey score,
 * KPI cards, charts, friction points) and, to its right outside the print area, the calculation
 * detail its formulas read ({@link DashboardDetail}). Every number is a formula of the selector cell.
 */
final class DashboardSheet {
    private DashboardSheet() { }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        DashboardDetail.write(sheet, ctx);
        SegmentLayout segments = ctx.segmentLayout();
        if (segments != null) {
            new SegmentCalc(sheet, ctx, segments).write();
        }
        DashboardPage page = new DashboardPage(sheet, ctx);
        int lastRow = page.write();
        columns(sheet, ctx.layout().dashboard(), Math.min(DashboardLayout.BAND, ctx.journey().stages().size()));
        sheet.createFreezePane(0, ctx.layout().dashboard().selectorRow());
        DashboardPrint.setUp(sheet, ctx.layout().dashboard().pageLastColumn(), lastRow, page.blocks());
    }

    /** Column widths of the cards, the gaps between them and the detail area. */
    private static void columns(XSSFSheet sheet, DashboardLayout layout, int stages) {
        SheetWriter w = new SheetWriter(sheet);
        sheet.setDisplayGridlines(false);
        w.width(0, 2);
        for (int g = 0; g < stages; g++) {
            // 15 + 14 characters: five stages fit A4 landscape at 9 pt text printed at 8.3 pt (DashboardPrint)
            w.width(layout.cardColumn(g), 15);
            w.width(layout.cardColumn(g) + 1, 14);
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
}
