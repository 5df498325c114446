package dev.journeydash.refresh;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.DataLayout;
import dev.journeydash.xlsx.Stamp;
import dev.journeydash.xlsx.StampSheet;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workbook journeydash made, as a refresh finds it: its stamp, its journey's sheets where
 * they should be, the periods and values its Data table holds (with any month the user pasted),
 * the targets on its Targets sheet and the period its selector shows. Reading refuses, with the
 * cell and what was expected there, a workbook whose generated layout cannot be found any more
 * (a renamed sheet, rows inserted above a table), so that nothing is refreshed into the wrong cells.
 */
public final class OldWorkbook {
    private String segment = "";
    private final String file;
    private final XSSFWorkbook wb;
    private final List<LocalDate> periods = new ArrayList<>();
    private final Map<String, double[]> values = new LinkedHashMap<>();
    private final LocalDate selected;

    private OldWorkbook(String file, XSSFWorkbook wb, LocalDate selected) {
        this.file = file;
        this.wb = wb;
        this.selected = selected;
    }

    /** The stamp of {@code wb}, or a refusal saying that journeydash did not make it. */
    public static Stamp stamp(Path path, XSSFWorkbook wb) throws InputException {
        Optional<Stamp> stamp;
        try {
            stamp = StampSheet.read(wb);
        } catch (StampSheet.BadStamp e) {
            throw InputException.of(path.toString(), "cannot refresh this workbook: %s", e.getMessage());
        }
        if (stamp.isEmpty()) {
            String creator = wb.getProperties().getCoreProperties().getCreator();
            throw InputException.of(path.toString(), "this workbook was not made by journeydash: it has no \"%s\" sheet%s, "
                    + "so there is nothing to refresh; make one with journeydash generate", StampSheet.NAME,
                    creator == null || creator.isBlank() ? "" : " (its creator is \"" + creator + "\")");
        }
        return stamp.get();
    }

    /**
     * Reads {@code wb} as the workbook of {@code journey} (the journey it was made from, whose
     * {@code layout} it is: its capacity does not matter for where things start), refusing it when
     * its sheets or tables are not where that layout puts them.
     */
    public static OldWorkbook read(Path path, XSSFWorkbook wb, Journey journey, WorkbookLayout layout)
            throws InputException {
        String file = path.toString();
        List<String> missing = new ArrayList<>();
        List<String> needed = new ArrayList<>(List.of(layout.dashboardSheet(), layout.targetsSheet(), layout.dataSheet()));
        journey.stages().forEach(st -> needed.add(layout.stageSheet(st.id())));
        for (String name : needed) {
            if (wb.getSheet(name) == null) {
                missing.add("\"" + name + "\"");
            }
        }
        if (!missing.isEmpty()) {
            List<String> has = new ArrayList<>();
            wb.forEach(s -> has.add("\"" + s.getSheetName() + "\""));
            throw InputException.of(file, "the workbook lacks the sheet%s %s that journeydash made (renamed or deleted?); it has %s. "
                    + "Give the sheet its name back, or generate a new workbook", missing.size() == 1 ? "" : "s",
                    String.join(", ", missing), String.join(", ", has));
        }
        checkTargets(file, wb.getSheet(layout.targetsSheet()), journey, layout);
        checkStageSheets(file, wb, journey, layout);
        XSSFSheet dashboard = wb.getSheet(layout.dashboardSheet());
        Cell sel = cell(dashboard, layout.dashboard().selectorRow(), layout.dashboard().selectorColumn());
        LocalDate selected = date(sel) ? DateUtil.getLocalDateTime(sel.getNumericCellValue()).toLocalDate() : null;
        OldWorkbook old = new OldWorkbook(file, wb, selected);
        if (journey.segmentation().active()) {
            Cell segment = cell(dashboard, dev.journeydash.xlsx.SegmentLayout.selectorRow(layout.dashboard()),
                    layout.dashboard().selectorColumn());
            old.segment = segment == null ? "" : text(segment).strip();
        }
        old.readData(wb.getSheet(layout.dataSheet()), journey, layout.data(), layout.names().period());
        return old;
    }

    private static void checkTargets(String file, XSSFSheet sheet, Journey journey, WorkbookLayout layout) throws InputException {
        var t = layout.targets();
        for (Stage st : journey.stages()) {
            for (Kpi k : st.kpis()) {
                expectText(file, sheet, t.kpiRow(k.id()), dev.journeydash.xlsx.TargetsLayout.Column.KPI_ID.index(), k.id(),
                        "the id of the KPI " + k.label());
            }
            expectText(file, sheet, t.stageRow(st.id()), dev.journeydash.xlsx.TargetsLayout.StageColumn.STAGE_ID.index(), st.id(),
                    "the id of the stage " + st.name());
        }
    }

    private static void checkStageSheets(String file, XSSFWorkbook wb, Journey journey, WorkbookLayout layout) throws InputException {
        var s = layout.stages();
        for (Stage st : journey.stages()) {
            XSSFSheet sheet = wb.getSheet(layout.stageSheet(st.id()));
            expectText(file, sheet, s.headerRow(), s.periodColumn(), layout.names().period(), "the header of the stage table");
            for (Kpi k : st.kpis()) {
                expectText(file, sheet, s.headerRow(), s.valueColumn(k.id()), k.label(), "the column of the KPI");
            }
        }
    }

    private void readData(XSSFSheet sheet, Journey journey, DataLayout data, String periodHeader) throws InputException {
        expectText(file, sheet, data.headerRow(), data.periodColumn(), periodHeader, "the header of the Data table");
        for (Measure m : journey.measures()) {
            Cell c = cell(sheet, data.headerRow(), data.measureColumn(m.id()));
            if (!text(c).startsWith(m.label())) {
                throw moved(file, sheet, data.headerRow(), data.measureColumn(m.id()), m.label(), "the measure's header", c);
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = data.firstRow(); ; r++) {
            Cell p = cell(sheet, r, data.periodColumn());
            if (p == null || p.getCellType() == CellType.BLANK || (p.getCellType() == CellType.STRING && text(p).isBlank())) {
                break;
            }
            if (!date(p)) {
                throw InputException.of(file, "%s!%s: the period \"%s\" is not a date (typed as text?); type it as a date, "
                        + "as the rows above it are, and refresh again", sheet.getSheetName(), ref(r, data.periodColumn()), text(p));
            }
            periods.add(DateUtil.getLocalDateTime(p.getNumericCellValue()).toLocalDate());
            double[] row = new double[journey.measures().size()];
            for (int i = 0; i < row.length; i++) {
                Cell v = cell(sheet, r, data.measureColumn(journey.measures().get(i).id()));
                row[i] = number(v);
            }
            rows.add(row);
        }
        for (int i = 0; i < journey.measures().size(); i++) {
            double[] col = new double[rows.size()];
            for (int p = 0; p < col.length; p++) {
                col[p] = rows.get(p)[i];
            }
            values.put(journey.measures().get(i).id(), col);
        }
    }

    public XSSFWorkbook workbook() {
        return wb;
    }

    /** The periods of the Data table, first days, in its order, with rows the user pasted. */
    public List<LocalDate> periods() {
        return List.copyOf(periods);
    }

    /** A measure's values in the Data table, one per {@link #periods()} entry; NaN for blank. */
    public double[] values(String measureId) {
        double[] v = values.get(measureId);
        return v == null ? new double[periods.size()] : v.clone();
    }

    /** What the segment selector shows ("All", "Social"), as text; empty for a journey without segments. */
    public String segment() {
        return segment;
    }

    /** The period the selector shows; null when it shows none. */
    public LocalDate selected() {
        return selected;
    }

    /** A cell's number (a formula's cached number); NaN for blank, text or an error. */
    static double number(Cell c) {
        if (c == null) {
            return Double.NaN;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.NUMERIC ? c.getNumericCellValue() : Double.NaN;
    }

    static boolean date(Cell c) {
        return c != null && (c.getCellType() == CellType.NUMERIC
                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC);
    }

    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> Double.toString(c.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }

    /** The cell at 1-based {@code row}, 0-based {@code col}; null when absent. */
    static Cell cell(XSSFSheet sheet, int row, int col) {
        Row r = sheet.getRow(row - 1);
        return r == null ? null : r.getCell(col);
    }

    static String ref(int row, int col) {
        return new CellReference(row - 1, col).formatAsString();
    }

    private static void expectText(String file, XSSFSheet sheet, int row, int col, String expected, String what)
            throws InputException {
        Cell c = cell(sheet, row, col);
        if (!expected.equals(text(c))) {
            throw moved(file, sheet, row, col, expected, what, c);
        }
    }

    private static InputException moved(String file, XSSFSheet sheet, int row, int col, String expected, String what,
                                        Cell found) {
        String f = text(found);
        return InputException.of(file, "%s!%s: expected \"%s\" (%s) here, found %s: the generated layout was moved (rows or "
                + "columns inserted or deleted?), so refresh cannot find its cells. Undo that move, or generate a new workbook",
                sheet.getSheetName(), ref(row, col), expected, what, f.isEmpty() ? "an empty cell" : "\"" + f + "\"");
    }
}
