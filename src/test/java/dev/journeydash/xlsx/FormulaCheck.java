package dev.journeydash.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;

/** Recomputes every formula cell with POI's evaluator and compares it with the cached value. */
final class FormulaCheck {
    static final double RELATIVE = 1e-9;

    /** Mismatches found, each naming sheet!cell, the formula, cached and recomputed values. */
    record Report(int formulaCells, List<String> mismatches) { }

    private FormulaCheck() { }

    static Report run(XSSFWorkbook wb) {
        XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        int count = 0;
        List<String> bad = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    count++;
                    CellValue fresh = ev.evaluate(cell);
                    String problem = compare(cell, fresh);
                    if (problem != null) {
                        bad.add(sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false) + " ="
                                + cell.getCellFormula() + ": " + problem);
                    }
                }
            }
        }
        return new Report(count, bad);
    }

    private static String compare(Cell cell, CellValue fresh) {
        CellType cachedType = cell.getCachedFormulaResultType();
        if (fresh == null) {
            return "recomputed as blank, cached " + cachedType;
        }
        if (fresh.getCellType() == CellType.ERROR && intendedNa(cell, fresh)) {
            return null;
        }
        if (fresh.getCellType() == CellType.ERROR) {
            return "recomputed as error " + org.apache.poi.ss.usermodel.FormulaError.forInt(fresh.getErrorValue()).getString();
        }
        if (cachedType == CellType.NUMERIC && fresh.getCellType() == CellType.NUMERIC) {
            double a = cell.getNumericCellValue();
            double b = fresh.getNumberValue();
            return close(a, b) ? null : "cached " + a + ", recomputed " + b;
        }
        if (cachedType == CellType.STRING && fresh.getCellType() == CellType.STRING) {
            String a = cell.getStringCellValue();
            String b = fresh.getStringValue();
            return a.equals(b) ? null : "cached \"" + a + "\", recomputed \"" + b + "\"";
        }
        return "cached " + cachedType + " " + describe(cell) + ", recomputed " + fresh.formatAsString();
    }

    /**
     * A {@code #N/A} the formula asks for with {@code NA()} (a gap in a chart), recomputed as the
     * {@code #N/A} it caches.
     */
    private static boolean intendedNa(Cell cell, CellValue fresh) {
        return fresh.getErrorValue() == org.apache.poi.ss.usermodel.FormulaError.NA.getCode()
                && cell.getCachedFormulaResultType() == CellType.ERROR
                && cell.getErrorCellValue() == org.apache.poi.ss.usermodel.FormulaError.NA.getCode()
                && cell.getCellFormula().contains("NA()");
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-12;
    }

    private static String describe(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case STRING -> "\"" + cell.getStringCellValue() + "\"";
            default -> "";
        };
    }
}
