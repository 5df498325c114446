package dev.journeydash.refresh;

import dev.journeydash.xlsx.DataLayout;
import dev.journeydash.xlsx.StampSheet;
import dev.journeydash.xlsx.WorkbookLayout;
import dev.journeydash.xlsx.WorkbookWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts what the user added to the old workbook into the freshly generated one, before it is
 * written: on the generated sheets, comments and text typed into cells journeydash leaves empty
 * ("free cells": a note beside a card, extra columns beside the Data table; not the cells that held the old
 * template's text, such as a stage's pain points that the new template drops); the user's own
 * sheets whole ({@link SheetCopy}), where they were in the sheet order; the user's defined names.
 * The Data table's own cells are the new data's, and the raw-row sheets and the stamp are the
 * writer's: nothing is copied there. {@link #report()} says what was kept.
 */
public final class Transplant implements WorkbookWriter.Amendment {
    private final OldWorkbook old;
    private final Set<String> generated;
    private final DataLayout oldData;
    private final Map<String, List<CellAddress>> templateText;
    private final Report report = new Report();

    /** What was kept, counted for the command's summary. */
    public static final class Report {
        private int comments;
        private int cells;
        private final List<String> sheets = new ArrayList<>();
        private int names;
        private final List<String> namesNotKept = new ArrayList<>();
        private int lostShapes;
        private int staleFormulas;

        public int comments() {
            return comments;
        }

        public int cells() {
            return cells;
        }

        public List<String> sheets() {
            return List.copyOf(sheets);
        }

        public int names() {
            return names;
        }

        /** Defined names that could not be copied (a formula POI cannot read), as "name (formula)". */
        public List<String> namesNotKept() {
            return List.copyOf(namesNotKept);
        }

        /** Drawing shapes other than charts and pictures on the user's sheets, which were not kept. */
        public int lostShapes() {
            return lostShapes;
        }

        /** Copied formulas POI could not evaluate, which keep the old file's cached value until recalculated. */
        public int staleFormulas() {
            return staleFormulas;
        }
    }

    /**
     * @param old          the old workbook
     * @param generated    the names of the sheets journeydash made in it (its layout's, raw sheets included)
     * @param oldData      where its Data table was
     * @param templateText per generated sheet, the cells that held its template's text (a stage's description,
     *                     touchpoints, pain points), which are not the user's even where the new workbook leaves them empty
     */
    public Transplant(OldWorkbook old, List<String> generated, DataLayout oldData,
                      Map<String, List<CellAddress>> templateText) {
        this.old = old;
        this.templateText = Map.copyOf(templateText);
        this.generated = new HashSet<>();
        generated.forEach(n -> this.generated.add(n.toLowerCase(Locale.ROOT)));
        this.generated.add(StampSheet.NAME);
        this.oldData = oldData;
    }

    public Report report() {
        return report;
    }

    @Override
    public void apply(XSSFWorkbook wb) {
        XSSFWorkbook from = old.workbook();
        CellCopy cells = new CellCopy(wb);
        SheetCopy sheets = new SheetCopy(cells);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < from.getNumberOfSheets(); i++) {
            XSSFSheet sheet = from.getSheetAt(i);
            String name = sheet.getSheetName();
            order.add(name);
            if (generated.contains(name.toLowerCase(Locale.ROOT))) {
                XSSFSheet into = wb.getSheet(name);
                if (into != null && !isRaw(name)) {
                    generatedSheet(sheet, into, cells);
                }
                continue;
            }
            XSSFSheet into = wb.createSheet(name);
            sheets.copy(sheet, into);
            wb.setSheetVisibility(wb.getSheetIndex(into), from.getSheetVisibility(i));
            report.sheets.add(name);
        }
        report.lostShapes = sheets.lost();
        reorder(wb, order);
        names(from, wb);
        report.staleFormulas = cells.recalculate();
    }

    private static boolean isRaw(String name) {
        return WorkbookLayout.isRawSheetName(name) || name.equals(StampSheet.NAME);
    }

    /** Comments and free cells of one generated sheet. */
    private void generatedSheet(XSSFSheet from, XSSFSheet into, CellCopy cells) {
        Set<Integer> table = from.getSheetName().equals(oldData.sheetName()) ? tableColumns(from, into) : Set.of();
        List<CellAddress> template = templateText.getOrDefault(from.getSheetName(), List.of());
        for (Row r : from) {
            for (Cell c : r) {
                if (!CellCopy.hasContent(c) || (table.contains(c.getColumnIndex()) && c.getRowIndex() + 1 >= oldData.headerRow())
                        || template.contains(c.getAddress())) {
                    continue;
                }
                XSSFRow row = into.getRow(c.getRowIndex());
                Cell now = row == null ? null : row.getCell(c.getColumnIndex());
                if (CellCopy.hasContent(now)) {
                    continue;
                }
                if (row == null) {
                    row = into.createRow(c.getRowIndex());
                }
                XSSFCell target = now == null ? row.createCell(c.getColumnIndex()) : (XSSFCell) now;
                cells.cell(c, target);
                report.cells++;
            }
        }
        Map<CellAddress, XSSFComment> comments = from.getCellComments();
        if (comments.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = into.createDrawingPatriarch();
        for (var e : new java.util.TreeMap<>(comments).entrySet()) {
            if (into.getCellComment(e.getKey()) == null) {
                CellCopy.comment(e.getValue(), into, drawing, e.getKey().getRow(), e.getKey().getColumn());
                report.comments++;
            }
        }
    }

    /**
     * The Data table's columns: those whose header is the same in the old and the new workbook.
     * Their cells, from the header down, are the new data's; other columns (the user's, beside
     * the table) are free cells.
     */
    private Set<Integer> tableColumns(XSSFSheet from, XSSFSheet into) {
        Set<Integer> out = new HashSet<>();
        Row oldHeader = from.getRow(oldData.headerRow() - 1);
        Row newHeader = into.getRow(oldData.headerRow() - 1);
        if (oldHeader == null || newHeader == null) {
            return out;
        }
        for (Cell c : newHeader) {
            String h = OldWorkbook.text(c);
            if (!h.isEmpty() && h.equals(OldWorkbook.text(oldHeader.getCell(c.getColumnIndex())))) {
                out.add(c.getColumnIndex());
            }
        }
        return out;
    }

    /** The old workbook's sheet order, the new workbook's sheets that it lacked after their predecessor. */
    private static void reorder(XSSFWorkbook wb, List<String> oldOrder) {
        List<String> order = new ArrayList<>();
        for (String n : oldOrder) {
            if (wb.getSheet(n) != null) {
                order.add(n);
            }
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String n = wb.getSheetName(i);
            if (!order.contains(n)) {
                int after = i == 0 ? -1 : order.indexOf(wb.getSheetName(i - 1));
                order.add(after + 1, n);
            }
        }
        boolean same = true;
        for (int i = 0; i < order.size(); i++) {
            same &= wb.getSheetName(i).equals(order.get(i));
        }
        if (same) {
            return;
        }
        for (int i = 0; i < order.size(); i++) {
            wb.setSheetOrder(order.get(i), i);
        }
        wb.setActiveSheet(0);
    }

    /** The user's defined names: every old name the new workbook does not define, with its scope. */
    private void names(XSSFWorkbook from, XSSFWorkbook into) {
        for (Name n : from.getAllNames()) {
            XSSFName name = (XSSFName) n;
            String scope = name.getSheetIndex() < 0 ? null : from.getSheetName(name.getSheetIndex());
            int newScope = scope == null ? -1 : into.getSheetIndex(scope);
            if (scope != null && newScope < 0) {
                continue;
            }
            if (name.getNameName().startsWith("_xlnm.")) {
                // print areas and titles of generated sheets are the generator's; a user sheet keeps its print area
                if (scope != null && !generated.contains(scope.toLowerCase(Locale.ROOT))
                        && name.getNameName().equalsIgnoreCase("_xlnm.Print_Area") && name.getRefersToFormula() != null) {
                    String ref = name.getRefersToFormula();
                    String area = ref.substring(ref.lastIndexOf('!') + 1);
                    if (area.matches("\\$?[A-Z]{1,3}\\$?\\d+(:\\$?[A-Z]{1,3}\\$?\\d+)?")) {
                        into.setPrintArea(newScope, area);
                        report.names++;
                    } else {
                        report.namesNotKept.add(name.getNameName() + " of " + scope + " (" + ref + ")");
                    }
                }
                continue;
            }
            boolean exists = into.getAllNames().stream().anyMatch(m -> m.getNameName().equalsIgnoreCase(name.getNameName())
                    && m.getSheetIndex() == newScope);
            if (exists || name.getRefersToFormula() == null) {
                continue;
            }
            XSSFName copy = into.createName();
            try {
                copy.setNameName(name.getNameName());
                if (newScope >= 0) {
                    copy.setSheetIndex(newScope);
                }
                copy.setRefersToFormula(name.getRefersToFormula());
            } catch (RuntimeException e) {
                // a name POI cannot parse (a reference to another file, a function it does not know)
                into.removeName(copy);
                report.namesNotKept.add(name.getNameName() + " (" + name.getRefersToFormula() + ")");
                continue;
            }
            if (name.getComment() != null) {
                copy.setComment(name.getComment());
            }
            report.names++;
        }
    }
}
