package dev.journeydash.fuzz;

import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.compute.SegmentGroup;
import dev.journeydash.compute.SegmentSums;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.Journey;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.DataSources;
import dev.journeydash.template.TemplateLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fuzzes segments: random {@code segments:} values in a template, and random segment cells (unicode,
 * blanks, case and space variants, criteria characters {@code * ? ~ = <>}, very long text, many
 * values) in wide and long data, through template loading, reading and compute. Nothing but an
 * InputException naming the file may come out; and when the input is accepted, every summed measure
 * of All is the sum of the groups', every period, and the groups are at most {@code top} and Other.
 */
@AddLifecycleHook(FuzzSeed.class)
class SegmentsFuzzTest {
    private static final Path TEMPLATE = Path.of("src/test/resources/segments/journey.yaml");
    private static final String SEGMENTS_LINE = "segments: { column: channel, label: Channel, top: 2 }";
    private static final List<String> MEASURES = List.of("visitors", "orders", "revenue", "stock");
    private static final List<String> ODD = List.of("*", "?", "~", "~*", "=", "<>", "<>Email", "=Email", ">5", "<=3",
            "Em*il", "Em?il", "~Email", "\"q\"", "'", "-", "+1", "@x", "#N/A", "<script>alert(1)</script>", "&amp;",
            "日本", "😀", "é", "E\u0301", "\u00a0", "\u2028", "\t", "Email\u0000", "İstanbul", "ß", "SS");

    @AfterContainer
    static void summary() {
        Fuzz.printSummary("segments.");
    }

    /** A random {@code segments:} value in the fixture template: loading gives a journey or an InputException. */
    @Property(tries = 400)
    void randomSegmentsValue(@ForAll("segmentsValues") String value) {
        String text = Fuzz.read(TEMPLATE).replace(SEGMENTS_LINE, "segments: " + value);
        AtomicReference<Journey> journey = new AtomicReference<>();
        if (Fuzz.check("segments.template", "journey.yaml", text, () -> {
            journey.set(TemplateLoader.parse("journey.yaml", text));
            return journey.get();
        }) != Fuzz.Outcome.VALUE || !journey.get().segmentation().active()) {
            return;
        }
        computed("segments.templateThenData", journey.get(), wideCsv(List.of("A", "b", "B ", "", "c")), text);
    }

    /** Random segment cells in wide or long data, with a random top and by. */
    @Property(tries = 300)
    void randomCells(@ForAll("cellLists") List<String> cells, @ForAll("tops") int top,
                     @ForAll("measures") String by, @ForAll boolean longLayout) throws Exception {
        String text = Fuzz.read(TEMPLATE).replace(SEGMENTS_LINE, "segments: { column: channel, top: " + top + ", by: " + by + " }");
        Journey journey = TemplateLoader.parse("journey.yaml", text);
        String csv = longLayout ? longCsv(cells) : wideCsv(cells);
        computed("segments.cells." + (longLayout ? "long" : "wide"), journey, csv, "top " + top + ", by " + by + "\n" + csv);
    }

    private static void computed(String property, Journey journey, String csv, String input) {
        AtomicReference<Results> results = new AtomicReference<>();
        if (Fuzz.check(property, "fuzz.csv", input, () -> {
            DataSet data = DataSources.parse("fuzz.csv", csv, journey, ReadOptions.DETECT);
            results.set(Calculator.compute(journey, data));
            return results.get();
        }) == Fuzz.Outcome.VALUE) {
            checkGroups(results.get(), input);
        }
    }

    /** All = the sum of the groups for every summed measure and period; at most top groups and Other; members once. */
    private static void checkGroups(Results all, String input) {
        var seg = all.segments();
        int top = all.journey().segmentation().top();
        if (seg.groups().stream().filter(g -> !g.other()).count() > top) {
            throw new AssertionError("more than " + top + " groups besides Other on input:\n" + Fuzz.show(input));
        }
        Set<String> seen = new HashSet<>();
        for (SegmentGroup g : seg.groups()) {
            for (String m : g.members()) {
                if (!seen.add(m.strip().toLowerCase(java.util.Locale.ROOT))) {
                    throw new AssertionError("\"" + m + "\" in two groups on input:\n" + Fuzz.show(input));
                }
            }
        }
        String mismatch = SegmentSums.mismatch(all);
        if (mismatch != null) {
            throw new AssertionError(mismatch + " on input:\n" + Fuzz.show(input));
        }
    }

    // ---- generators ------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> segmentsValues() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("channel", "Channel", " CHANNEL ", "region", "visitors", "period", "")),
                Tuple.of(2, Arbitraries.of(ODD)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(30)),
                Tuple.of(1, Arbitraries.strings().withChars('x').ofMinLength(90).ofMaxLength(300)));
        Arbitrary<String> number = Arbitraries.of("0", "1", "2", "12", "30", "31", "-1", "2.5", "1e3", "NaN", ".inf", "x",
                "", "null", "[1]", "{a: 1}", "99999999999999999999");
        Arbitrary<String> mapping = Combinators.combine(word, word, number, Arbitraries.of(
                        "visitors", "orders", "revenue", "stock", "sessions", "", "Visitors", "*"), Arbitraries.integers().between(0, 15))
                .as((column, label, top, by, mask) -> {
                    StringBuilder sb = new StringBuilder("{ ");
                    if ((mask & 1) == 0) {
                        sb.append("column: ").append(q(column)).append(", ");
                    }
                    if ((mask & 2) == 0) {
                        sb.append("label: ").append(q(label)).append(", ");
                    }
                    if ((mask & 4) == 0) {
                        sb.append("top: ").append(top).append(", ");
                    }
                    if ((mask & 8) == 0) {
                        sb.append("by: ").append(q(by)).append(", ");
                    }
                    return sb.append("other: 1 }".substring(mask == 15 ? 0 : 10)).toString().replace(", }", " }");
                });
        return Arbitraries.frequencyOf(
                Tuple.of(2, word.map(SegmentsFuzzTest::q)),
                Tuple.of(4, mapping),
                Tuple.of(1, Arbitraries.of("[channel]", "~", "null", "{}", "&a x", "*a", "!!str x", "|\n  channel",
                        "{ column: [a] }", "{ column: { a: 1 } }", "'channel' # c", "\"\\u0000\"")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    }

    @Provide
    Arbitrary<List<String>> cellLists() {
        Arbitrary<String> base = Arbitraries.of("Email", "Social", "Direct", "Paid search");
        Arbitrary<String> variant = base.map(s -> s.toUpperCase(java.util.Locale.ROOT)).injectDuplicates(0.3);
        Arbitrary<String> cell = Arbitraries.frequencyOf(
                Tuple.of(4, base),
                Tuple.of(2, variant),
                Tuple.of(2, base.map(s -> "  " + s.toLowerCase(java.util.Locale.ROOT) + " ")),
                Tuple.of(2, Arbitraries.of("", " ", "  ")),
                Tuple.of(3, Arbitraries.of(ODD)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().withChars('y', 'Y', ' ').ofMinLength(200).ofMaxLength(5000)));
        Arbitrary<List<String>> few = cell.list().ofMinSize(1).ofMaxSize(40);
        Arbitrary<List<String>> many = Arbitraries.integers().between(900, 1100)
                .map(n -> java.util.stream.IntStream.range(0, n).mapToObj(i -> (i % 3 == 0 ? "V" : "v") + i / 2).toList());
        return Arbitraries.frequencyOf(Tuple.of(12, few), Tuple.of(1, many));
    }

    @Provide
    Arbitrary<Integer> tops() {
        return Arbitraries.integers().between(1, 30);
    }

    @Provide
    Arbitrary<String> measures() {
        return Arbitraries.of(MEASURES);
    }

    /** A row per cell, three months, a few blank numbers; the same numbers for the same row index. */
    private static String wideCsv(List<String> cells) {
        StringBuilder sb = new StringBuilder("period,channel,visitors,orders,revenue,stock\n");
        for (int i = 0; i < cells.size(); i++) {
            sb.append(date(i)).append(',').append(csv(cells.get(i)));
            for (int m = 0; m < MEASURES.size(); m++) {
                sb.append(',').append(number(i, m));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String longCsv(List<String> cells) {
        StringBuilder sb = new StringBuilder("period,measure,value,channel\n");
        for (int i = 0; i < cells.size(); i++) {
            for (int m = 0; m < MEASURES.size(); m++) {
                String v = number(i, m);
                if (!v.isEmpty()) {
                    sb.append(date(i)).append(',').append(MEASURES.get(m)).append(',').append(v).append(',')
                            .append(csv(cells.get(i))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String date(int i) {
        return String.format("2025-%02d-%02d", 1 + i % 3, 1 + (i * 7) % 28);
    }

    private static String number(int i, int m) {
        int h = (i * 31 + m * 17) % 23;
        return h == 5 ? "" : m == 2 ? (h * 13.25 + i) + "" : String.valueOf(h * 7 + i % 5);
    }

    private static String csv(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
