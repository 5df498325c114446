package dev.journeydash.refresh;

import dev.journeydash.compute.Results;
import dev.journeydash.refresh.RefreshCorpus.App;
import dev.journeydash.xlsx.DashboardLayout;
import dev.journeydash.xlsx.DataLayout;
import dev.journeydash.xlsx.StageLayout;
import dev.journeydash.xlsx.TargetsLayout;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.journeydash.refresh.Edit.a1;

/**
 * The kinds of edit in the refresh corpus, made to the e-commerce sample workbook. Every place is
 * found through the {@link WorkbookLayout} of the generated workbook (the Targets cells, the stage
 * tables, the selector, the Data table), except the free cells a user types into, which are checked
 * to be blank in the generated workbook. Values that formulas of the new sheets show are computed
 * here from the sample CSV, not by the code under test.
 */
final class CorpusCases {

    /**
     * One kind of edit.
     *
     * @param kind          the case's name without its application
     * @param edits         made in this order
     * @param extra         what else must hold in the saved file beyond what the edits leave (values of the new formulas, the moved layout)
     * @param mustBeRefused the edit breaks the generated layout
     * @param apps          the applications that save it
     */
    record Case(String kind, List<Edit> edits, List<Expectation> extra, boolean mustBeRefused, Set<App> apps) {
        Case {
            edits = List.copyOf(edits);
            extra = List.copyOf(extra);
            apps = Set.copyOf(apps);
        }

        List<Expectation> expectations() {
            List<Expectation> out = new ArrayList<>();
            edits.forEach(e -> out.addAll(e.expectations()));
            out.addAll(extra);
            return out;
        }
    }

    static final String NOTES_SHEET = "Finance notes";
    static final String CHART_SHEET = "Revenue chart";
    static final String IMAGE_SHEET = "Logo";

    private final WorkbookLayout layout;
    private final Results results;
    private final XSSFWorkbook generated;
    private final Path png;
    private final Sample sample;

    /**
     * @param generated the generated workbook, read to check that free cells are free and to quote generated headers
     * @param png       the picture the image edits insert
     */
    CorpusCases(WorkbookLayout layout, Results results, XSSFWorkbook generated, Path png, Path csv) throws IOException {
        this.layout = layout;
        this.results = results;
        this.generated = generated;
        this.png = png;
        this.sample = new Sample(Files.readAllLines(csv));
    }

    /** Every case, each saved by all three applications. */
    List<Case> all() {
        Set<App> every = EnumSet.allOf(App.class);
        List<Case> out = new ArrayList<>();
        out.add(new Case("target-changed", List.of(periodTarget("conversion_rate", 18, 0.03)), List.of(), false, every));
        out.add(new Case("amber-changed", List.of(target("add_to_cart_rate", TargetsLayout.Column.AMBER, 0.8)), List.of(), false, every));
        out.add(new Case("weights-changed", List.of(target("churn_rate", TargetsLayout.Column.WEIGHT, 3), stageWeight("purchase", 2.5)),
                List.of(), false, every));
        out.add(new Case("comment-on-stage-sheet", List.of(stageComment()), List.of(), false, every));
        out.add(new Case("comment-on-dashboard", List.of(dashboardComment()), List.of(), false, every));
        out.add(new Case("text-on-dashboard", List.of(dashboardText()), List.of(), false, every));
        out.add(new Case("text-on-stage-sheet", List.of(stageText()), List.of(), false, every));
        out.add(new Case("sheet-with-formulas", notesSheet(), notesValues(), false, every));
        out.add(new Case("sheet-with-chart", chartSheet(), List.of(), false, every));
        out.add(new Case("sheet-with-image", imageSheet(), List.of(), false, every));
        out.add(new Case("data-extra-columns", dataColumns(), dataColumnValues(), false, every));
        out.add(new Case("defined-names", names(), List.of(), false, every));
        out.add(new Case("period-selected", List.of(select(20)), List.of(), false, every));
        out.add(new Case("combined-targets-notes", combinedNotes(), List.of(), false, every));
        List<Edit> sheets = new ArrayList<>(notesSheet());
        sheets.addAll(chartSheet());
        sheets.addAll(dataColumns());
        sheets.addAll(names());
        out.add(new Case("combined-sheets", sheets, concat(notesValues(), dataColumnValues()), false, every));
        out.add(insertedRows());
        out.add(renamedSheet());
        out.add(movedTargets());
        return out;
    }

    private Edit target(String kpi, TargetsLayout.Column column, double value) {
        return new Edit.SetNumber(WorkbookLayout.TARGETS, a1(column.index(), layout.targets().kpiRow(kpi)), value);
    }

    /** A KPI's target from period {@code period} (0-based) on, typed into the Targets sheet's table of targets per period. */
    private Edit periodTarget(String kpi, int period, double value) {
        TargetsLayout t = layout.targets();
        return new Edit.SetNumber(WorkbookLayout.TARGETS, a1(t.targetColumn(kpi), t.periodRow(period)), value);
    }

    private Edit stageWeight(String stage, double value) {
        return new Edit.SetNumber(WorkbookLayout.TARGETS,
                a1(TargetsLayout.StageColumn.WEIGHT.index(), layout.targets().stageRow(stage)), value);
    }

    /** On the conversion rate of Nov 2025 (period 22) on the Purchase sheet. */
    private Edit stageComment() {
        StageLayout st = layout.stages();
        return new Edit.AddComment(layout.stageSheet("purchase"), a1(st.valueColumn("conversion_rate"), st.row(22)),
                "Checkout outage on 14 Nov: conversion understated");
    }

    /** On the period selector. */
    private Edit dashboardComment() {
        DashboardLayout d = layout.dashboard();
        return new Edit.AddComment(WorkbookLayout.DASHBOARD, a1(d.selectorColumn(), d.selectorRow()),
                "Board pack: always show the last closed month");
    }

    /** Below the printed page, column B. */
    private Edit dashboardText() {
        return new Edit.SetText(WorkbookLayout.DASHBOARD, free(WorkbookLayout.DASHBOARD, "B48"),
                "Note from finance: December revenue is provisional");
    }

    /** On the row above the stage table, right of the link back to the Dashboard. */
    private Edit stageText() {
        String sheet = layout.stageSheet("consideration");
        return new Edit.SetText(sheet, free(sheet, a1(3, layout.stages().headerRow() - 1)), "Size guide relaunched in March 2025");
    }

    private Edit select(int period) {
        DashboardLayout d = layout.dashboard();
        return new Edit.SetDate(WorkbookLayout.DASHBOARD, a1(d.selectorColumn(), d.selectorRow()), start(period));
    }

    private List<Edit> notesSheet() {
        DashboardLayout d = layout.dashboard();
        DataLayout data = layout.data();
        String sessions = CellReference.convertNumToColString(data.measureColumn("sessions"));
        return List.of(new Edit.AddSheet(NOTES_SHEET),
                new Edit.SetText(NOTES_SHEET, "A1", "Selected period"),
                new Edit.SetFormula(NOTES_SHEET, "B1", "Dashboard!" + a1(d.selectorColumn(), d.selectorRow())),
                new Edit.SetText(NOTES_SHEET, "A2", "Sessions, first four months"),
                new Edit.SetFormula(NOTES_SHEET, "B2", "SUM(Data!" + sessions + data.row(0) + ":" + sessions + data.row(3) + ")"),
                new Edit.SetText(NOTES_SHEET, "A3", "Conversion target x 2"),
                new Edit.SetFormula(NOTES_SHEET, "B3", "Targets!" + a1(layout.targets().targetColumn("conversion_rate"),
                        layout.targets().periodRow(0)) + "*2"),
                new Edit.SetText(NOTES_SHEET, "A4", "Conversion Jan 2024 (%)"),
                new Edit.SetFormula(NOTES_SHEET, "B4", "'" + layout.stageSheet("purchase") + "'!"
                        + a1(layout.stages().valueColumn("conversion_rate"), layout.stages().row(0)) + "*100"));
    }

    /** What the notes sheet's formulas show, from the sample CSV and the template's target (2.5 %). */
    private List<Expectation> notesValues() {
        double sessions = 0;
        for (int p = 0; p < 4; p++) sessions += sample.value(p, "sessions");
        return List.of(
                new Expectation.Number(NOTES_SHEET, "B1", org.apache.poi.ss.usermodel.DateUtil.getExcelDate(start(23)), true),
                new Expectation.Number(NOTES_SHEET, "B2", sessions, true),
                new Expectation.Number(NOTES_SHEET, "B3", 0.05),
                new Expectation.Number(NOTES_SHEET, "B4", sample.value(0, "orders") / sample.value(0, "visitors") * 100, true));
    }

    private List<Edit> chartSheet() {
        DataLayout data = layout.data();
        int last = data.row(results.periodCount() - 1);
        String period = CellReference.convertNumToColString(data.periodColumn());
        String revenue = CellReference.convertNumToColString(data.measureColumn("revenue"));
        return List.of(new Edit.AddSheet(CHART_SHEET),
                new Edit.AddChart(CHART_SHEET, "B2", "Data!$" + period + "$" + data.headerRow() + ":$" + period + "$" + last,
                        "Data!$" + revenue + "$" + data.headerRow() + ":$" + revenue + "$" + last, "Revenue by month"));
    }

    private List<Edit> imageSheet() {
        return List.of(new Edit.AddSheet(IMAGE_SHEET), new Edit.SetText(IMAGE_SHEET, "A1", "Brand mark"),
                new Edit.AddImage(IMAGE_SHEET, "B3", png));
    }

    /** Right beside the Data table: "Revenue per order" as formulas on every data row, and a text column. */
    private List<Edit> dataColumns() {
        DataLayout data = layout.data();
        int col = data.columnCount();
        String revenue = CellReference.convertNumToColString(data.measureColumn("revenue"));
        String orders = CellReference.convertNumToColString(data.measureColumn("orders"));
        List<Edit> out = new ArrayList<>();
        out.add(new Edit.SetText(WorkbookLayout.DATA, a1(col, data.headerRow()), "Revenue per order"));
        for (int p = 0; p < results.periodCount(); p++) {
            int row = data.row(p);
            out.add(new Edit.SetFormula(WorkbookLayout.DATA, a1(col, row), revenue + row + "/" + orders + row));
        }
        out.add(new Edit.SetText(WorkbookLayout.DATA, a1(col + 1, data.headerRow()), "Finance remark"));
        out.add(new Edit.SetText(WorkbookLayout.DATA, a1(col + 1, data.row(11)), "Black Friday moved into December"));
        return out;
    }

    private List<Expectation> dataColumnValues() {
        DataLayout data = layout.data();
        List<Expectation> out = new ArrayList<>();
        for (int p : new int[] {0, 11, results.periodCount() - 1}) {
            out.add(new Expectation.Number(WorkbookLayout.DATA, a1(data.columnCount(), data.row(p)),
                    sample.value(p, "revenue") / sample.value(p, "orders"), true));
        }
        return out;
    }

    private List<Edit> names() {
        DataLayout data = layout.data();
        String revenue = CellReference.convertNumToColString(data.measureColumn("revenue"));
        int n = results.periodCount();
        return List.of(new Edit.DefineName("ConversionTarget", "Targets!$" + CellReference.convertNumToColString(
                        layout.targets().targetColumn("conversion_rate")) + "$" + layout.targets().periodRow(0)),
                new Edit.DefineName("RevenueLast12", "Data!$" + revenue + "$" + data.row(n - 12) + ":$" + revenue + "$" + data.row(n - 1)));
    }

    private List<Edit> combinedNotes() {
        return List.of(periodTarget("conversion_rate", 0, 0.028),
                target("nps", TargetsLayout.Column.AMBER, 0.8), stageWeight("retention", 1), stageComment(), dashboardComment(),
                dashboardText(), new Edit.SetText(WorkbookLayout.DASHBOARD, free(WorkbookLayout.DASHBOARD, "K3"), "Reviewed by CFO"),
                select(17));
    }

    /** Two rows inserted above the Purchase table's header: the header, the targets and the periods move down. */
    private Case insertedRows() {
        String sheet = layout.stageSheet("purchase");
        int header = layout.stages().headerRow();
        String title = text(sheet, a1(0, header));
        return new Case("rows-inserted-above-stage-table", List.of(new Edit.InsertRows(sheet, header, 2)),
                List.of(new Expectation.Blank(sheet, a1(0, header)), new Expectation.Text(sheet, a1(0, header + 2), title)),
                true, EnumSet.allOf(App.class));
    }

    private Case renamedSheet() {
        String sheet = layout.stageSheet("consideration");
        return new Case("stage-sheet-renamed", List.of(new Edit.RenameSheet(sheet, "Consideration (old)")), List.of(), true,
                EnumSet.allOf(App.class));
    }

    /**
     * The KPI and stage-weight tables cut and pasted three rows lower. Every application moves the
     * references along, so the workbook still computes: only the places give the move away.
     */
    private Case movedTargets() {
        TargetsLayout t = layout.targets();
        String kpiHeader = text(WorkbookLayout.TARGETS, a1(TargetsLayout.Column.KPI.index(), t.headerRow()));
        String lastColumn = CellReference.convertNumToColString(t.directionListColumn());
        return new Case("targets-table-moved",
                List.of(new Edit.MoveRows(WorkbookLayout.TARGETS, t.headerRow(), t.lastStageRow(), lastColumn, 3)),
                List.of(new Expectation.Blank(WorkbookLayout.TARGETS, a1(TargetsLayout.Column.KPI.index(), t.headerRow())),
                        new Expectation.Text(WorkbookLayout.TARGETS, a1(TargetsLayout.Column.KPI.index(), t.headerRow() + 3), kpiHeader),
                        new Expectation.Text(WorkbookLayout.TARGETS,
                                a1(TargetsLayout.Column.KPI_ID.index(), t.kpiRow("conversion_rate") + 3), "conversion_rate")),
                true, EnumSet.allOf(App.class));
    }

    private LocalDate start(int period) {
        return results.data().periods().get(period).start();
    }

    /** {@code cell}, after checking that the generated workbook leaves it blank. */
    private String free(String sheet, String cell) {
        Cell c = cellOf(sheet, cell);
        if (c != null && c.getCellType() != CellType.BLANK) {
            throw new IllegalStateException(sheet + "!" + cell + " is not free in the generated workbook: " + Expectation.describe(c));
        }
        return cell;
    }

    private String text(String sheet, String cell) {
        Cell c = cellOf(sheet, cell);
        if (c == null || c.getCellType() != CellType.STRING) {
            throw new IllegalStateException(sheet + "!" + cell + " holds no text in the generated workbook");
        }
        return c.getStringCellValue();
    }

    private Cell cellOf(String sheet, String cell) {
        CellReference ref = new CellReference(cell);
        var row = generated.getSheet(sheet).getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    private static List<Expectation> concat(List<Expectation> a, List<Expectation> b) {
        List<Expectation> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The sample CSV read plainly (wide, comma-separated, a header row, one row per period). */
    private record Sample(List<String> lines) {
        double value(int period, String measure) {
            List<String> header = List.of(lines.get(0).split(","));
            int col = header.indexOf(measure);
            if (col < 0) throw new IllegalArgumentException("no column " + measure + " in the sample CSV");
            return Double.parseDouble(lines.get(1 + period).split(",")[col]);
        }
    }
}
