package dev.journeydash.fuzz;

import dev.journeydash.brand.BrandLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the brand reader: brand files mutated (lines deleted or re-indented, scalars replaced by junk,
 * anchors, tags, deep nesting) and logos whose bytes are mutated (bytes flipped, the file cut short, the
 * header's size fields rewritten, signatures swapped). Whatever the input, the reader returns a brand
 * or throws an InputException naming the brand file; it never decodes an image.
 */
@AddLifecycleHook(FuzzSeed.class)
class BrandFuzzTest {
    private static final String FILE = "fuzz-brand.yaml";
    static final List<Path> BASES = List.of(Path.of("templates/examples/brand/brand.yaml"),
            Path.of("src/test/resources/brand/full.yaml"), Path.of("src/test/resources/brand/colors.yaml"));
    private static Path dir;
    private static byte[] png;
    private static byte[] jpeg;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("journeydash-fuzz-brand");
        png = image("png");
        jpeg = image("jpg");
        Files.write(dir.resolve("logo.png"), png);
        Files.write(dir.resolve("logo.jpg"), jpeg);
    }

    @AfterContainer
    static void summary() throws IOException {
        Fuzz.printSummary("brand.");
        Fuzz.deleteTree(dir);
    }

    @Property(tries = 2000)
    void mutatedBrand(@ForAll("bases") Path base, @ForAll("mutations") List<YamlMutation> mutations) {
        String text = YamlMutation.applyAll(Fuzz.read(base), mutations);
        Fuzz.check("brand.mutatedBrand", FILE, base + " " + mutations + "\n" + text, () -> BrandLoader.parse(FILE, text, dir));
    }

    @Property(tries = 1500)
    void mutatedLogo(@ForAll boolean jpg, @ForAll("edits") List<Tuple.Tuple2<Integer, Integer>> edits, @ForAll int cut) {
        byte[] bytes = (jpg ? jpeg : png).clone();
        for (var e : edits) {
            // most edits in the header, where the reader looks
            int at = Math.floorMod(e.get1(), Math.min(bytes.length, e.get1() % 3 == 0 ? bytes.length : 40));
            bytes[at] = (byte) (int) e.get2();
        }
        if (cut % 4 == 0) {
            bytes = java.util.Arrays.copyOf(bytes, Math.floorMod(cut, bytes.length + 1));
        }
        byte[] logo = bytes;
        Path file = dir.resolve("mutated.png");
        Path brand = dir.resolve("brand.yaml");
        try {
            Files.write(file, logo);
            Files.writeString(brand, "client: Fuzz\nlogo: mutated.png\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Fuzz.check("brand.mutatedLogo", brand.toString(), logo, () -> BrandLoader.load(brand));
    }

    @Property(tries = 300)
    void randomLogoBytes(@ForAll("bytes") byte[] logo) throws IOException {
        Files.write(dir.resolve("random.png"), logo);
        String text = "logo: random.png\n";
        Fuzz.check("brand.randomLogoBytes", FILE, logo, () -> BrandLoader.parse(FILE, text, dir));
    }

    @Provide
    Arbitrary<Path> bases() {
        return Arbitraries.of(BASES);
    }

    @Provide
    Arbitrary<List<YamlMutation>> mutations() {
        return YamlMutation.sequences();
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> edits() {
        Arbitrary<Integer> values = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(0, 255)),
                Tuple.of(1, Arbitraries.of(0x00, 0xFF, 0xC0, 0xC2, 0xDA, 0xD9, 0xD8, 0x7F, 0x80)));
        return Arbitraries.integers().greaterOrEqual(0).flatMap(at -> values.map(v -> Tuple.of(at, v))).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(64)),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(60).map(b -> prefixed(new byte[] {
                    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, b))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(60).map(b -> prefixed(new byte[] {
                    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, b))));
    }

    private static byte[] prefixed(byte[] prefix, byte[] rest) {
        byte[] out = java.util.Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, out, prefix.length, rest.length);
        return out;
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(64, 24, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
