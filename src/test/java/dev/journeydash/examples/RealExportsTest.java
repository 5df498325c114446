package dev.journeydash.examples;

import dev.journeydash.Journeydash;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Sourcing;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static dev.journeydash.examples.ExportFiles.EXAMPLES;
import static dev.journeydash.examples.ExportFiles.NO_REAL;
import static dev.journeydash.examples.ExportFiles.REAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * Each example template (templates/examples/FOLDER.yaml) run on the real export it was written
 * for (../shared/real-exports/FOLDER, the file as published), against the independent oracle
 * (src/test/resources/oracle/real_exports.py, run here with python3 on the same folder): the
 * periods, every measure and KPI of every period (relative 1e-9), the partial periods, the rows
 * read and counted per source, and for Google Ads the "Total:" rows skipped. Skipped, with a
 * message, when ../shared/real-exports is not there.
 */
class RealExportsTest {
    private static final Path ORACLE = Path.of("src/test/resources/oracle/real_exports.py");
    private static Map<String, List<String[]>> expected;

    @ParameterizedTest
    @ValueSource(strings = {"etsy-orders", "ga4-channel-hourly", "ga4-snapshot", "google-ads-campaigns",
            "gsc-performance", "mailchimp-campaigns", "shopify-orders", "stripe-payments", "youtube-chart"})
    void matchesTheOracle(String folder) throws InputException {
        Path dir = REAL.resolve(folder);
        if (!Files.isDirectory(dir)) {
            Assumptions.abort(NO_REAL);
        }
        Path template = EXAMPLES.resolve(folder + ".yaml");
        Map<String, Path> files = new LinkedHashMap<>();
        ExportFiles.sourceFiles(template).forEach((name, file) -> files.put(name, dir.resolve(file)));
        files.forEach((name, file) -> assertThat(file).as(template + ": source " + name
                + " names the file as the tool names it").exists());

        Results results = Journeydash.compute(ExportFiles.request(template, files));
        List<String[]> rows = oracle().get(folder);
        assertThat(rows).as("oracle rows for " + folder).isNotEmpty();

        List<String> periods = results.data().periods().stream().map(p -> p.start().toString()).toList();
        assertThat(periods).as(folder + ": periods").containsExactlyElementsOf(
                rows.stream().filter(r -> !r[1].isEmpty()).map(r -> r[1]).collect(Collectors.toCollection(TreeSet::new)));
        Set<String> partial = new TreeSet<>();
        for (String[] r : rows) {
            String what = folder + " " + r[2] + (r[1].isEmpty() ? "" : " in " + r[1]);
            if (r[2].equals("_partial")) {
                partial.add(r[1]);
            } else if (r[2].startsWith("_")) {
                checkFact(results, r[2], Double.parseDouble(r[3]), what);
            } else {
                checkValue(results, r[2], periods.indexOf(r[1]), r[3], what);
            }
        }
        assertThat(results.data().sourcing().partial().keySet().stream().map(i -> periods.get(i)).toList())
                .as(folder + ": partial periods").containsExactlyInAnyOrderElementsOf(partial);
        Set<String> checked = rows.stream().map(r -> r[2]).collect(Collectors.toSet());
        assertThat(checked).as(folder + ": the oracle has every KPI").containsAll(results.kpiValues().keySet());
        assertThat(checked).as(folder + ": the oracle has every measure").containsAll(results.data().measures().keySet());
    }

    /** Before any reader: the oracle gives exactly the measures and KPIs each example template defines. */
    @ParameterizedTest
    @ValueSource(strings = {"etsy-orders", "ga4-channel-hourly", "ga4-snapshot", "google-ads-campaigns",
            "gsc-performance", "mailchimp-campaigns", "shopify-orders", "stripe-payments", "youtube-chart"})
    void theOracleCoversEveryIdOfTheTemplate(String folder) {
        if (!Files.isDirectory(REAL.resolve(folder))) {
            Assumptions.abort(NO_REAL);
        }
        Map<String, Object> template = ExportFiles.yaml(EXAMPLES.resolve(folder + ".yaml"));
        Set<String> ids = new TreeSet<>(ExportFiles.map(template.get("measures")).keySet());
        for (Object s : (List<?>) template.get("sources")) {
            Map<String, Object> source = ExportFiles.map(s);
            if (source.get("preset") != null) {
                ids.addAll(ExportFiles.map(ExportFiles.map(ExportFiles.preset(String.valueOf(source.get("preset")))
                        .get("source")).get("measures")).keySet());
            }
            ids.addAll(ExportFiles.map(source.get("measures")).keySet());
        }
        for (Object s : (List<?>) template.get("stages")) {
            for (Object k : (List<?>) ExportFiles.map(s).get("kpis")) {
                ids.add(String.valueOf(ExportFiles.map(k).get("id")));
            }
        }
        Set<String> oracleIds = oracle().get(folder).stream().map(r -> r[2]).filter(id -> !id.startsWith("_"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(oracleIds).as(folder).containsExactlyElementsOf(ids);
    }

    private static void checkValue(Results results, String id, int period, String value, String what) {
        double actual;
        if (results.data().measures().containsKey(id)) {
            actual = results.data().value(id, period);
        } else if (results.kpiValues().containsKey(id)) {
            actual = results.kpi(id, period);
        } else {
            throw new AssertionError(what + ": " + id + " is neither a measure nor a KPI of the results");
        }
        if (value.isEmpty()) {
            assertThat(actual).as(what + " should be blank").isNaN();
        } else {
            double e = Double.parseDouble(value);
            assertThat(actual).as(what).isCloseTo(e, within(Math.max(Math.abs(e) * 1e-9, 1e-12)));
        }
    }

    /** _rows:SOURCE, _counted:SOURCE (the source's summary) and _summary:SOURCE (rows skipped as totals). */
    private static void checkFact(Results results, String id, double value, String what) {
        String kind = id.substring(0, id.indexOf(':'));
        String source = id.substring(id.indexOf(':') + 1);
        Sourcing.Summary summary = results.data().sourcing().sources().stream().filter(s -> s.name().equals(source))
                .findFirst().orElseThrow(() -> new AssertionError(what + ": no source named " + source));
        switch (kind) {
            case "_rows" -> assertThat(summary.rows()).as(what + ": data rows read").isEqualTo((int) value);
            case "_counted" -> assertThat(summary.counted()).as(what + ": rows that met the filter").isEqualTo((int) value);
            // TODO(sources reader): the Summary has no count of the summary rows skipped; the note that
            // reports them is expected to name their number and the word "summary" (or "Total"). Adapt
            // to the note's wording, or to a field if one is added.
            case "_summary" -> assertThat(results.data().notes()).as(what + ": a note on the summary rows skipped")
                    .anySatisfy(n -> assertThat(n).contains(String.valueOf((int) value))
                            .containsAnyOf("summary", "Summary", "Total"));
            default -> fail(what + ": unknown fact " + kind);
        }
    }

    /** The oracle's rows per template, computed once: [template, period, id, value]. */
    private static synchronized Map<String, List<String[]>> oracle() {
        if (expected == null) {
            expected = new LinkedHashMap<>();
            for (String line : runOracle().split("\n")) {
                String[] f = line.split(",", -1);
                if (f.length == 4 && !f[0].equals("template")) {
                    expected.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
                }
            }
        }
        return expected;
    }

    private static String runOracle() {
        ProcessBuilder pb = new ProcessBuilder("python3", ORACLE.toString(), "--exports", REAL.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(ORACLE + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(ORACLE + " failed (exit " + p.exitValue() + ")");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("python3 is needed to run " + ORACLE + " (bin/test installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
