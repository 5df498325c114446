package dev.journeydash.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GnumericRecalcTest {

    @TempDir
    static Path dir;
    static GnumericRecalc engine;
    static RecalcReport valid;
    static RecalcReport wrongCache;
    static RecalcReport nameError;

    @BeforeAll
    static void recalculateAll() throws IOException {
        // with -Djourneydash.engines=skip and no engine, each test is reported as skipped by requireEngine()
        if (EngineAvailability.skipRequested() && !EngineAvailability.gnumericAvailable()) return;
        engine = new GnumericRecalc(); // fails (or skips with -Djourneydash.engines=skip) if ssconvert is missing
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
        EngineAvailability.requireGnumeric();
    }

    @AfterAll
    static void close() {
        if (engine != null) engine.close();
    }

    @Test
    void validWorkbookMatchesGnumeric() {
        assertThat(valid.problems()).as(valid.summary()).isEmpty();
        assertThat(valid.formulaCellsCompared()).isEqualTo(13);
        assertThat(valid.engine()).isEqualTo("Gnumeric");
    }

    @Test
    void wrongCachedValueIsReportedWithCell() {
        assertThat(wrongCache.problems()).singleElement().satisfies(p -> {
            assertThat(p.address()).isEqualTo("Data!C1");
            assertThat(p.formula()).isEqualTo("A1*B1");
            assertThat(p.expected()).isEqualTo("999");
            assertThat(p.actual()).isEqualTo("6");
        });
    }

    @Test
    void unknownFunctionIsReportedAsErrorValue() {
        assertThat(nameError.problems()).singleElement().satisfies(p -> {
            assertThat(p.address()).isEqualTo("Data!B1");
            assertThat(p.actual()).isEqualTo("#NAME?");
        });
    }

    @Test
    void xlsxExportKeepsFullDoublePrecision() throws IOException {
        // 1/3 written by Gnumeric must read back as the same double POI computes (CSV export would not
        // guarantee this, and would lose the value types)
        Path out = engine.recalculate(dir.resolve("valid.xlsx"), dir.resolve("precision"));
        try (var wb = RecalcComparer.open(out)) {
            var cell = wb.getSheet("Calc").getRow(12).getCell(1);
            assertThat(RecalcComparer.read(cell, wb).number()).isEqualTo(1.0 / 3);
        }
    }
}
