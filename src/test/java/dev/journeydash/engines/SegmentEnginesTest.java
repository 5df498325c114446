package dev.journeydash.engines;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.compute.SegmentResults;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.DashboardLayout;
import dev.journeydash.xlsx.RenderOptions;
import dev.journeydash.xlsx.SegmentLayout;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-commerce sample by channel: the workbook as generated (All selected) agrees with every
 * cached value in LibreOffice and Gnumeric; then, for the first, middle and last period and for
 * All, the largest and the smallest channel (and, with {@code top: 3}, Other), both selectors set
 * with POI and the workbook recalculated by each engine: every measure on Data, every KPI value
 * and score on the stage sheets, the Dashboard's detail (values, scores, statuses), the journey
 * score history and the segment calculation must equal what journeydash computes in Java for that
 * segment.
 */
class SegmentEnginesTest {
    private static final Path TEMPLATE = Path.of("templates/examples/ecommerce-channels.yaml");
    private static final Path DATA = Path.of("sample-data/ecommerce-channels.csv");
    /** Per engine run: a dozen workbooks of SUMIFS over whole columns take minutes on a busy machine. */
    private static final java.time.Duration TIMEOUT = java.time.Duration.ofMinutes(10);

    @TempDir
    static Path dir;
    static Results all;
    static Results top3;
    static Path generated;
    static Path fixtureBook;
    static final List<Selection> selections = new ArrayList<>();

    /** A workbook with its period (0-based) and its segment choice (0 All, 1.. the groups) set. */
    record Selection(Results results, int period, int choice, Path file) { }

    @BeforeAll
    static void generate() throws IOException, InputException {
        all = Journeydash.compute(Request.of(TEMPLATE, DATA));
        Path three = dir.resolve("channels-top3.yaml");
        Files.writeString(three, Files.readString(TEMPLATE).replace("top: 12", "top: 3")
                .replace("# e-commerce sample.", "# e-commerce sample (top 3)."));
        Files.copy(DATA, dir.resolve(DATA.getFileName()));
        top3 = Journeydash.compute(Request.of(three, dir.resolve(DATA.getFileName())));
        assertThat(all.segments().size()).as("five channels, no Other").isEqualTo(5);
        assertThat(top3.segments().hasOther()).as("top 3: Other holds two channels").isTrue();
        assertThat(top3.segments().groups().get(3).members()).hasSize(2);
        generated = dir.resolve("channels.xlsx");
        Files.write(generated, Samples.workbook(all, RenderOptions.builder().build()));
        // the hand-checked fixture: a last-value measure, an averaged one, Other, a channel without a row on a period's last date
        Results fixture = Journeydash.compute(Request.of(Path.of("src/test/resources/segments/journey.yaml"),
                Path.of("src/test/resources/segments/channels-wide.csv")));
        assertThat(fixture.segments().hasOther()).isTrue();
        fixtureBook = dir.resolve("fixture.xlsx");
        Files.write(fixtureBook, Samples.workbook(fixture, RenderOptions.builder().build()));
        byte[] top3Book = Samples.workbook(top3, RenderOptions.builder().build());
        int n = all.periodCount();
        byte[] book = Files.readAllBytes(generated);
        for (int period : new int[] {0, n / 2, n - 1}) {
            for (int choice : new int[] {0, 1, all.segments().size()}) {
                selections.add(select(book, all, period, choice, "channels"));
            }
            selections.add(select(top3Book, top3, period, top3.segments().size(), "top3"));
        }
    }

    private static Selection select(byte[] book, Results r, int period, int choice, String name) throws IOException {
        WorkbookLayout layout = layout(r);
        SegmentLayout seg = SegmentLayout.of(r.journey(), layout.dashboard(), r.segments());
        Path out = dir.resolve(name + "-p" + period + "-c" + choice + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            XSSFSheet dash = wb.getSheet(layout.dashboardSheet());
            DashboardLayout d = layout.dashboard();
            XSSFCell selector = cell(dash, d.selectorRow(), d.selectorColumn());
            if (selector.getCellType() == CellType.FORMULA) {
                // the latest period's MAX formula, replaced by a pick from the list
                selector.removeFormula();
            }
            selector.setCellValue(DateUtil.getExcelDate(r.data().periods().get(period).start()));
            cell(dash, seg.selectorRow(), seg.selectorColumn()).setCellValue(choiceName(r, choice));
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return new Selection(r, period, choice, out);
    }

    private static String choiceName(Results r, int choice) {
        if (choice == 0) {
            return "All";
        }
        var g = r.segments().groups().get(choice - 1);
        return g.other() ? "Other" : g.name();
    }

    private static WorkbookLayout layout(Results r) {
        return WorkbookLayout.of(r.journey(), r.periodCount() + 36, r.data().extras().size()).withWindow(r.periodCount())
                .withRawData(r.data().raw().textHeaders().size());
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int col) {
        XSSFRow r = sheet.getRow(row - 1) != null ? sheet.getRow(row - 1) : sheet.createRow(row - 1);
        return r.getCell(col) != null ? r.getCell(col) : r.createCell(col);
    }

    @Test
    void libreOfficeFollowsBothSelectors() throws IOException {
        EngineAvailability.requireLibreOffice();
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc(EngineAvailability.requireLibreOffice(), TIMEOUT)) {
            check(lo, selections);
        }
    }

    @Test
    void gnumericFollowsBothSelectors() throws IOException {
        EngineAvailability.requireGnumeric();
        // Gnumeric scans the formulas' whole-column ranges row by row (about a minute a workbook): three selections,
        // the largest channel first, Other in the middle, the smallest last
        try (GnumericRecalc gn = new GnumericRecalc(EngineAvailability.requireGnumeric(), TIMEOUT)) {
            check(gn, List.of(selections.get(1), selections.get(7), selections.get(10)));
        }
    }

    private static void check(RecalcEngine engine, List<Selection> selections) throws IOException {
        List<RecalcReport> asGenerated = engine.checkAll(List.of(generated, fixtureBook));
        for (RecalcReport r : asGenerated) {
            assertThat(r.problems()).as(r.summary()).isEmpty();
        }
        assertThat(asGenerated.get(0).formulaCellsCompared()).as("formula cells compared").isGreaterThan(3000);
        List<Path> files = selections.stream().map(Selection::file).toList();
        List<Path> out = engine.recalculateAll(files, engine.workDir().resolve("selected"));
        int compared = 0;
        for (int i = 0; i < selections.size(); i++) {
            compared += compare(selections.get(i), out.get(i), engine.name());
        }
        // per selection: 24 periods x (18 measures + 15 KPI values + 15 scores + 1 journey score) + 15 x 3 detail
        // + the calculation's 15 values and statuses per choice
        assertThat(compared).as("values compared").isGreaterThan(selections.size() * 1200);
    }

    /** Compares the recalculated selection with Java's results for its segment; returns the number of values compared. */
    private static int compare(Selection s, Path recalculated, String engine) throws IOException {
        Results expected = results(s.results(), s.choice());
        WorkbookLayout layout = layout(s.results());
        SegmentLayout seg = SegmentLayout.of(s.results().journey(), layout.dashboard(), s.results().segments());
        String what = engine + " " + s.file().getFileName() + " ";
        int n = 0;
        try (XSSFWorkbook wb = RecalcComparer.open(recalculated)) {
            XSSFSheet data = wb.getSheet(layout.dataSheet());
            for (int i = 0; i < expected.periodCount(); i++) {
                for (Measure m : expected.journey().measures()) {
                    n += same(what + "Data " + m.id() + " period " + i, expected.data().value(m.id(), i),
                            value(data, layout.data().row(i), layout.data().measureColumn(m.id())));
                }
            }
            for (Stage st : expected.journey().stages()) {
                XSSFSheet sheet = wb.getSheet(layout.stageSheet(st.id()));
                for (int i = 0; i < expected.periodCount(); i++) {
                    for (Kpi k : st.kpis()) {
                        int row = layout.stages().row(i);
                        n += same(what + k.id() + " value, period " + i, expected.kpi(k.id(), i),
                                value(sheet, row, layout.stages().valueColumn(k.id())));
                        n += same(what + k.id() + " score, period " + i, expected.score(k.id(), i),
                                value(sheet, row, layout.stages().scoreColumn(k.id())));
                    }
                }
            }
            XSSFSheet dash = wb.getSheet(layout.dashboardSheet());
            DashboardLayout d = layout.dashboard();
            for (int i = 0; i < expected.periodCount(); i++) {
                n += same(what + "journey score " + i, expected.journeyScore(i), value(dash, d.historyRow(i), d.historyJourneyColumn()));
            }
            int p = s.period();
            for (Kpi k : expected.journey().kpis().toList()) {
                int row = d.detailKpiRow(k.id());
                n += same(what + "detail value " + k.id(), expected.kpi(k.id(), p), value(dash, row, d.detailColumn(DashboardLayout.Detail.VALUE)));
                n += same(what + "detail score " + k.id(), expected.score(k.id(), p), value(dash, row, d.detailColumn(DashboardLayout.Detail.SCORE)));
                n += same(what + "detail status " + k.id(), code(expected, k, p), value(dash, row, d.detailColumn(DashboardLayout.Detail.STATUS)));
                for (int c = 0; c < seg.choices(); c++) {
                    Results rc = results(s.results(), c);
                    n += same(what + "segment " + c + " " + k.id(), rc.kpi(k.id(), p), value(dash, seg.kpiRow(0, k.id()), seg.choiceColumn(c)));
                    n += same(what + "segment " + c + " status " + k.id(), code(rc, k, p),
                            value(dash, seg.statusRow(k.id()), seg.choiceColumn(c)));
                }
            }
        }
        return n;
    }

    private static Results results(Results r, int choice) {
        SegmentResults segments = r.segments();
        return choice == 0 ? r : segments.results().get(choice - 1);
    }

    private static double code(Results r, Kpi k, int period) {
        var status = r.status(k, period);
        return status == null ? Double.NaN : status.ordinal() + 1;
    }

    /** 1 when {@code actual} equals {@code expected} (NaN for a blank), else an assertion error. */
    private static int same(String what, double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what + ": blank").isNaN();
        } else {
            assertThat(RecalcComparer.numbersEqual(expected, actual)).as(what + ": expected " + expected + ", got " + actual).isTrue();
        }
        return 1;
    }

    /** The cell's number; NaN for a blank, an empty text or a missing cell. */
    private static double value(XSSFSheet sheet, int row, int col) {
        XSSFRow r = sheet.getRow(row - 1);
        XSSFCell c = r == null ? null : r.getCell(col);
        if (c == null) {
            return Double.NaN;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC) {
            return c.getNumericCellValue();
        }
        if (t == CellType.STRING && c.getStringCellValue().isEmpty() || t == CellType.BLANK) {
            return Double.NaN;
        }
        throw new AssertionError(sheet.getSheetName() + " " + c.getAddress() + " holds " + c);
    }
}
