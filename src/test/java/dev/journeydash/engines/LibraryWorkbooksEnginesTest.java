package dev.journeydash.engines;

import dev.journeydash.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library journeys' sample workbooks (every built-in journey but the first two, which
 * {@link GeneratedWorkbooksEnginesTest} checks with three selections each), the latest period
 * selected, checked in real engines: schema-valid parts, and LibreOffice and Gnumeric reproduce
 * every cached value with no error value. About 30 s of engine time for the six on a 2-core machine.
 */
class LibraryWorkbooksEnginesTest {
    @TempDir
    static Path dir;
    static final List<Path> workbooks = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        for (Samples s : Samples.values()) {
            if (!Set.of(Samples.ECOMMERCE, Samples.SAAS).contains(s)) {
                Path p = dir.resolve(s.name + ".xlsx");
                Files.write(p, s.workbook(-1));
                workbooks.add(p);
            }
        }
        assertThat(workbooks).hasSize(6);
    }

    @Test
    void everyPartIsSchemaValid() throws IOException {
        for (Path p : workbooks) {
            SchemaValidator.Report report = SchemaValidator.validate(p);
            assertThat(report.problems()).as(p.getFileName() + ": " + report.summary()).isEmpty();
        }
    }

    @Test
    void libreOfficeAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireLibreOffice();
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            GeneratedWorkbooksEnginesTest.check(lo.checkAll(workbooks), lo);
        }
    }

    @Test
    void gnumericAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireGnumeric();
        try (GnumericRecalc gn = new GnumericRecalc()) {
            GeneratedWorkbooksEnginesTest.check(gn.checkAll(workbooks), gn);
        }
    }
}
