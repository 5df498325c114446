package dev.journeydash.brand;

import dev.journeydash.ExpectedMessages;
import dev.journeydash.model.Brand;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Logo;
import dev.journeydash.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Brand files: every field, the defaults, and each broken file in src/test/resources/brand/invalid with its message. */
class BrandReaderTest {
    private static final String DIR = "src/test/resources/brand/";
    private static final String INVALID = DIR + "invalid/";

    /** The folder the fixtures' logos are in: real images made by ImageIO, and broken ones. */
    @TempDir
    static Path logos;

    @BeforeAll
    static void writeLogos() throws IOException {
        Files.write(logos.resolve("logo.png"), Images.image("png", 256, 96));
        Files.write(logos.resolve("logo.jpg"), Images.image("jpg", 300, 100));
        Files.write(logos.resolve("gif.png"), Images.image("gif", 16, 16));
        Files.write(logos.resolve("huge.png"), Images.pngHeader(40_000, 40_000));
        byte[] big = new byte[LogoReader.MAX_BYTES + 1];
        System.arraycopy(Images.pngHeader(10, 10), 0, big, 0, 33);
        Files.write(logos.resolve("big.png"), big);
        Files.write(logos.resolve("cut.png"), Images.cut(Images.image("png", 10, 10), 18));
        Files.write(logos.resolve("cut.jpg"), Images.cut(Images.image("jpg", 10, 10), 20));
        Files.write(logos.resolve("empty.png"), new byte[0]);
    }

    private static Brand parse(String file) throws InputException, IOException {
        return BrandLoader.parse(file, Files.readString(Path.of(file), StandardCharsets.UTF_8), logos);
    }

    @Test
    void everyFieldIsRead() throws Exception {
        Brand b = parse(DIR + "full.yaml");
        assertThat(b.client()).isEqualTo("Acme Store");
        assertThat(b.logo().type()).isEqualTo(Logo.Type.PNG);
        assertThat(b.logo().width()).isEqualTo(256);
        assertThat(b.logo().height()).isEqualTo(96);
        assertThat(b.logo().bytes()).isEqualTo(Files.readAllBytes(logos.resolve("logo.png")));
        assertThat(b.logo().path()).isEqualTo(logos.resolve("logo.png"));
        // written as "#RRGGBB" in any case, kept as six upper-case digits
        assertThat(new String[] {b.primary(), b.accent(), b.background(), b.good(), b.warn(), b.bad()})
                .containsExactly("112233", "AABBCC", "FAFAFA", "DDEEFF", "FFEEDD", "FFDDDD");
        assertThat(b.headingFont()).isEqualTo("Georgia");
        assertThat(b.bodyFont()).isEqualTo("Arial");
        assertThat(b.header()).isEqualTo("Acme & Co - internal");
        assertThat(b.footer()).isEqualTo("Prepared for Acme");
        assertThat(b.currency()).isEqualTo("€");
        assertThat(b.currencyPosition()).isEqualTo(Brand.CurrencyPosition.AFTER);
        assertThat(b.language()).isEqualTo("id");
        assertThat(b.folder()).isEqualTo(logos);
    }

    @Test
    void aBrandWithOnlyANameTakesEveryDefault() throws Exception {
        Brand b = parse(DIR + "minimal.yaml");
        Brand d = Brand.DEFAULT;
        assertThat(b.client()).isEqualTo("Corner Shop");
        assertThat(b.logo()).isNull();
        assertThat(b.currency()).isNull();
        assertThat(b.language()).isNull();
        assertThat(b).usingRecursiveComparison().ignoringFields("client", "folder").isEqualTo(d);
        assertThat(b.theme()).isEqualTo(Theme.DEFAULT);
    }

    @Test
    void colorsIsColoursAndAJpegLogoIsRead() throws Exception {
        Brand b = parse(DIR + "colors.yaml");
        assertThat(b.primary()).isEqualTo("0B6E4F");
        assertThat(b.logo().type()).isEqualTo(Logo.Type.JPEG);
        assertThat(b.logo().width()).isEqualTo(300);
        assertThat(b.logo().height()).isEqualTo(100);
    }

    @Test
    void theDefaultStatusColoursAreTheOkabeItoColoursOverWhite() {
        // blue 0072B2 at 20 %, orange E69F00 at 35 %, vermillion D55E00 at 45 %, each channel
        // share * c + (1 - share) * 255, worked by hand: e.g. 0.45 * 0x5E + 0.55 * 255 = 182.55 -> B7
        assertThat(Theme.DEFAULT.good()).isEqualTo("CCE3F0");
        assertThat(Theme.DEFAULT.warn()).isEqualTo("F6DDA6");
        assertThat(Theme.DEFAULT.bad()).isEqualTo("ECB78C");
        // black text on each at least 11:1 (WCAG contrast (L1 + 0.05) / (L2 + 0.05) with black's L = 0)
        for (String fill : new String[] {Theme.DEFAULT.good(), Theme.DEFAULT.warn(), Theme.DEFAULT.bad()}) {
            assertThat((Theme.luminance(fill) + 0.05) / 0.05).as(fill).isGreaterThan(11);
        }
    }

    @Test
    void aBrandGivesTheThemeTheRenderersUse() throws Exception {
        Theme t = parse(DIR + "full.yaml").theme();
        assertThat(t.primary()).isEqualTo("112233");
        assertThat(t.onPrimary()).isEqualTo("FFFFFF"); // white on a dark primary
        // the primary at 15 % over white: 0.15 * 0x11 + 0.85 * 255 = 219.3 -> DB; 0x22 -> 221.85 -> DE; 0x33 -> 224.4 -> E0
        assertThat(t.headerFill()).isEqualTo("DBDEE0");
        assertThat(t.headingFont()).isEqualTo("Georgia");
        assertThat(t.font()).isEqualTo("Arial");
        assertThat(t.background()).isEqualTo("FAFAFA");
    }

    @Test
    void aLightPrimaryGetsBlackText() {
        assertThat(Theme.of("A", "B", "F6DDA6", "000000", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF").onPrimary())
                .isEqualTo("000000");
    }

    @Test
    void theFileIsReadFromDiskWithItsFolder(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("logo.png"), Images.image("png", 40, 20));
        Path file = dir.resolve("brand.yaml");
        Files.writeString(file, "client: Disk\nlogo: logo.png\n");
        Brand b = BrandLoader.load(file);
        assertThat(b.logo().width()).isEqualTo(40);
        assertThat(b.folder()).isEqualTo(dir.toAbsolutePath());
        assertThatThrownBy(() -> BrandLoader.load(dir.resolve("nope.yaml")))
                .hasMessage(dir.resolve("nope.yaml") + ": the brand file does not exist");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void eachBrokenFileHasItsMessage(String name, String message) {
        String file = INVALID + name;
        assertThatThrownBy(() -> parse(file)).isInstanceOf(InputException.class)
                .hasMessage(message.replace("{folder}", logos.toString()));
    }

    @Test
    void everyBrokenFileHasAnExpectedMessage() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(INVALID))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
                    .containsExactlyInAnyOrderElementsOf(ExpectedMessages.of(Path.of(INVALID)).keySet());
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> invalid() {
        Map<String, String> expected = ExpectedMessages.of(Path.of(INVALID));
        return expected.entrySet().stream().map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()));
    }
}
