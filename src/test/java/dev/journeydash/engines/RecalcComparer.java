package dev.journeydash.engines;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Compares, for every formula cell of the original workbook, its cached value with the value at the same
 * sheet and address in an engine's recalculated copy. Values are read from the raw cell XML (type + v),
 * so cells that are no longer formulas in the engine's export, shared strings, inline strings and
 * non-Excel error codes (LibreOffice Err:5xx) are all handled.
 *
 * <p>Rules: numbers equal within relative error 1e-9 (absolute 1e-12 near zero); text equal; booleans
 * equal; blank = no cached value or the empty string; a type change (number vs text, ...) is a problem;
 * ANY error value in the recalculated file is a problem (even if the original cached the same error), but
 * for the {@code #N/A} of a formula that calls {@code NA()} and caches {@code #N/A} ({@link #intendedNa});
 * a non-finite number (Gnumeric keeps results beyond double range, e.g. 1e600) is a problem. Formulas
 * calling NOW/TODAY/RAND/RANDBETWEEN/RANDARRAY are not compared (counted as volatile).
 */
public final class RecalcComparer {

    public static final double RELATIVE_TOLERANCE = 1e-9;
    public static final double ABSOLUTE_TOLERANCE = 1e-12;

    private static final Pattern VOLATILE = Pattern.compile("(?i)(?<![A-Za-z0-9_.])(NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY)\\s*\\(");

    enum Kind { BLANK, NUMBER, TEXT, BOOLEAN, ERROR }

    /** A cell value read from the raw XML. {@code text} holds the text, error code or unparsable raw value. */
    record Value(Kind kind, double number, String text, boolean bool) {
        static final Value BLANK = new Value(Kind.BLANK, 0, "", false);

        static Value number(double d) {
            return new Value(Kind.NUMBER, d, null, false);
        }

        static Value text(String s) {
            return s.isEmpty() ? BLANK : new Value(Kind.TEXT, 0, s, false);
        }

        static Value bool(boolean b) {
            return new Value(Kind.BOOLEAN, 0, null, b);
        }

        static Value error(String code) {
            return new Value(Kind.ERROR, 0, code, false);
        }

        String render() {
            return switch (kind) {
                case BLANK -> "(blank)";
                case NUMBER -> formatNumber(number);
                case TEXT -> "'" + text + "'";
                case BOOLEAN -> bool ? "TRUE" : "FALSE";
                case ERROR -> text;
            };
        }
    }

    private RecalcComparer() {
    }

    /** Compares {@code original}'s cached formula values with {@code recalculated}. */
    public static RecalcReport compare(String engine, Path original, Path recalculated) throws IOException {
        return compare(engine, original, recalculated, null);
    }

    public static RecalcReport compare(String engine, Path original, Path recalculated, Duration engineTime)
            throws IOException {
        List<RecalcReport.Problem> problems = new ArrayList<>();
        int compared = 0;
        int volatileSkipped = 0;
        try (XSSFWorkbook orig = open(original); XSSFWorkbook calc = open(recalculated)) {
            for (int si = 0; si < orig.getNumberOfSheets(); si++) {
                XSSFSheet sheet = orig.getSheetAt(si);
                XSSFSheet other = calc.getSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.FORMULA) continue;
                        XSSFCell cell = (XSSFCell) c;
                        String formula = formula(cell);
                        if (VOLATILE.matcher(formula).find()) {
                            volatileSkipped++;
                            continue;
                        }
                        compared++;
                        String addr = cell.getAddress().formatAsString();
                        Value expected = read(cell, orig);
                        if (other == null) {
                            problems.add(new RecalcReport.Problem(sheet.getSheetName(), addr, formula, expected.render(),
                                    "(no sheet)", "sheet missing in the " + engine + " result"));
                            continue;
                        }
                        XSSFRow otherRow = other.getRow(cell.getRowIndex());
                        XSSFCell otherCell = otherRow == null ? null : otherRow.getCell(cell.getColumnIndex());
                        Value actual = read(otherCell, calc);
                        String problem = intendedNa(formula, expected, actual) ? null : difference(expected, actual, engine);
                        if (problem != null) {
                            problems.add(new RecalcReport.Problem(sheet.getSheetName(), addr, formula, expected.render(),
                                    actual.render(), problem));
                        }
                    }
                }
            }
        }
        return new RecalcReport(engine, original, recalculated, compared, volatileSkipped, List.copyOf(problems), engineTime);
    }

    /**
     * Whether both values are the {@code #N/A} that the formula asks for with {@code NA()}: the
     * only error a workbook caches on purpose (a gap in a chart, where {@code ""} would be drawn
     * as zero). Any other error, and an {@code #N/A} where a value is cached, is still a problem.
     */
    static boolean intendedNa(String formula, Value expected, Value actual) {
        return formula.toUpperCase(java.util.Locale.ROOT).contains("NA()")
                && expected.kind() == Kind.ERROR && "#N/A".equals(expected.text())
                && actual.kind() == Kind.ERROR && "#N/A".equals(actual.text());
    }

    /** Null if {@code actual} is acceptable for {@code expected}, else the reason. */
    static String difference(Value expected, Value actual, String engine) {
        if (actual.kind() == Kind.ERROR) return "error value " + actual.text() + " in " + engine;
        if (actual.kind() == Kind.NUMBER && !Double.isFinite(actual.number())) {
            return "non-finite result in " + engine + " (Excel shows #NUM!)";
        }
        if (expected.kind() != actual.kind()) {
            return "cached " + kindName(expected.kind()) + " but " + engine + " computes " + kindName(actual.kind());
        }
        return switch (expected.kind()) {
            case BLANK -> null;
            case NUMBER -> numbersEqual(expected.number(), actual.number()) ? null
                    : "cached value differs from " + engine + " (relative error "
                      + String.format(java.util.Locale.ROOT, "%.3g", relativeError(expected.number(), actual.number())) + ")";
            case TEXT -> expected.text().equals(actual.text()) ? null : "cached text differs from " + engine;
            case BOOLEAN -> expected.bool() == actual.bool() ? null : "cached boolean differs from " + engine;
            case ERROR -> null; // unreachable: actual errors are reported above
        };
    }

    static boolean numbersEqual(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) return false;
        if (expected == actual) return true;
        double diff = Math.abs(expected - actual);
        if (diff <= ABSOLUTE_TOLERANCE) return true;
        return diff <= RELATIVE_TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
    }

    static double relativeError(double expected, double actual) {
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        return scale == 0 ? 0 : Math.abs(expected - actual) / scale;
    }

    private static String kindName(Kind k) {
        return switch (k) {
            case BLANK -> "blank";
            case NUMBER -> "a number";
            case TEXT -> "text";
            case BOOLEAN -> "a boolean";
            case ERROR -> "an error";
        };
    }

    static String formula(XSSFCell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            CTCell ct = cell.getCTCell();
            return ct.isSetF() ? ct.getF().getStringValue() : "?";
        }
    }

    /** Reads a cell's value from its XML (type attribute + v / is), independent of whether it is a formula. */
    static Value read(XSSFCell cell, XSSFWorkbook wb) {
        if (cell == null) return Value.BLANK;
        CTCell ct = cell.getCTCell();
        STCellType.Enum t = ct.isSetT() ? ct.getT() : STCellType.N;
        if (t == STCellType.INLINE_STR) {
            return ct.isSetIs() ? Value.text(new XSSFRichTextString(ct.getIs()).getString()) : Value.BLANK;
        }
        if (!ct.isSetV()) return Value.BLANK;
        String v = ct.getV();
        if (t == STCellType.N) {
            if (v.isBlank()) return Value.BLANK;
            try {
                return Value.number(Double.parseDouble(v.trim()));
            } catch (NumberFormatException e) {
                return Value.error("invalid number '" + v + "'");
            }
        }
        if (t == STCellType.S) {
            try {
                int idx = Integer.parseInt(v.trim());
                return Value.text(wb.getSharedStringSource().getItemAt(idx).getString());
            } catch (RuntimeException e) {
                return Value.error("invalid shared string index '" + v + "'");
            }
        }
        if (t == STCellType.STR) return Value.text(v);
        if (t == STCellType.B) {
            String b = v.trim();
            if (b.equals("1") || b.equalsIgnoreCase("true")) return Value.bool(true);
            if (b.equals("0") || b.equalsIgnoreCase("false")) return Value.bool(false);
            return Value.error("invalid boolean '" + v + "'");
        }
        if (t == STCellType.E) return Value.error(v.isBlank() ? "(empty error)" : v.trim());
        return Value.error("unknown cell type " + t);
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return new XSSFWorkbook(pkg);
            } catch (IOException | RuntimeException e) {
                pkg.revert();
                throw e;
            }
        } catch (InvalidFormatException e) {
            throw new IOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    static String formatNumber(double d) {
        if (!Double.isFinite(d)) return Double.toString(d);
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toString();
        return s;
    }
}
