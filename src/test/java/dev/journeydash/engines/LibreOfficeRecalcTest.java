package dev.journeydash.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All three workbooks are recalculated by ONE soffice invocation in {@link #recalculateAll()}. */
class LibreOfficeRecalcTest {

    @TempDir
    static Path dir;
    static LibreOfficeRecalc engine;
    static RecalcReport valid;
    static RecalcReport wrongCache;
    static RecalcReport nameError;

    @BeforeAll
    static void recalculateAll() throws IOException {
        // with -Djourneydash.engines=skip and no engine, each test is reported as skipped by requireEngine()
        if (EngineAvailability.skipRequested() && !EngineAvailability.libreOfficeAvailable()) return;
        engine = new LibreOfficeRecalc(); // fails (or skips with -Djourneydash.engines=skip) if soffice is missing
        List<RecalcReport> reports = engine.checkAll(List.of(
                TestWorkbooks.valid(dir.resolve("valid.xlsx")),
                TestWorkbooks.wrongCachedValue(dir.resolve("wrong.xlsx")),
                TestWorkbooks.nameError(dir.resolve("name.xlsx"))));
        valid = reports.get(0);
        wrongCache = reports.get(1);
        nameError = reports.get(2);
    }

    @BeforeEach
    void requireEngine() {
        EngineAvailability.requireLibreOffice();
    }

    @AfterAll
    static void close() {
        if (engine != null) engine.close();
    }

    @Test
    void validWorkbookMatchesLibreOffice() {
        assertThat(valid.problems()).as(valid.summary()).isEmpty();
        assertThat(valid.formulaCellsCompared()).isEqualTo(13);
        assertThat(valid.engine()).isEqualTo("LibreOffice");
        assertThat(valid.original().getFileName()).hasToString("valid.xlsx");
        assertThat(Files.isRegularFile(valid.recalculated())).isTrue();
    }

    @Test
    void wrongCachedValueIsReportedWithCell() {
        assertThat(wrongCache.formulaCellsCompared()).isEqualTo(2);
        assertThat(wrongCache.problems()).singleElement().satisfies(p -> {
            assertThat(p.address()).isEqualTo("Data!C1");
            assertThat(p.formula()).isEqualTo("A1*B1");
            assertThat(p.expected()).isEqualTo("999");
            assertThat(p.actual()).isEqualTo("6");
        });
        assertThat(wrongCache.summary()).contains("Data!C1 =A1*B1");
    }

    @Test
    void unknownFunctionIsReportedAsErrorValue() {
        assertThat(nameError.problems()).singleElement().satisfies(p -> {
            assertThat(p.address()).isEqualTo("Data!B1");
            assertThat(p.actual()).isEqualTo("#NAME?");
            assertThat(p.message()).contains("error value #NAME?");
        });
    }

    @Test
    void singleFileApiAndOutputDirectory() throws IOException {
        Path out = dir.resolve("out");
        Path result = engine.recalculate(TestWorkbooks.wrongCachedValue(dir.resolve("again.xlsx")), out);
        assertThat(result).isEqualTo(out.resolve("again.xlsx"));
        RecalcReport r = RecalcComparer.compare("LibreOffice", dir.resolve("again.xlsx"), result);
        assertThat(r.problems()).extracting(RecalcReport.Problem::address).containsExactly("Data!C1");
        assertThat(engine.lastRunTime()).isPositive();
    }
}
