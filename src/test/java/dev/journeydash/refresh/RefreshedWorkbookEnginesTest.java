package dev.journeydash.refresh;

import dev.journeydash.engines.EngineAvailability;
import dev.journeydash.engines.GnumericRecalc;
import dev.journeydash.engines.LibreOfficeRecalc;
import dev.journeydash.engines.RecalcReport;
import dev.journeydash.engines.SchemaValidator;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.xlsx.WorkbookLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook edited as a finance team edits it (see {@link RefreshTest#editEverything}) and
 * refreshed with four more months: schema-valid, and LibreOffice's and Gnumeric's recalculation
 * equal to every cached value, the user's own formulas (worked out again by the refresh) included.
 */
class RefreshedWorkbookEnginesTest {
    @TempDir
    static Path dir;
    static Path book;

    @BeforeAll
    static void refresh() throws Exception {
        book = RefreshFixtures.generate(RefreshFixtures.firstMonths(dir, 20), dir.resolve("edited.xlsx"));
        RefreshTest.editEverything(book, WorkbookLayout.of(TemplateLoader.load(RefreshFixtures.TEMPLATE), 20, 0),
                LocalDate.of(2025, 3, 1));
        RefreshFixtures.refresh(book, RefreshFixtures.SAMPLE);
    }

    @Test
    void isSchemaValid() throws Exception {
        SchemaValidator.Report report = SchemaValidator.validate(book);
        assertThat(report.problems()).as(report.summary()).isEmpty();
    }

    @Test
    void libreOfficeAgreesWithEveryCachedValue() throws Exception {
        EngineAvailability.requireLibreOffice();
        RecalcReport r = LibreOfficeRecalc.checkOnce(book);
        assertThat(r.problems()).as(r.summary()).isEmpty();
        assertThat(r.formulaCellsCompared()).isGreaterThan(1000);
    }

    @Test
    void gnumericAgreesWithEveryCachedValue() throws Exception {
        EngineAvailability.requireGnumeric();
        RecalcReport r = GnumericRecalc.checkOnce(book);
        assertThat(r.problems()).as(r.summary()).isEmpty();
        assertThat(r.formulaCellsCompared()).isGreaterThan(1000);
    }
}
