package dev.journeydash.refresh;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One edit a user makes to a workbook, as data: applied through POI by {@link #poi}, or by
 * LibreOffice from its {@link #json} (read by {@code src/test/resources/refresh/edit_with_libreoffice.py},
 * whose docstring lists the same edits). {@link #expectations()} says what the edit leaves behind
 * in the saved file. Cells in A1 notation, rows 1-based, formulas in Excel syntax without "=".
 */
public sealed interface Edit {

    /** Makes the edit in a workbook open in POI. */
    void poi(XSSFWorkbook wb);

    /** The edit as one JSON object for the LibreOffice script. */
    String json();

    /** What the edit leaves in the saved workbook. */
    List<Expectation> expectations();

    /** A number typed into a cell. */
    record SetNumber(String sheet, String cell, double value) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            var c = PoiEdits.cell(wb, sheet, cell);
            c.setBlank(); // typing replaces a formula
            c.setCellValue(value);
        }

        @Override
        public String json() {
            return obj("op", "number", "sheet", sheet, "cell", cell) + ",\"value\":" + value + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.Number(sheet, cell, value));
        }
    }

    /** A date typed into a cell, such as the Dashboard's period selector: stored as its serial. */
    record SetDate(String sheet, String cell, java.time.LocalDate date) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            var c = PoiEdits.cell(wb, sheet, cell);
            c.setBlank(); // typing replaces a formula
            c.setCellValue(serial());
        }

        double serial() {
            return org.apache.poi.ss.usermodel.DateUtil.getExcelDate(date);
        }

        @Override
        public String json() {
            return obj("op", "date", "sheet", sheet, "cell", cell) + ",\"serial\":" + serial() + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.SelectedPeriod(sheet, cell, date));
        }
    }

    /** Text typed into a cell. */
    record SetText(String sheet, String cell, String text) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            var c = PoiEdits.cell(wb, sheet, cell);
            c.setBlank(); // typing replaces a formula
            c.setCellValue(text);
        }

        @Override
        public String json() {
            return obj("op", "text", "sheet", sheet, "cell", cell, "text", text) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.Text(sheet, cell, text));
        }
    }

    /**
     * A formula typed into a cell. POI evaluates it on the spot (as Excel would on entry), so
     * every application's file carries its cached value.
     */
    record SetFormula(String sheet, String cell, String formula) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            PoiEdits.formula(wb, sheet, cell, formula);
        }

        @Override
        public String json() {
            return obj("op", "formula", "sheet", sheet, "cell", cell, "formula", formula) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.Formula(sheet, cell, formula));
        }
    }

    /** A cell comment. */
    record AddComment(String sheet, String cell, String text) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            PoiEdits.comment(wb, sheet, cell, text);
        }

        @Override
        public String json() {
            return obj("op", "comment", "sheet", sheet, "cell", cell, "text", text) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.Comment(sheet, cell, text));
        }
    }

    /** A new sheet after the last one. */
    record AddSheet(String sheet) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            wb.createSheet(sheet);
        }

        @Override
        public String json() {
            return obj("op", "addSheet", "sheet", sheet) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.SheetExists(sheet));
        }
    }

    /** A bar chart at {@code cell}: categories and values are single columns with a header, "Data!A1:A25". */
    record AddChart(String sheet, String cell, String categories, String values, String title) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            PoiEdits.barChart(wb, this);
        }

        @Override
        public String json() {
            return obj("op", "chart", "sheet", sheet, "cell", cell, "categories", categories, "values", values, "title", title) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.Charts(sheet, 1), new Expectation.ChartSeries(sheet, withoutHeader(values)));
        }

        /** "Data!$K$2:$K$25" of "Data!$K$1:$K$25": the values under the header. */
        static String withoutHeader(String range) {
            var area = new org.apache.poi.ss.util.AreaReference(range, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
            var first = area.getFirstCell();
            var from = new CellReference(first.getSheetName(), first.getRow() + 1, first.getCol(), true, true);
            var to = new CellReference(first.getSheetName(), area.getLastCell().getRow(), area.getLastCell().getCol(), true, true);
            return new org.apache.poi.ss.util.AreaReference(from, to, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).formatAsString();
        }
    }

    /** A PNG picture anchored at {@code cell}. */
    record AddImage(String sheet, String cell, Path png) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            PoiEdits.picture(wb, sheet, cell, png);
        }

        @Override
        public String json() {
            return obj("op", "image", "sheet", sheet, "cell", cell, "png", png.toAbsolutePath().toString()) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.Pictures(sheet, 1));
        }
    }

    /** A workbook-level defined name. */
    record DefineName(String name, String formula) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            var n = wb.createName();
            n.setNameName(name);
            n.setRefersToFormula(formula);
        }

        @Override
        public String json() {
            return obj("op", "name", "name", name, "formula", formula) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.DefinedName(name, formula));
        }
    }

    /** {@code count} blank rows inserted before row {@code row}; what was there moves down. */
    record InsertRows(String sheet, int row, int count) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            var s = wb.getSheet(sheet);
            s.shiftRows(row - 1, Math.max(row - 1, s.getLastRowNum()), count);
        }

        @Override
        public String json() {
            return obj("op", "insertRows", "sheet", sheet) + ",\"row\":" + row + ",\"count\":" + count + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of();
        }
    }

    /** A sheet renamed. */
    record RenameSheet(String sheet, String to) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            wb.setSheetName(wb.getSheetIndex(sheet), to);
        }

        @Override
        public String json() {
            return obj("op", "rename", "sheet", sheet, "to", to) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of(new Expectation.SheetExists(to), new Expectation.SheetAbsent(sheet));
        }
    }

    /**
     * The whole rows {@code firstRow..lastRow} cut and pasted {@code down} rows lower (references
     * to them follow); LibreOffice moves the cells of columns A to {@code lastColumn}, POI shifts the rows.
     */
    record MoveRows(String sheet, int firstRow, int lastRow, String lastColumn, int down) implements Edit {
        @Override
        public void poi(XSSFWorkbook wb) {
            wb.getSheet(sheet).shiftRows(firstRow - 1, lastRow - 1, down);
        }

        @Override
        public String json() {
            return obj("op", "move", "sheet", sheet, "range", "A" + firstRow + ":" + lastColumn + lastRow,
                    "to", "A" + (firstRow + down)) + "}";
        }

        @Override
        public List<Expectation> expectations() {
            return List.of();
        }
    }

    /** The opening of a JSON object of string fields, without its closing brace. */
    private static String obj(String... keyValues) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < keyValues.length; i += 2) {
            if (i > 0) b.append(',');
            b.append(quote(keyValues[i])).append(':').append(quote(keyValues[i + 1]));
        }
        return b.toString();
    }

    static String quote(String s) {
        return s.chars().mapToObj(ch -> switch (ch) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            default -> ch < 0x20 || ch > 0x7e ? String.format(Locale.ROOT, "\\u%04x", ch) : String.valueOf((char) ch);
        }).collect(Collectors.joining("", "\"", "\""));
    }

    /** The cell reference {@code col}/{@code row} (0-based column, 1-based row) in A1 notation. */
    static String a1(int col, int row) {
        return CellReference.convertNumToColString(col) + row;
    }
}
