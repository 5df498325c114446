package dev.journeydash.engines;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.xlsx.HostileSources;
import dev.journeydash.xlsx.RenderOptions;
import dev.journeydash.xlsx.SourceRowsLayout;
import dev.journeydash.xlsx.SourcedSamples;
import dev.journeydash.xlsx.WorkbookLayout;
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
 * Workbooks of data sets that came from sources, checked in real engines: two kept sources
 * (order events, daily ad totals) with every kind of criterion, a distinct count written as a
 * value, January and April partial, the Dashboard on the latest complete period, on the partial
 * last and on the partial first; a source of hostile cells and conditions; and the first
 * workbook after a user corrected two raw rows (with POI, no recalculation): recalculated by each
 * engine, every formula cell equals the workbook generated from the corrected data.
 */
class SourcedWorkbooksEnginesTest {
    @TempDir
    static Path dir;
    static List<Path> workbooks = new ArrayList<>();
    static Path edited;
    static Path corrected;

    @BeforeAll
    static void generate() throws IOException {
        Results r = SourcedSamples.results();
        for (int selected : new int[] {-1, 3, 0}) {
            workbooks.add(write("sourced-selected-" + (selected < 0 ? "default" : String.valueOf(selected)),
                    Samples.workbook(r, RenderOptions.builder().selected(selected).build())));
        }
        workbooks.add(write("hostile", Samples.workbook(HostileSources.results(), RenderOptions.builder().build())));
        corrected = write("corrected", Samples.workbook(SourcedSamples.corrected(), RenderOptions.builder().build()));
        edited = edit(workbooks.get(0), dir.resolve("edited.xlsx"), r);
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name + ".xlsx");
        Files.write(p, bytes);
        return p;
    }

    /** Feb 14's second line item 60 to 90 and Feb 15's ad spend 7 to 9, found through the cell contract. */
    static Path edit(Path original, Path out, Results r) throws IOException {
        WorkbookLayout layout = WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0).withSourceRows(
                r.data().sourcing().kept().stream().map(WorkbookLayout.KeptSource::of).toList());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(original)))) {
            set(wb, layout.sourceRows("shop"), 6, "Total", 60, 90);
            set(wb, layout.sourceRows("ads"), 2, "Spend", 7, 9);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** Sets the {@code index}-th (0-based) raw row's cell of {@code header} from {@code was} to {@code now}. */
    private static void set(XSSFWorkbook wb, SourceRowsLayout l, int index, String header, double was, double now) {
        XSSFSheet sheet = wb.getSheet(l.sheetName());
        var cell = sheet.getRow(l.firstRow() - 1 + index).getCell(l.column(header));
        assertThat(cell.getNumericCellValue()).as(l.sheetName() + "!" + cell.getAddress()).isEqualTo(was);
        cell.setCellValue(now);
    }

    @Test
    void everyPartIsSchemaValid() throws IOException {
        List<Path> all = new ArrayList<>(workbooks);
        all.add(corrected);
        all.add(edited);
        int parts = 0;
        for (Path p : all) {
            SchemaValidator.Report report = SchemaValidator.validate(p);
            assertThat(report.problems()).as(p.getFileName() + ": " + report.summary()).isEmpty();
            parts += report.partsValidated();
        }
        System.out.printf("engines: %d sourced workbooks, %d XML parts schema-validated, 0 invalid%n", all.size(), parts);
    }

    @Test
    void libreOfficeAgreesWithEveryCachedValueAndFollowsACorrectedRow() throws IOException {
        EngineAvailability.requireLibreOffice();
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            check(lo);
        }
    }

    @Test
    void gnumericAgreesWithEveryCachedValueAndFollowsACorrectedRow() throws IOException {
        EngineAvailability.requireGnumeric();
        try (GnumericRecalc gn = new GnumericRecalc()) {
            check(gn);
        }
    }

    private static void check(RecalcEngine engine) throws IOException {
        List<Path> files = new ArrayList<>(workbooks);
        files.add(corrected);
        List<RecalcReport> reports = engine.checkAll(files);
        int cells = 0;
        for (RecalcReport r : reports) {
            assertThat(r.problems()).as(r.summary()).isEmpty();
            assertThat(r.formulaCellsCompared()).as(r.original().getFileName() + " formula cells").isGreaterThan(400);
            cells += r.formulaCellsCompared();
        }
        // before recalculation the edited workbook still caches the old figures: the engine must move them
        assertThat(RecalcComparer.compare(engine.name(), corrected, edited).problems()).extracting(RecalcReport.Problem::address)
                .contains("Data!D3", "Data!I3", "Data!J3", "Data!O3");
        Path recalculated = engine.recalculate(edited, Files.createTempDirectory(engine.workDir(), "edited"));
        RecalcReport followed = RecalcComparer.compare(engine.name(), corrected, recalculated);
        assertThat(followed.problems()).as("the edited workbook recalculated, against the corrected one: " + followed.summary())
                .isEmpty();
        System.out.printf("engines: %s recalculated %d sourced workbooks, %d formula cells compared, 0 mismatches, 0 errors;"
                + " the corrected raw rows reached all %d formula cells%n", engine.name(), reports.size(), cells,
                followed.formulaCellsCompared());
    }

    @Test
    void regeneratingGivesIdenticalBytes() {
        RenderOptions options = RenderOptions.builder().build();
        assertThat(Samples.workbook(SourcedSamples.results(), options))
                .isEqualTo(Samples.workbook(SourcedSamples.results(), options));
        assertThat(Samples.workbook(HostileSources.results(), options))
                .isEqualTo(Samples.workbook(HostileSources.results(), options));
    }
}
