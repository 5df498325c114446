package dev.journeydash.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * How the Dashboard prints: landscape A4, one page wide, as many pages tall as it needs, a page
 * break only between its blocks (banner, each band of stages, the charts, the friction points),
 * never through a card or a chart. The scale that fitting the width gives is estimated from the
 * column widths as Excel measures them (a character of the default font is 7 pixels, a column has
 * 5 more), and the columns are chosen so that the smallest text, 9 pt, prints at 8 pt or more.
 */
final class DashboardPrint {
    /** A4 landscape, in points. */
    static final double PAGE_WIDTH = 841.9;
    static final double PAGE_HEIGHT = 595.3;
    static final double SIDE_MARGIN = 0.3;
    static final double TOP_MARGIN = 0.6;
    static final double BOTTOM_MARGIN = 0.6;
    /** The smallest font on the Dashboard, in points. */
    static final double SMALLEST_FONT = 9;

    private DashboardPrint() { }

    /** The printed scale when the columns 0 to {@code lastColumn} fill the page's width: at most 1. */
    static double scale(XSSFSheet sheet, int lastColumn) {
        double points = 0;
        for (int c = 0; c <= lastColumn; c++) {
            points += (sheet.getColumnWidth(c) / 256.0 * 7 + 5) * 0.75;
        }
        return Math.min(1, (PAGE_WIDTH - 2 * SIDE_MARGIN * 72) / points);
    }

    /** The height in points of the sheet's 1-based rows {@code first} to {@code last}. */
    static double height(XSSFSheet sheet, int first, int last) {
        double h = 0;
        for (int row = first; row <= last; row++) {
            XSSFRow r = sheet.getRow(row - 1);
            h += r == null ? sheet.getDefaultRowHeightInPoints() : r.getHeightInPoints();
        }
        return h;
    }

    /**
     * The rows (1-based) before which a page starts: blocks fill a page in order, and one that
     * does not fit on what is left of it starts the next.
     */
    static List<Integer> breaks(XSSFSheet sheet, List<int[]> blocks, double scale) {
        double room = (PAGE_HEIGHT - (TOP_MARGIN + BOTTOM_MARGIN) * 72) / scale;
        List<Integer> breaks = new ArrayList<>();
        double used = 0;
        int previousEnd = 0;
        for (int[] block : blocks) {
            double h = height(sheet, previousEnd + 1, block[1]);
            if (used > 0 && used + h > room) {
                breaks.add(block[0]);
                used = height(sheet, block[0], block[1]);
            } else {
                used += h;
            }
            previousEnd = block[1];
        }
        return breaks;
    }

    /** Sets up the printed pages of the Dashboard: columns 0 to {@code lastColumn}, rows 1 to {@code lastRow}. */
    static void setUp(XSSFSheet sheet, int lastColumn, int lastRow, List<int[]> blocks) {
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow - 1);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        for (int row : breaks(sheet, blocks, scale(sheet, lastColumn))) {
            sheet.setRowBreak(row - 2); // POI breaks after the 0-based row given: before 1-based row
        }
    }
}
