package dev.journeydash.fuzz;

import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the CSV reader with the e-commerce journey: random text, random bytes, and the sample
 * data mutated line by line and character by character. Whatever the input, the reader returns
 * data or throws an InputException naming the file (see {@link Fuzz#check}).
 */
@AddLifecycleHook(FuzzSeed.class)
class DataSourcesFuzzTest {
    private static final String FILE = "fuzz.csv";
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);
    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("journeydash-fuzz-data");
    }

    @AfterContainer
    static void summary() throws IOException {
        Fuzz.printSummary("data.");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---- (a) random text and bytes --------------------------------------------------------------

    @Property(tries = 2500)
    void randomText(@ForAll("csvText") String text) {
        Fuzz.check("data.randomText", FILE, text, () -> DataSources.parse(FILE, text, Fuzz.ecommerce(), ReadOptions.DETECT));
    }

    @Property(tries = 1500)
    void randomBytesDecodedAsText(@ForAll("bytes") byte[] bytes, @ForAll("charsets") Charset charset,
                                  @ForAll("decimals") Decimal decimal) {
        String text = new String(bytes, charset);
        Fuzz.check("data.randomBytesDecodedAsText", FILE, text, () -> DataSources.parse(FILE, text, Fuzz.ecommerce(), options(decimal)));
    }

    // ---- (b) mutations of valid data ------------------------------------------------------------

    @Property(tries = 3000)
    void mutatedSample(@ForAll("bases") CsvBases base, @ForAll("csvMutations") List<CsvMutation> mutations,
                       @ForAll("decimals") Decimal decimal) {
        String text = CsvMutation.applyAll(base.text(), mutations);
        Fuzz.check("data.mutatedSample", FILE, base + " " + mutations + "\n" + text,
                () -> DataSources.parse(FILE, text, Fuzz.ecommerce(), options(decimal)));
    }

    /** The file path of the reader: byte-order marks, encodings, invalid UTF-8 and NUL bytes read from disk. */
    @Property(tries = 800)
    void mutatedSampleAsFile(@ForAll("bases") CsvBases base, @ForAll("csvMutations") List<CsvMutation> mutations,
                             @ForAll("encodings") int encoding, @ForAll("byteEdits") List<Tuple.Tuple2<Integer, byte[]>> edits)
            throws IOException {
        String text = CsvMutation.applyAll(base.text(), mutations);
        byte[] bytes = encode(text, encoding);
        for (Tuple.Tuple2<Integer, byte[]> e : edits) {
            int at = Math.floorMod(e.get1(), bytes.length + 1);
            byte[] out = new byte[bytes.length + e.get2().length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(e.get2(), 0, out, at, e.get2().length);
            System.arraycopy(bytes, at, out, at + e.get2().length, bytes.length - at);
            bytes = out;
        }
        Path file = dir.resolve("data.csv");
        Files.write(file, bytes);
        Fuzz.check("data.mutatedSampleAsFile", file.toString(), bytes,
                () -> DataSources.read(file, Fuzz.ecommerce(), ReadOptions.DETECT));
    }

    // ---- generators -----------------------------------------------------------------------------

    @Provide
    Arbitrary<String> csvText() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().ofMaxLength(400)),
                Tuple.of(2, Arbitraries.strings().withChars(Junk.CSV_ALPHABET.toCharArray()).ofMaxLength(1500)),
                Tuple.of(5, grammarCsv()));
    }

    /** CSV assembled from header names, periods and numbers, valid and not, with a random delimiter. */
    private static Arbitrary<String> grammarCsv() {
        List<String> names = new ArrayList<>(Junk.HEADERS);
        Fuzz.ecommerce().measures().forEach(m -> {
            names.add(m.id());
            names.add(m.label());
        });
        Arbitrary<String> header = Arbitraries.of(names).list().ofMinSize(0).ofMaxSize(25)
                .map(l -> {
                    List<String> h = new ArrayList<>(l);
                    h.add(0, "period");
                    return h;
                }).map(l -> String.join("\u0001", l));
        Arbitrary<String> period = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1990, 2040).flatMap(y -> Arbitraries.integers().between(1, 12)
                        .map(m -> String.format("%d-%02d", y, m)))),
                Tuple.of(2, Arbitraries.integers().between(0, 3000).map(d -> java.time.LocalDate.of(2023, 1, 1).plusDays(d).toString())),
                Tuple.of(2, Arbitraries.of(Junk.PERIODS)));
        Arbitrary<String> number = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(-1000, 1_000_000).map(String::valueOf)),
                Tuple.of(2, Arbitraries.doubles().map(String::valueOf)),
                Tuple.of(3, Arbitraries.of(Junk.NUMBERS)),
                Tuple.of(1, Arbitraries.of(Junk.SPECIAL)));
        Arbitrary<String> row = Combinators.combine(period, number.list().ofMaxSize(25))
                .as((p, cells) -> p + "\u0001" + String.join("\u0001", cells));
        Arbitrary<String> delimiter = Arbitraries.of(",", ";", "\t", "|", " ", ", ");
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(header, row.list().ofMaxSize(40), delimiter, newline)
                .as((h, rows, d, nl) -> (h + nl + String.join(nl, rows)).replace("\u0001", d));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(b -> {
                    byte[] head = CsvBases.WIDE.text().substring(0, 600).getBytes(StandardCharsets.UTF_8);
                    byte[] out = new byte[head.length + b.length];
                    System.arraycopy(head, 0, out, 0, head.length);
                    System.arraycopy(b, 0, out, head.length, b.length);
                    return out;
                })));
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(CHARSETS);
    }

    @Provide
    Arbitrary<Decimal> decimals() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Decimal.DETECT)), Tuple.of(1, Arbitraries.just(Decimal.POINT)),
                Tuple.of(1, Arbitraries.just(Decimal.COMMA)));
    }

    private static ReadOptions options(Decimal decimal) {
        return new ReadOptions(decimal, DateOrder.DETECT);
    }

    @Provide
    Arbitrary<CsvBases> bases() {
        return Arbitraries.of(CsvBases.class);
    }

    @Provide
    Arbitrary<List<CsvMutation>> csvMutations() {
        return CsvMutation.sequences();
    }

    @Provide
    Arbitrary<Integer> encodings() {
        return Arbitraries.integers().between(0, 5);
    }

    /** Byte strings that break decoders: invalid UTF-8, byte-order marks, NUL, lone UTF-16 halves. */
    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, byte[]>>> byteEdits() {
        Arbitrary<byte[]> nasty = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82},
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {0}, new byte[] {(byte) 0x81}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
                        new byte[] {0x00, (byte) 0xD8}, new byte[] {(byte) 0xD8, 0x00})),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)));
        return Combinators.combine(Arbitraries.integers().between(0, 1 << 20), nasty).as(Tuple::of).list().ofMaxSize(3);
    }

    /** 0 UTF-8, 1 UTF-8 with BOM, 2 UTF-16LE with BOM, 3 UTF-16BE with BOM, 4 Windows-1252, 5 UTF-16LE without BOM. */
    private static byte[] encode(String text, int encoding) {
        Charset cp1252 = Charset.forName("windows-1252");
        return switch (encoding) {
            case 0 -> text.getBytes(StandardCharsets.UTF_8);
            case 1 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case 2 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case 3 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case 4 -> text.getBytes(cp1252);
            default -> text.getBytes(StandardCharsets.UTF_16LE);
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
