package dev.journeydash.refresh;

import dev.journeydash.Samples;
import dev.journeydash.engines.EngineAvailability;
import dev.journeydash.refresh.RefreshCorpus.App;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh corpus, before any refresh: every edit is really in the file each application saved
 * (so what an application loses on save is found here, not blamed on refresh later), and every
 * case's expectations fail on the unedited workbook (so none of them holds whatever a refresh does).
 * The corpus is built once, with every application present; the LibreOffice cases need soffice and
 * Python-UNO, the Gnumeric cases ssconvert: without them they fail, or are skipped with
 * -Djourneydash.engines=skip, as the engine tests are.
 */
class RefreshCorpusTest {
    @TempDir
    static Path dir;
    static RefreshCorpus.Built corpus;

    @BeforeAll
    static void build() throws IOException {
        Set<App> apps = EnumSet.of(App.POI);
        if (EngineAvailability.libreOfficeAvailable() && EngineAvailability.pythonUnoAvailable()) apps.add(App.LIBREOFFICE);
        if (EngineAvailability.gnumericAvailable()) apps.add(App.GNUMERIC);
        long start = System.nanoTime();
        corpus = RefreshCorpus.build(dir, apps);
        System.out.printf("refresh corpus: %d workbooks built in %.1f s (%s)%n", corpus.workbooks().size(),
                (System.nanoTime() - start) / 1e9, corpus.times());
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void savedWorkbooksKeepEveryEdit(App app) throws IOException {
        if (app == App.LIBREOFFICE) {
            EngineAvailability.requireLibreOffice();
            EngineAvailability.requirePythonUno();
        } else if (app == App.GNUMERIC) {
            EngineAvailability.requireGnumeric();
        }
        List<EditedWorkbook> saved = corpus.workbooks().stream().filter(w -> w.savedBy().equals(app.label)).toList();
        assertThat(saved).as("workbooks saved by " + app.label).hasSize((int) cases().stream().filter(c -> c.apps().contains(app)).count());
        List<String> failures = new ArrayList<>();
        List<String> holdUnedited = new ArrayList<>();
        try (XSSFWorkbook generated = RefreshCorpus.open(corpus.generated())) {
            for (EditedWorkbook w : saved) {
                assertThat(w.expectations()).as(w.name() + " expects something").isNotEmpty();
                failures.addAll(w.check(w.file()));
                if (w.check(generated).isEmpty()) holdUnedited.add(w.name());
            }
        }
        System.out.printf("refresh corpus: %s saved %d workbooks in %.1f s, %d expectations checked%n", app.label,
                saved.size(), corpus.times().get(app).toMillis() / 1000.0, saved.stream().mapToInt(w -> w.expectations().size()).sum());
        assertThat(failures).as("edits lost by " + app.label + "'s save").isEmpty();
        assertThat(holdUnedited).as("cases whose expectations all hold on the unedited workbook, so cannot fail").isEmpty();
    }

    /** At least 30 workbooks; every kind of edit saved by at least two applications; the three refusals. */
    @Test
    void corpusCoversEveryKindOfEditInTwoApplications() throws IOException {
        List<CorpusCases.Case> cases = cases();
        assertThat(cases.stream().mapToInt(c -> c.apps().size()).sum()).as("workbooks in the corpus").isGreaterThanOrEqualTo(30);
        assertThat(cases).allSatisfy(c -> assertThat(c.apps()).as(c.kind()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(cases.stream().map(CorpusCases.Case::kind)).contains("target-changed", "amber-changed", "weights-changed",
                "comment-on-stage-sheet", "comment-on-dashboard", "text-on-dashboard", "text-on-stage-sheet",
                "sheet-with-formulas", "sheet-with-chart", "sheet-with-image", "data-extra-columns", "defined-names",
                "period-selected", "rows-inserted-above-stage-table", "stage-sheet-renamed", "targets-table-moved");
        assertThat(cases.stream().filter(CorpusCases.Case::mustBeRefused).map(CorpusCases.Case::kind))
                .containsExactlyInAnyOrder("rows-inserted-above-stage-table", "stage-sheet-renamed", "targets-table-moved");
    }

    /**
     * Every corpus workbook refreshed with the sample's data: the broken layouts refused with the
     * file untouched; every other edit still there in the refreshed file, cell by cell and sheet by
     * sheet; a second refresh byte-identical to the first; and LibreOffice's recalculation of every
     * refreshed workbook equal to every cached value.
     */
    @Test
    void refreshKeepsEveryEditAndLibreOfficeAgrees() throws Exception {
        Path out = java.nio.file.Files.createDirectories(dir.resolve("refreshed"));
        List<String> failures = new ArrayList<>();
        List<Path> refreshed = new ArrayList<>();
        int checked = 0;
        for (EditedWorkbook w : corpus.workbooks()) {
            Path book = out.resolve(w.file().getFileName());
            java.nio.file.Files.copy(w.file(), book);
            byte[] before = java.nio.file.Files.readAllBytes(book);
            try {
                RefreshFixtures.refresh(book, RefreshFixtures.SAMPLE);
                if (w.mustBeRefused()) {
                    failures.add(w + ": refreshed, though its layout was moved");
                    continue;
                }
            } catch (dev.journeydash.model.InputException e) {
                if (!w.mustBeRefused()) {
                    failures.add(w + ": refused: " + e.getMessage());
                } else if (!java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(book))) {
                    failures.add(w + ": refused, but the file changed");
                }
                continue;
            }
            w.check(book).forEach(f -> failures.add(w + " after refresh: " + f));
            checked += w.expectations().size();
            byte[] once = java.nio.file.Files.readAllBytes(book);
            RefreshFixtures.refresh(book, RefreshFixtures.SAMPLE);
            if (!java.util.Arrays.equals(once, java.nio.file.Files.readAllBytes(book))) {
                failures.add(w + ": a second refresh with the same data changed the file");
            }
            refreshed.add(book);
        }
        System.out.printf("refresh corpus: %d workbooks refreshed, %d expectations checked after refresh%n", refreshed.size(),
                checked);
        assertThat(failures).isEmpty();
        EngineAvailability.requireLibreOffice();
        try (dev.journeydash.engines.LibreOfficeRecalc lo = new dev.journeydash.engines.LibreOfficeRecalc()) {
            int cells = 0;
            for (dev.journeydash.engines.RecalcReport r : lo.checkAll(refreshed)) {
                assertThat(r.problems()).as(r.summary()).isEmpty();
                cells += r.formulaCellsCompared();
            }
            System.out.printf("refresh corpus: LibreOffice recalculated %d refreshed workbooks, %d formula cells, 0 mismatches%n",
                    refreshed.size(), cells);
        }
    }

    private static List<CorpusCases.Case> cases() throws IOException {
        try (XSSFWorkbook wb = RefreshCorpus.open(corpus.generated())) {
            return new CorpusCases(corpus.layout(), Samples.ECOMMERCE.results(), wb, dir.resolve("brand-mark.png"),
                    Path.of("sample-data/ecommerce.csv")).all();
        }
    }
}
