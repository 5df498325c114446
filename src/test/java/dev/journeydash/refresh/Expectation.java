package dev.journeydash.refresh;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.SimpleValue;
import org.apache.xmlbeans.XmlObject;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * One thing that must hold in an edited workbook, and still hold after a refresh of it: a cell's
 * value or formula, a comment, a sheet with its charts and pictures, a defined name, the selected
 * period. {@link #check} returns readable failures naming the place ("Targets!F10: expected 0.03,
 * found 0.025"), empty when the expectation holds. Cells are in A1 notation; sheet names as on the tabs.
 */
public sealed interface Expectation {

    /** Failures in {@code wb}; empty when this expectation holds. */
    List<String> check(XSSFWorkbook wb);

    /** Whether this holds only while the data that a formula reads is unchanged (a cached value of a formula of the data). */
    default boolean dependsOnData() {
        return false;
    }

    /** A number in a cell (a typed number, or a formula's cached number), within 1e-9 relative. */
    record Number(String sheet, String cell, double value, boolean dependsOnData) implements Expectation {
        public Number(String sheet, String cell, double value) {
            this(sheet, cell, value, false);
        }

        @Override
        public List<String> check(XSSFWorkbook wb) {
            Cell c = cellAt(wb, sheet, cell);
            if (c == null || valueType(c) != CellType.NUMERIC) return found(wb, sheet, cell, String.valueOf(value), c);
            double found = c.getNumericCellValue();
            return Math.abs(found - value) <= 1e-9 * Math.max(1, Math.abs(value)) ? List.of()
                    : List.of(where(sheet, cell) + ": expected " + value + ", found " + found);
        }
    }

    /** Text in a cell (typed, or a formula's cached text). */
    record Text(String sheet, String cell, String text) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            Cell c = cellAt(wb, sheet, cell);
            return c != null && valueType(c) == CellType.STRING && c.getStringCellValue().equals(text) ? List.of()
                    : found(wb, sheet, cell, "\"" + text + "\"", c);
        }
    }

    /** A blank cell (or none): where a generated thing was before the user moved it. */
    record Blank(String sheet, String cell) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            Cell c = cellAt(wb, sheet, cell);
            return wb.getSheet(sheet) != null && (c == null || c.getCellType() == CellType.BLANK) ? List.of()
                    : found(wb, sheet, cell, "blank", c);
        }
    }

    /**
     * A formula, compared without "=", "$" signs, spaces and case: applications write the same
     * formula in different spellings, so {@code =sum($Data.B2:B5)} and {@code SUM(Data!B2:B5)} differ
     * only in "!" against "." (which is compared).
     */
    record Formula(String sheet, String cell, String formula) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            Cell c = cellAt(wb, sheet, cell);
            return c != null && c.getCellType() == CellType.FORMULA && normal(c.getCellFormula()).equals(normal(formula))
                    ? List.of() : found(wb, sheet, cell, "=" + formula, c);
        }

        static String normal(String f) {
            return f.replaceFirst("^=", "").replace("$", "").replace(" ", "").toUpperCase(Locale.ROOT);
        }
    }

    /** A cell comment whose text contains {@code text} (applications may prefix the author). */
    record Comment(String sheet, String cell, String text) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            XSSFSheet s = wb.getSheet(sheet);
            String where = where(sheet, cell);
            if (s == null) return List.of(where + ": expected a comment \"" + text + "\", found " + missing(wb, sheet));
            XSSFComment c = s.getCellComment(new CellAddress(cell));
            if (c == null) {
                return List.of(where + ": expected a comment \"" + text + "\", found none (comments on the sheet: "
                        + s.getCellComments().keySet() + ")");
            }
            String found = c.getString() == null ? "" : c.getString().getString();
            return found.contains(text) ? List.of()
                    : List.of(where + ": expected a comment \"" + text + "\", found \"" + found + "\"");
        }
    }

    /** A sheet exists at all. */
    record SheetExists(String sheet) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            return wb.getSheet(sheet) != null ? List.of() : List.of("sheet \"" + sheet + "\": expected, found " + missing(wb, sheet));
        }
    }

    /** A sheet does not exist (it was renamed). */
    record SheetAbsent(String sheet) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            return wb.getSheet(sheet) == null ? List.of() : List.of("sheet \"" + sheet + "\": expected absent, found it");
        }
    }

    /** A sheet's drawing holds exactly {@code count} charts. */
    record Charts(String sheet, int count) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            return drawn(wb, sheet, count, "chart(s)", d -> d.getCharts().size());
        }
    }

    /** A chart on the sheet has a series whose values are the range {@code values} (compared as {@link Formula} does). */
    record ChartSeries(String sheet, String values) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            XSSFSheet s = wb.getSheet(sheet);
            String what = "sheet \"" + sheet + "\": expected a chart of " + values + ", found ";
            if (s == null) return List.of(what + missing(wb, sheet));
            XSSFDrawing d = s.getDrawingPatriarch();
            List<String> found = d == null ? List.of() : d.getCharts().stream().flatMap(c -> valueRanges(c).stream()).toList();
            return found.stream().anyMatch(f -> Formula.normal(f).equals(Formula.normal(values))) ? List.of()
                    : List.of(what + (found.isEmpty() ? "no chart series" : "series of " + found));
        }
    }

    /**
     * The ranges of a chart's series values, read from its XML: POI's XDDF finds no values in a
     * series without cached numbers, which is how Gnumeric writes them.
     */
    private static List<String> valueRanges(XSSFChart chart) {
        XmlObject[] refs = chart.getCTChart().selectPath(
                "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' .//c:ser/c:val/c:numRef/c:f");
        return Arrays.stream(refs).map(x -> ((SimpleValue) x).getStringValue()).toList();
    }

    /** A sheet's drawing holds exactly {@code count} pictures. */
    record Pictures(String sheet, int count) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            return drawn(wb, sheet, count, "picture(s)", d -> d.getShapes().stream().filter(XSSFPicture.class::isInstance).count());
        }
    }

    /** A workbook-level defined name refers to {@code formula} (compared as {@link Formula} does). */
    record DefinedName(String name, String formula) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            XSSFName n = wb.getNames(name).stream().filter(x -> x.getSheetIndex() < 0).findFirst().orElse(null);
            if (n == null) return List.of("defined name " + name + ": expected =" + formula + ", found none");
            return Formula.normal(n.getRefersToFormula()).equals(Formula.normal(formula)) ? List.of()
                    : List.of("defined name " + name + ": expected =" + formula + ", found =" + n.getRefersToFormula());
        }
    }

    /** The Dashboard's period selector shows the period starting on {@code period}. */
    record SelectedPeriod(String sheet, String cell, LocalDate period) implements Expectation {
        @Override
        public List<String> check(XSSFWorkbook wb) {
            Cell c = cellAt(wb, sheet, cell);
            if (c == null || c.getCellType() != CellType.NUMERIC) return found(wb, sheet, cell, "the period " + period, c);
            LocalDate found = DateUtil.getLocalDateTime(c.getNumericCellValue()).toLocalDate();
            return found.equals(period) ? List.of()
                    : List.of(where(sheet, cell) + ": expected the period " + period + ", found " + found);
        }
    }

    private static Cell cellAt(XSSFWorkbook wb, String sheet, String cell) {
        XSSFSheet s = wb.getSheet(sheet);
        if (s == null) return null;
        CellReference ref = new CellReference(cell);
        var row = s.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    /** The failure, if any, of a sheet whose drawing should hold {@code count} things that {@code counter} counts. */
    private static List<String> drawn(XSSFWorkbook wb, String sheet, int count, String things, ToLongFunction<XSSFDrawing> counter) {
        XSSFSheet s = wb.getSheet(sheet);
        String what = "sheet \"" + sheet + "\": expected " + count + " " + things + ", found ";
        if (s == null) return List.of(what + missing(wb, sheet));
        XSSFDrawing d = s.getDrawingPatriarch();
        long found = d == null ? 0 : counter.applyAsLong(d);
        return found == count ? List.of() : List.of(what + found);
    }

    /** The failure "Sheet!A1: expected X, found Y" for a cell that is absent or holds something else. */
    private static List<String> found(XSSFWorkbook wb, String sheet, String cell, String expected, Cell c) {
        return List.of(where(sheet, cell) + ": expected " + expected + ", found " + (c == null ? missing(wb, sheet) : describe(c)));
    }

    /** What a cell holds: its type, or for a formula the type of its cached result. */
    private static CellType valueType(Cell c) {
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    private static String missing(XSSFWorkbook wb, String sheet) {
        return wb.getSheet(sheet) == null ? "no sheet \"" + sheet + "\"" : "an empty cell";
    }

    private static String where(String sheet, String cell) {
        return (sheet.matches("[A-Za-z_][A-Za-z0-9_]*") ? sheet : "'" + sheet + "'") + "!" + cell;
    }

    /** A cell's content for a failure message: its value and, for a formula, the formula. */
    static String describe(Cell c) {
        Objects.requireNonNull(c);
        return switch (c.getCellType()) {
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            case STRING -> "\"" + c.getStringCellValue() + "\"";
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case ERROR -> "an error";
            case BLANK -> "an empty cell";
            case FORMULA -> "=" + c.getCellFormula() + " (cached " + switch (c.getCachedFormulaResultType()) {
                case NUMERIC -> String.valueOf(c.getNumericCellValue());
                case STRING -> "\"" + c.getStringCellValue() + "\"";
                case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
                default -> "no value";
            } + ")";
            default -> c.getCellType().toString();
        };
    }
}
