package dev.journeydash.fuzz;

import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.DataSources;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the targets-file reader with the e-commerce journey: random text, targets assembled from
 * KPI ids, labels, periods and numbers valid and not, the corpus' base file mutated line by line
 * and cell by cell, and those mutations as bytes on disk. Whatever the input, the reader returns
 * target changes or throws an InputException naming the file (see {@link Fuzz#check}); and what it
 * returns can be applied to the journey.
 */
@AddLifecycleHook(FuzzSeed.class)
class TargetsFuzzTest {
    private static final String FILE = "targets.csv";
    private static final Path BASE = Path.of("src/test/resources/invalid/targets/valid-base.csv");
    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("journeydash-fuzz-targets");
    }

    @AfterContainer
    static void summary() throws IOException {
        Fuzz.printSummary("targets.");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 1500)
    void randomText(@ForAll("targetsText") String text, @ForAll("decimals") Decimal decimal) {
        Fuzz.check("targets.randomText", FILE, text, () -> applied(text, decimal));
    }

    @Property(tries = 1500)
    void mutatedBase(@ForAll("csvMutations") List<CsvMutation> mutations, @ForAll("decimals") Decimal decimal) {
        String text = CsvMutation.applyAll(Fuzz.read(BASE), mutations);
        Fuzz.check("targets.mutatedBase", FILE, mutations + "\n" + text, () -> applied(text, decimal));
    }

    @Property(tries = 300)
    void mutatedBaseAsFile(@ForAll("csvMutations") List<CsvMutation> mutations, @ForAll("prefixes") byte[] prefix)
            throws IOException {
        byte[] text = CsvMutation.applyAll(Fuzz.read(BASE), mutations).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + text.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(text, 0, bytes, prefix.length, text.length);
        Path file = dir.resolve("targets.csv");
        Files.write(file, bytes);
        Fuzz.check("targets.mutatedBaseAsFile", file.toString(), bytes,
                () -> Fuzz.ecommerce().withTargetChanges(DataSources.readTargets(file, Fuzz.ecommerce(), ReadOptions.DETECT)));
    }

    /** The changes read from {@code text}, applied to the journey (which checks their order and values once more). */
    private static Object applied(String text, Decimal decimal) throws Exception {
        return Fuzz.ecommerce().withTargetChanges(DataSources.parseTargets(FILE, text, Fuzz.ecommerce(),
                new ReadOptions(decimal, DateOrder.DETECT)));
    }

    @Provide
    Arbitrary<String> targetsText() {
        List<String> kpis = new ArrayList<>();
        for (Kpi k : Fuzz.ecommerce().kpis().toList()) {
            kpis.add(k.id());
            kpis.add(k.label());
        }
        List<String> names = new ArrayList<>(Junk.HEADERS);
        names.addAll(kpis);
        // mostly a few KPIs (readable files), sometimes any header cells
        Arbitrary<String> header = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(kpis).list().ofMaxSize(4)),
                Tuple.of(1, Arbitraries.of(names).list().ofMaxSize(18)))
                .map(l -> "period\u0001" + String.join("\u0001", l));
        Arbitrary<String> period = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1990, 2040).flatMap(y -> Arbitraries.integers().between(0, 13)
                        .map(m -> String.format("%d-%02d", y, m)))),
                Tuple.of(2, Arbitraries.integers().between(1, 60).map(w -> "2025-W" + w)),
                Tuple.of(1, Arbitraries.integers().between(0, 5).map(q -> "Q" + q + " 2025")),
                Tuple.of(2, Arbitraries.of(Junk.PERIODS)));
        Arbitrary<String> number = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(-2, 200).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("", "0", "-0", "1e308", "1e309", "NaN", "Infinity", "2,5%", "(3)", "\u20ac1.234,5")),
                Tuple.of(2, Arbitraries.of(Junk.NUMBERS)),
                Tuple.of(1, Arbitraries.of(Junk.SPECIAL)));
        Arbitrary<String> row = Combinators.combine(period, number.list().ofMaxSize(18))
                .as((p, cells) -> p + "\u0001" + String.join("\u0001", cells));
        Arbitrary<String> grammar = Combinators.combine(header, row.list().ofMaxSize(30), Arbitraries.of(",", ";", "\t", "|"),
                Arbitraries.of("\n", "\r\n"))
                .as((h, rows, d, nl) -> (h + nl + String.join(nl, rows)).replace("\u0001", d));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.strings().ofMaxLength(300)),
                Tuple.of(1, Arbitraries.strings().withChars(Junk.CSV_ALPHABET.toCharArray()).ofMaxLength(800)),
                Tuple.of(5, grammar));
    }

    @Provide
    Arbitrary<List<CsvMutation>> csvMutations() {
        return CsvMutation.sequences();
    }

    @Provide
    Arbitrary<Decimal> decimals() {
        return Arbitraries.of(Decimal.DETECT, Decimal.DETECT, Decimal.POINT, Decimal.COMMA);
    }

    @Provide
    Arbitrary<byte[]> prefixes() {
        return Arbitraries.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {0}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF});
    }
}
