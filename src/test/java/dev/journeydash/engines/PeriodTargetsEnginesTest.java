package dev.journeydash.engines;

import dev.journeydash.BudgetFixture;
import dev.journeydash.Journeydash;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.xlsx.PeriodTargetsEdit;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Targets per period in real engines: the budget fixture's workbook (template changes, a targets
 * file, a change in a period prepared ahead) recalculated by LibreOffice and Gnumeric equals every
 * cached value; and after a target is typed into February's row (by POI, nothing recalculated)
 * LibreOffice's recalculation moves February and March and leaves January and April to June alone,
 * as worked out by hand in {@link PeriodTargetsEdit}.
 */
class PeriodTargetsEnginesTest {
    @TempDir
    static Path dir;
    static Path templateOnly;
    static Path withCsv;

    @BeforeAll
    static void generate() throws IOException {
        templateOnly = write("budget.xlsx", BudgetFixture.results(false));
        withCsv = write("budget-with-targets-file.xlsx", BudgetFixture.results(true));
    }

    private static Path write(String name, Results r) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, Samples.workbook(r, Journeydash.renderOptions(BudgetFixture.request(), r)));
        return p;
    }

    @Test
    void schemaValid() throws IOException {
        for (Path p : List.of(templateOnly, withCsv)) {
            SchemaValidator.Report report = SchemaValidator.validate(p);
            assertThat(report.problems()).as(p.getFileName() + ": " + report.summary()).isEmpty();
        }
    }

    @Test
    void libreOfficeAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireLibreOffice();
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            check(lo.checkAll(List.of(templateOnly, withCsv)));
        }
    }

    @Test
    void gnumericAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireGnumeric();
        try (GnumericRecalc gn = new GnumericRecalc()) {
            check(gn.checkAll(List.of(templateOnly, withCsv)));
        }
    }

    @Test
    void aTargetTypedIntoFebruaryMovesFebruaryAndMarchOnlyInLibreOffice() throws IOException {
        EngineAvailability.requireLibreOffice();
        WorkbookLayout l = PeriodTargetsEdit.layout();
        Path edited = dir.resolve("budget-edited.xlsx");
        Files.write(edited, PeriodTargetsEdit.edited(Files.readAllBytes(templateOnly), l));
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            Path out = Files.createDirectories(dir.resolve("edited-out"));
            Path recalculated = lo.recalculate(edited, out);
            try (InputStream in = Files.newInputStream(recalculated); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                PeriodTargetsEdit.assertScores(wb, l);
            }
        }
    }

    private static void check(List<RecalcReport> reports) {
        for (RecalcReport r : reports) {
            assertThat(r.problems()).as(r.summary()).isEmpty();
            assertThat(r.formulaCellsCompared()).as(r.original().getFileName() + " formula cells").isGreaterThan(200);
        }
    }
}
