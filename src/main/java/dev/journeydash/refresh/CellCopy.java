package dev.journeydash.refresh;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies cells and comments from the old workbook into the new one: value or formula, the
 * style (cloned once per old style, in the order first met, so that equal inputs give equal
 * styles), and the cached value of a formula, which is worked out again by POI's evaluator once
 * everything is in place ({@link #recalculate}) and kept from the old file where POI cannot.
 */
final class CellCopy {
    private final XSSFWorkbook to;
    private final Map<Integer, XSSFCellStyle> styles = new HashMap<>();
    private final List<XSSFCell> formulas = new ArrayList<>();

    CellCopy(XSSFWorkbook to) {
        this.to = to;
    }

    /** Copies {@code from}'s content and style into {@code into}. */
    void cell(Cell from, XSSFCell into) {
        into.setCellStyle(style((XSSFCellStyle) from.getCellStyle()));
        switch (from.getCellType()) {
            case STRING -> into.setCellValue(new XSSFRichTextString(from.getStringCellValue()));
            case NUMERIC -> into.setCellValue(from.getNumericCellValue());
            case BOOLEAN -> into.setCellValue(from.getBooleanCellValue());
            case ERROR -> into.setCellErrorValue(from.getErrorCellValue());
            case FORMULA -> {
                formula(into, ((XSSFCell) from).getCellFormula());
                switch (from.getCachedFormulaResultType()) {
                    case NUMERIC -> into.setCellValue(from.getNumericCellValue());
                    case STRING -> into.setCellValue(from.getStringCellValue());
                    case BOOLEAN -> into.setCellValue(from.getBooleanCellValue());
                    default -> { }
                }
                formulas.add(into);
            }
            default -> { }
        }
        if (from.getHyperlink() != null) {
            var link = to.getCreationHelper().createHyperlink(from.getHyperlink().getType());
            link.setAddress(from.getHyperlink().getAddress());
            into.setHyperlink(link);
        }
    }

    /**
     * Sets a formula; one POI cannot parse (a function it does not know, a reference to another
     * file) is written as it was, untouched, for Excel or LibreOffice to evaluate.
     */
    private static void formula(XSSFCell into, String formula) {
        try {
            into.setCellFormula(formula);
        } catch (RuntimeException e) {
            into.setBlank();
            into.getCTCell().addNewF().setStringValue(formula);
        }
    }

    /** Whether {@code c} holds anything: a formula, a number, a truth value, an error or non-empty text. */
    static boolean hasContent(Cell c) {
        if (c == null) {
            return false;
        }
        return switch (c.getCellType()) {
            case FORMULA, NUMERIC, BOOLEAN, ERROR -> true;
            case STRING -> !c.getStringCellValue().isEmpty();
            default -> false;
        };
    }

    /** The new workbook's clone of an old style. */
    XSSFCellStyle style(XSSFCellStyle old) {
        return styles.computeIfAbsent((int) old.getIndex(), i -> {
            if (i == 0) {
                return to.getCellStyleAt(0);
            }
            XSSFCellStyle s = to.createCellStyle();
            s.cloneStyleFrom(old);
            return s;
        });
    }

    /** Puts {@code comment} on {@code into}'s cell, the same size as it was. */
    static void comment(XSSFComment comment, XSSFSheet into, XSSFDrawing drawing, int row, int col) {
        ClientAnchor old = comment.getClientAnchor();
        int cols = old == null ? 3 : Math.max(1, old.getCol2() - old.getCol1());
        int rows = old == null ? 4 : Math.max(1, old.getRow2() - old.getRow1());
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col + 1, row, col + 1 + cols, row + rows);
        Comment c = drawing.createCellComment(anchor);
        c.setString(new XSSFRichTextString(comment.getString().getString()));
        if (comment.getAuthor() != null) {
            c.setAuthor(comment.getAuthor());
        }
        c.setVisible(comment.isVisible());
        c.setAddress(row, col);
    }

    /**
     * Works out the copied formulas' values again in the new workbook, where the data changed;
     * a formula POI cannot evaluate keeps the value the old file cached (Excel and LibreOffice
     * recalculate on open anyway). Returns how many kept their old value.
     */
    int recalculate() {
        FormulaEvaluator ev = to.getCreationHelper().createFormulaEvaluator();
        int kept = 0;
        for (XSSFCell c : formulas) {
            try {
                var v = ev.evaluate(c);
                if (v == null) {
                    continue;
                }
                switch (v.getCellType()) {
                    case NUMERIC -> c.setCellValue(v.getNumberValue());
                    case STRING -> c.setCellValue(v.getStringValue());
                    case BOOLEAN -> c.setCellValue(v.getBooleanValue());
                    case ERROR -> c.setCellErrorValue(v.getErrorValue());
                    default -> { }
                }
            } catch (RuntimeException e) {
                kept++;
            }
        }
        return kept;
    }
}
