package dev.journeydash.xlsx;

import dev.journeydash.model.Stage;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * A stage's pain points as the workbook shows them: above the stage sheet's charts (where
 * {@link StageLayout#painPointsColumn} says), and as a wrapped list that the About sheet uses too.
 * Wrapped text in merged cells does not grow its rows in Excel or LibreOffice, so the rows are
 * sized here, from a generous estimate of the lines the text takes.
 */
final class PainPoints {
    /** The height of one line of 10-point text, in points. */
    static final float LINE_POINTS = 12.5f;

    private PainPoints() { }

    /** One line per pain point, each starting with a bullet. */
    static String bullets(List<String> points) {
        return String.join("\n", points.stream().map(p -> "\u2022 " + p).toList());
    }

    /**
     * The lines {@code text} takes when wrapped in {@code width} column-width units (the width of
     * a digit of the default 11-point font), rather too many than too few: a unit holds 1.4
     * characters of 10-point Calibri (the default theme's font; Carlito where it is missing); 1.3
     * are counted, less a word that moves to the next line. (A wider brand font, Verdana say,
     * holds 1.2: it would need fewer.)
     */
    static int lines(String text, double width) {
        return lines(text, width, 1.3);
    }

    /** The lines {@code text} takes in {@code width} units of {@code perUnit} characters, less a word a line. */
    private static int lines(String text, double width, double perUnit) {
        int perLine = (int) Math.max(8, width * perUnit - 5);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    /**
     * Wraps the text of column A on row {@code row} (1-based) in columns A to before {@code right}
     * (0-based, excluded: a gap before the pain points) when it is wider than they are, the row
     * as tall as the lines it takes. The subtitle is 11-point: a unit holds 1.25 of its
     * characters; 1.1 are counted.
     */
    private static void wrapLeftOf(XSSFSheet sheet, int row, int right, Styles styles) {
        XSSFRow r = sheet.getRow(row - 1);
        if (r == null || r.getCell(0) == null || r.getCell(0).getStringCellValue().isEmpty()) {
            return;
        }
        String text = r.getCell(0).getStringCellValue();
        double width = width(sheet, 0, right - 1);
        if (text.length() <= width * 1.1) {
            return;
        }
        sheet.addMergedRegion(new CellRangeAddress(row - 1, row - 1, 0, right - 1));
        r.getCell(0).setCellStyle(styles.get(Styles.Role.SUBTITLE_WRAPPED));
        r.setHeightInPoints(lines(text, width, 1.1) * 14.5f + 3);
    }

    /** The width of columns {@code first} to {@code last} (0-based, included), in column-width units. */
    private static double width(XSSFSheet sheet, int first, int last) {
        double width = 0;
        for (int c = first; c <= last; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        return width;
    }

    /** The height in points of the rows that show {@code lines} lines. */
    static float height(int lines) {
        return lines * LINE_POINTS + 3;
    }

    /**
     * Writes the stage's pain points above its charts, if it has any, and makes their rows tall
     * enough; a description or touchpoints line that would run into them wraps left of them.
     */
    static void write(XSSFSheet sheet, Stage stage, StageLayout layout, Styles styles, String title) {
        if (stage.painPoints().isEmpty()) {
            return;
        }
        SheetWriter w = new SheetWriter(sheet);
        int column = layout.painPointsColumn(stage.id());
        // the description and the touchpoints, under the title
        wrapLeftOf(sheet, layout.titleRow() + 1, column - 1, styles);
        wrapLeftOf(sheet, layout.titleRow() + 2, column - 1, styles);
        int first = layout.painPointsRow();
        int last = layout.headerRow() - 1;
        w.text(layout.titleRow(), column, title, styles.get(Styles.Role.ALERT_TITLE));
        String text = bullets(stage.painPoints());
        w.text(first, column, text, styles.get(Styles.Role.WRAPPED));
        int right = column + StageLayout.CHART_COLUMNS - 1;
        sheet.addMergedRegion(new CellRangeAddress(first - 1, last - 1, column, right));
        double width = width(sheet, column, right);
        // the rows above the last keep their height, so that the description and the touchpoints stay
        // under the title; the last (the link back, at its foot) takes what more the list needs
        float above = 0;
        for (int r = first; r < last; r++) {
            above += sheet.getRow(r - 1) == null ? sheet.getDefaultRowHeightInPoints() : sheet.getRow(r - 1).getHeightInPoints();
        }
        float rest = height(lines(text, width)) - above;
        if (rest > sheet.getDefaultRowHeightInPoints()) {
            XSSFRow row = sheet.getRow(last - 1) != null ? sheet.getRow(last - 1) : sheet.createRow(last - 1);
            row.setHeightInPoints(rest);
        }
    }
}
