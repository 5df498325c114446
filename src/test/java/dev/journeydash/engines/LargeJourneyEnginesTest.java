package dev.journeydash.engines;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.xlsx.RenderOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest journey supported (templates/examples/large-journey.yaml: 12 stages, 60 KPIs, the
 * Dashboard in three bands and its detail area moved left to match): LibreOffice and Gnumeric
 * recalculate every formula to Java's cached value.
 */
class LargeJourneyEnginesTest {
    @TempDir
    static Path dir;
    private static Path workbook;

    @BeforeAll
    static void write() throws IOException, InputException {
        Results results = Journeydash.compute(Request.of(Path.of("templates/examples/large-journey.yaml"),
                Path.of("sample-data/large-journey.csv")));
        workbook = dir.resolve("large-journey.xlsx");
        Files.write(workbook, Samples.workbook(results, RenderOptions.builder().build()));
    }

    private static void check(List<RecalcReport> reports) {
        for (RecalcReport r : reports) {
            assertThat(r.problems()).as(r.summary()).isEmpty();
            assertThat(r.formulaCellsCompared()).as("formula cells compared").isGreaterThan(5000);
        }
    }

    @Test
    void libreOfficeAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireLibreOffice();
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            check(lo.checkAll(List.of(workbook)));
        }
    }

    @Test
    void gnumericAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireGnumeric();
        try (GnumericRecalc gn = new GnumericRecalc()) {
            check(gn.checkAll(List.of(workbook)));
        }
    }
}
