package dev.journeydash.fuzz;

import dev.journeydash.Journeydash;
import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.Journey;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.DataSources;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.xlsx.RenderOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Fuzzed but mostly valid input, end to end: generated templates (random labels, formulas,
 * targets, weights, periods) and data (zeros, negatives, huge and tiny numbers, text columns
 * with formula-like, very long and control-character text), and mutated samples, computed and
 * rendered to bytes. Reading may reject the input with an InputException naming the file;
 * rendering accepted input must never throw, and the bytes must open as a workbook.
 */
@AddLifecycleHook(FuzzSeed.class)
class PipelineFuzzTest {
    private static final List<String> MEASURES = List.of("sessions", "visitors", "engaged_sessions", "product_viewers",
            "add_to_carts", "checkouts", "payment_attempts", "payments_successful", "orders", "revenue", "active_customers",
            "customers_lost", "repeat_customers", "promoters", "detractors", "nps_responses", "referrals", "reviews");
    private static final List<String> TEXTS = List.of("=HYPERLINK(\"http://x\",\"click\")", "+SUM(1,1)", "-2+3", "@SUM(1)",
            "=cmd|' /C calc'!A0", "\tTab", "\rCR", "é ü ß 日本", "😀", "\"quoted\"", "'apostrophe", "a & b", "<b>xml</b>", "]]>",
            "&amp;", "\u0001\u0002\u0007\u001f", "\u007f", "\u2028", "\uFFFE", "\uFFFF", "_x0041_", "&P &N &A &\"Arial\"", "[red]",
            "#REF!", "Sheet1!A1", "'1 Awareness'!A1", "%", "");

    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        // POI's reader takes text columns of one repeated character (compressed 100:1) for a zip bomb
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.0001);
        dir = Files.createTempDirectory("journeydash-fuzz-pipeline");
    }

    @AfterContainer
    static void summary() throws IOException {
        Fuzz.printSummary("pipeline.");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---- properties -----------------------------------------------------------------------------

    /** Generated template and data, read from files as the CLI does, computed and rendered. */
    @Property(tries = 70)
    void generatedInputComputedAndRendered(@ForAll("templates") String template, @ForAll("data") String data,
                                           @ForAll("options") RenderOptions options) throws IOException {
        Path t = dir.resolve("template.yaml");
        Path d = dir.resolve("data.csv");
        Files.writeString(t, template, StandardCharsets.UTF_8);
        Files.writeString(d, data, StandardCharsets.UTF_8);
        String input = "template:\n" + template + "\ndata:\n" + data + "\noptions: " + options;
        AtomicReference<Results> results = new AtomicReference<>();
        Fuzz.Outcome o = Fuzz.check("pipeline.generatedInput.compute", List.of(t.toString(), d.toString()), input, () -> {
            try {
                TemplateLoader.load(t);
            } catch (dev.journeydash.model.InputException e) {
                throw new AssertionError("a generated template must be valid: " + e.getMessage(), e);
            }
            results.set(Journeydash.compute(dev.journeydash.Request.of(t, d)));
            return results.get();
        });
        if (o == Fuzz.Outcome.VALUE) {
            renderAndOpen("pipeline.generatedInput.render", results.get(), options, input);
        }
    }

    /** The e-commerce template mutated (formulas, numbers, labels, ...) with the sample data. */
    @Property(tries = 120)
    void mutatedTemplateWithSampleData(@ForAll("templateMutations") List<YamlMutation> mutations,
                                       @ForAll("options") RenderOptions options) {
        String text = YamlMutation.applyAll(Fuzz.read(Fuzz.ECOMMERCE_TEMPLATE), mutations);
        String input = mutations + "\n" + text;
        AtomicReference<Journey> journey = new AtomicReference<>();
        if (Fuzz.check("pipeline.mutatedTemplate.load", "fuzz.yaml", input,
                () -> {
                    journey.set(TemplateLoader.parse("fuzz.yaml", text));
                    return journey.get();
                }) != Fuzz.Outcome.VALUE) {
            return;
        }
        AtomicReference<Results> results = new AtomicReference<>();
        if (Fuzz.check("pipeline.mutatedTemplate.compute", "ecommerce.csv", input, () -> {
            DataSet data = DataSources.parse("ecommerce.csv", Fuzz.read(Fuzz.ECOMMERCE_DATA), journey.get(), ReadOptions.DETECT);
            results.set(Calculator.compute(journey.get(), data));
            return results.get();
        }) == Fuzz.Outcome.VALUE) {
            renderAndOpen("pipeline.mutatedTemplate.render", results.get(), options, input);
        }
    }

    /** The sample data mutated, where the reader accepts it, computed and rendered. */
    @Property(tries = 80)
    void mutatedDataRendered(@ForAll("bases") CsvBases base, @ForAll("csvMutations") List<CsvMutation> mutations,
                             @ForAll("options") RenderOptions options) {
        String text = CsvMutation.applyAll(base.text(), mutations);
        String input = base + " " + mutations + "\n" + text;
        AtomicReference<Results> results = new AtomicReference<>();
        if (Fuzz.check("pipeline.mutatedData.compute", "fuzz.csv", input, () -> {
            DataSet data = DataSources.parse("fuzz.csv", text, Fuzz.ecommerce(), ReadOptions.DETECT);
            results.set(Calculator.compute(Fuzz.ecommerce(), data));
            return results.get();
        }) == Fuzz.Outcome.VALUE) {
            renderAndOpen("pipeline.mutatedData.render", results.get(), options, input);
        }
    }

    /** Renders; any exception fails. Then the bytes must open in POI with the expected sheets. */
    private static void renderAndOpen(String property, Results results, RenderOptions options, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fuzz.check(property, "(render never throws)", input, () -> {
            Journeydash.render(results, options, out);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                int expected = 4 + results.journey().stages().size() + (results.data().raw() != null ? 1 : 0);
                if (wb.getNumberOfSheets() != expected) {
                    throw new AssertionError(wb.getNumberOfSheets() + " sheets, expected " + expected);
                }
            }
            return null;
        });
    }

    // ---- generators: templates ------------------------------------------------------------------

    /** Template text: short words, awkward strings, or (now and then) {@code longMin..longMax} characters. */
    private static Arbitrary<String> text(int longMin, int longMax) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().alpha().numeric().withChars(' ', '-', '\'', '&').ofMinLength(1).ofMaxLength(40)),
                Tuple.of(2, Arbitraries.of(TEXTS).filter(s -> !s.isBlank())),
                Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(60)),
                Tuple.of(1, Arbitraries.strings().withChars('x', ' ').ofMinLength(longMin).ofMaxLength(longMax)))
                .map(PipelineFuzzTest::xmlText).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> text = text(400, 500);
        Arbitrary<String> kpi = Combinators.combine(text, formula(3).filter(f -> f.length() <= 480), Arbitraries.of("integer", "number", "decimal", "percent",
                        "currency", "duration"), Arbitraries.of("higher", "lower"), positive(), Arbitraries.of("0.01", "0.5", "0.9", "0.99", "0.999999"),
                weight(), text)
                .as((label, f, format, better, target, amber, weight, description) -> "      - id: %s\n        label: " + q(label)
                        + "\n        formula: " + q(f) + "\n        format: " + format + "\n        better: " + better
                        + "\n        target: " + target + "\n        amber: " + amber + "\n        weight: " + weight
                        + "\n        description: " + q(description) + "\n        unit: " + q(label.length() > 10 ? label.substring(0, 10) : label) + "\n");
        // pain points: at most 10 a stage, of at most 200 characters
        Arbitrary<List<String>> painPoints = text(150, 200).filter(t -> t.strip().length() <= 200).list().ofMaxSize(10);
        Arbitrary<String> stage = Combinators.combine(text, text, text.list().ofMaxSize(5), painPoints, weight(),
                        kpi.list().ofMinSize(1).ofMaxSize(4))
                .as((name, description, touchpoints, pains, weight, kpis) -> {
                    StringBuilder sb = new StringBuilder("  - id: %s\n    name: " + q(name) + "\n    description: " + q(description)
                            + "\n    weight: " + weight + "\n    touchpoints: [");
                    for (int i = 0; i < touchpoints.size(); i++) {
                        sb.append(i > 0 ? ", " : "").append(q(touchpoints.get(i)));
                    }
                    sb.append("]\n");
                    if (!pains.isEmpty()) {
                        sb.append("    pain_points:\n");
                        pains.forEach(p -> sb.append("      - ").append(q(p)).append('\n'));
                    }
                    sb.append("    kpis:\n");
                    kpis.forEach(sb::append);
                    return sb.toString();
                });
        // measure labels head Data-table columns: at most 255 characters
        Arbitrary<String> measure = Combinators.combine(text(200, 255), Arbitraries.of("integer", "number", "decimal", "percent", "currency",
                "duration"), Arbitraries.of("sum", "average", "last"))
                .as((label, format, agg) -> "{ label: " + q(label) + ", format: " + format + ", aggregation: " + agg + " }");
        Arbitrary<List<String>> funnel = Arbitraries.of(MEASURES).list().ofMaxSize(6).uniqueElements();
        return Combinators.combine(text, text, text, Arbitraries.of("$", "€", "", "CHF", "\"", "'", "=1+1", "&"),
                        measure.list().ofSize(MEASURES.size()), stage.list().ofMinSize(1).ofMaxSize(5), funnel)
                .as((name, client, description, currency, measures, stages, funnelSteps) -> {
                    StringBuilder sb = new StringBuilder("name: " + q(name) + "\nclient: " + q(client) + "\ndescription: "
                            + q(description) + "\nperiod: month\ncurrency: " + q(currency) + "\nmeasures:\n");
                    for (int i = 0; i < MEASURES.size(); i++) {
                        sb.append("  ").append(MEASURES.get(i)).append(": ").append(measures.get(i)).append('\n');
                    }
                    sb.append("stages:\n");
                    int kpiNumber = 0;
                    for (int s = 0; s < stages.size(); s++) {
                        String st = stages.get(s).replaceFirst("%s", "stage_" + s);
                        while (st.contains("%s")) {
                            st = st.replaceFirst("%s", "kpi_" + kpiNumber++);
                        }
                        sb.append(st);
                    }
                    if (!funnelSteps.isEmpty()) {
                        sb.append("funnel:\n");
                        funnelSteps.forEach(m -> sb.append("  - ").append(m).append('\n'));
                    }
                    return sb.toString();
                });
    }

    /** A formula over the measures: numbers, + - * /, min, max, abs, round, if and prev. */
    private static Arbitrary<String> formula(int depth) {
        Arbitrary<String> leaf = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(MEASURES)),
                Tuple.of(2, Arbitraries.of("0", "1", "0.5", "100", "1e300", "1e-300", "123456789", "0.000001", "2")));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> formula(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf),
                Tuple.of(4, Combinators.combine(sub, Arbitraries.of("+", "-", "*", "/"), sub).as((a, op, b) -> "(" + a + " " + op + " " + b + ")")),
                Tuple.of(1, sub.map(a -> "-" + a)),
                Tuple.of(1, sub.map(a -> "prev(" + a + ")")),
                Tuple.of(1, sub.map(a -> "abs(" + a + ")")),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.integers().between(-12, 12)).as((a, d) -> "round(" + a + ", " + d + ")")),
                Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(4).map(l -> (l.size() % 2 == 0 ? "min(" : "max(") + String.join(", ", l) + ")")),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.of("=", "<>", "<", ">", "<=", ">="), sub, sub, sub)
                        .as((a, op, b, t, e) -> "if(" + a + " " + op + " " + b + ", " + t + ", " + e + ")")));
    }

    private static Arbitrary<String> positive() {
        return Arbitraries.of("1e-300", "0.000001", "0.02", "0.5", "1", "45000", "1e9", "1e300", "1.7976931348623157e308", "85", "3.14159");
    }

    private static Arbitrary<String> weight() {
        return Arbitraries.of("0.001", "0.5", "1", "2", "999.999", "1000", "1.5", "10%");
    }

    /** Without the characters a template may not hold (the loader rejects them: see YamlNodes). */
    private static String xmlText(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF
                && !(c >= 0xD800 && c <= 0xDFFF)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c) || c == '\uFEFF' || c >= '\uFFFE') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    // ---- generators: data -----------------------------------------------------------------------

    @Provide
    Arbitrary<String> data() {
        Arbitrary<String> number = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0, 1_000_000).map(String::valueOf)),
                Tuple.of(2, Arbitraries.just("0")),
                Tuple.of(1, Arbitraries.integers().between(-1_000_000, -1).map(String::valueOf)),
                Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6).map(d -> String.format(Locale.ROOT, "%.4f", d))),
                Tuple.of(1, Arbitraries.of("1e300", "-1e300", "1.7976931348623157E308", "4.9E-324", "1e-300", "123456789012345678",
                        "0.1", "-0", "\"1,234,567.89\"", "12.5%", "(42)", "$5", "")),
                Tuple.of(2, Arbitraries.just("")));
        // one data set in ten has one cell the reader must reject
        Arbitrary<String> poison = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("NaN", "nan", "Infinity", "-Infinity", "n/a", "-", "1e309")));
        Arbitrary<String> extraText = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(TEXTS)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(30)),
                Tuple.of(1, Arbitraries.integers().between(0, 100).map(String::valueOf)))
                // control characters are for the mutation properties: here they would reject most data sets
                .map(PipelineFuzzTest::xmlText);
        Arbitrary<String> extraHeader = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(TEXTS).filter(s -> !s.isBlank())),
                Tuple.of(2, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)),
                Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(20)))
                .map(PipelineFuzzTest::xmlText).filter(s -> !s.isBlank());
        Arbitrary<LocalDate> start = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(1990, 2040).map(y -> LocalDate.of(y, 1, 1))),
                Tuple.of(1, Arbitraries.of(LocalDate.of(1899, 6, 1), LocalDate.of(1900, 1, 1), LocalDate.of(1900, 3, 1),
                        LocalDate.of(9997, 1, 1), LocalDate.of(1000, 1, 1))));
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 36);
        Arbitrary<Integer> rowsPerPeriod = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(1)), Tuple.of(1, Arbitraries.integers().between(2, 4)));
        return Combinators.combine(start, months, rowsPerPeriod, extraHeader.list().ofMaxSize(2).uniqueElements(),
                        Arbitraries.randomValue(r -> r.nextLong()), number.list().ofSize(MEASURES.size() * 36 * 4),
                        extraText.list().ofSize(36 * 4 * 2), poison)
                .as((first, n, perPeriod, extras, seed, generated, generatedTexts, bad) -> {
                    List<String> values = new ArrayList<>(generated);
                    if (!bad.isEmpty()) {
                        values.set(Math.floorMod(seed, MEASURES.size() * n), bad);
                    }
                    List<String> texts = new ArrayList<>(generatedTexts);
                    if (Math.floorMod(seed, 8) == 0) {
                        // one data set in eight has a text around Excel's 32,767 characters a cell
                        texts.set(0, "x".repeat(32_000 + Math.floorMod(seed >> 3, 1500)));
                    }
                    java.util.Random random = new java.util.Random(seed);
                    List<String> columns = new ArrayList<>(MEASURES);
                    java.util.Collections.shuffle(columns, random);
                    StringBuilder sb = new StringBuilder(perPeriod > 1 ? "date" : "period");
                    columns.forEach(c -> sb.append(',').append(c));
                    extras.forEach(e -> sb.append(',').append(csv(e)));
                    sb.append('\n');
                    int v = 0;
                    int t = 0;
                    for (int p = 0; p < n; p++) {
                        LocalDate month = first.plusMonths(p);
                        for (int r = 0; r < perPeriod; r++) {
                            sb.append(perPeriod > 1 ? month.plusDays(r * 7L).toString() : month.toString().substring(0, month.toString().length() - 3));
                            for (int c = 0; c < columns.size(); c++) {
                                sb.append(',').append(values.get(v++));
                            }
                            for (int e = 0; e < extras.size(); e++) {
                                sb.append(',').append(csv(texts.get(t++)));
                            }
                            sb.append('\n');
                        }
                    }
                    return sb.toString();
                });
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Provide
    Arbitrary<RenderOptions> options() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 9), Arbitraries.longs().between(0, 253_402_300_799L))
                .as((ahead, compression, raw, date) -> RenderOptions.builder().periodsAhead(ahead).compression(compression)
                        .rawCompression(raw).documentDate(Instant.ofEpochSecond(date)).build());
    }

    @Provide
    Arbitrary<List<YamlMutation>> templateMutations() {
        // mostly formulas, numbers and text, which a template can get wrong and still load
        Arbitrary<YamlMutation> m = Combinators.combine(
                Arbitraries.of(YamlMutation.Op.REPLACE_FORMULA, YamlMutation.Op.REPLACE_FORMULA, YamlMutation.Op.REPLACE_SCALAR,
                        YamlMutation.Op.HUGE_NUMBER, YamlMutation.Op.DELETE_LINE, YamlMutation.Op.LONG_SCALAR,
                        YamlMutation.Op.DUPLICATE_LINE, YamlMutation.Op.ANCHOR_ALIAS, YamlMutation.Op.INSERT_TEXT),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(TEXTS)), Tuple.of(2, Arbitraries.of(YamlMutation.SCALARS)),
                        Tuple.of(1, Arbitraries.strings().ofMaxLength(20))))
                .as(YamlMutation::new);
        return m.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<CsvBases> bases() {
        return Arbitraries.of(CsvBases.class);
    }

    @Provide
    Arbitrary<List<CsvMutation>> csvMutations() {
        return CsvMutation.any().list().ofMinSize(1).ofMaxSize(2);
    }
}
