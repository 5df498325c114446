package dev.journeydash.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Writes cells of one sheet. Rows are 1-based (as in A1 references), columns 0-based.
 * Text always becomes a text cell, never a formula, whatever its first character.
 */
final class SheetWriter {
    final XSSFSheet sheet;

    SheetWriter(XSSFSheet sheet) {
        this.sheet = sheet;
    }

    XSSFCell cell(int row, int col) {
        XSSFRow r = sheet.getRow(row - 1);
        if (r == null) {
            r = sheet.createRow(row - 1);
        }
        XSSFCell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    XSSFCell text(int row, int col, String value, CellStyle style) {
        XSSFCell c = cell(row, col);
        c.setCellValue(value);
        style(c, style);
        return c;
    }

    /** A blank cell with a style: unlike an empty string, it lets the text on its left overflow into it. */
    XSSFCell blank(int row, int col, CellStyle style) {
        XSSFCell c = cell(row, col);
        c.setBlank();
        style(c, style);
        return c;
    }

    /** A number, or an empty styled cell when {@code value} is NaN. */
    XSSFCell number(int row, int col, double value, CellStyle style) {
        XSSFCell c = cell(row, col);
        if (!Double.isNaN(value)) {
            c.setCellValue(value);
        }
        style(c, style);
        return c;
    }

    /** A formula with its cached result: the number, or the empty string when {@code cached} is NaN. */
    XSSFCell formula(int row, int col, String formula, double cached, CellStyle style) {
        XSSFCell c = cell(row, col);
        setFormula(c, formula);
        if (Double.isNaN(cached)) {
            c.setCellValue("");
        } else {
            c.setCellValue(cached);
        }
        style(c, style);
        return c;
    }

    /** A formula with its cached result: the number, or {@code #N/A} (a gap in a chart) when {@code cached} is NaN. */
    XSSFCell formulaOrNa(int row, int col, String formula, double cached, CellStyle style) {
        XSSFCell c = cell(row, col);
        setFormula(c, formula);
        if (Double.isNaN(cached)) {
            c.setCellErrorValue(FormulaError.NA);
        } else {
            c.setCellValue(cached);
        }
        style(c, style);
        return c;
    }

    /** A formula whose result is text. */
    XSSFCell formulaText(int row, int col, String formula, String cached, CellStyle style) {
        XSSFCell c = cell(row, col);
        setFormula(c, formula);
        c.setCellValue(cached);
        style(c, style);
        return c;
    }

    /**
     * Sets the cell's formula as its XML holds it, without POI's parse ({@code setCellFormula} parses
     * each formula to check it, a fifth of a sample workbook's time): journeydash writes its formulas
     * from its own parts, and every test workbook is recalculated by LibreOffice and Gnumeric, which
     * would show a formula that does not parse.
     */
    static void setFormula(XSSFCell c, String formula) {
        CTCell ct = c.getCTCell();
        (ct.isSetF() ? ct.getF() : ct.addNewF()).setStringValue(formula);
    }

    private static void style(XSSFCell c, CellStyle style) {
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** Width in characters. */
    void width(int col, double chars) {
        sheet.setColumnWidth(col, (int) Math.round(chars * 256));
    }
}
