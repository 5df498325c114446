package dev.journeydash.brand;

import dev.journeydash.model.Logo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The logo guard: type by magic bytes, size from the header without decoding, the file and pixel limits. */
class LogoReaderTest {
    private static final Path P = Path.of("logo");

    @Test
    void aRealPngGivesItsTypeAndSizeFromItsHeader() throws Exception {
        Logo logo = LogoReader.check(P, Images.image("png", 256, 96));
        assertThat(logo.type()).isEqualTo(Logo.Type.PNG);
        assertThat(logo.width()).isEqualTo(256);
        assertThat(logo.height()).isEqualTo(96);
    }

    @Test
    void aRealJpegGivesItsTypeAndSizeFromItsFrameHeader() throws Exception {
        // ImageIO writes APP0 (JFIF), DQT and others before SOF0: the reader walks past them
        Logo logo = LogoReader.check(P, Images.image("jpg", 120, 45));
        assertThat(logo.type()).isEqualTo(Logo.Type.JPEG);
        assertThat(logo.width()).isEqualTo(120);
        assertThat(logo.height()).isEqualTo(45);
    }

    @Test
    void theLargestSideAllowedIsFourThousandPixels() throws Exception {
        assertThat(LogoReader.check(P, Images.pngHeader(4000, 1)).width()).isEqualTo(4000);
        assertThatThrownBy(() -> LogoReader.check(P, Images.pngHeader(1, 4001)))
                .hasMessage("the image is 1 x 4,001 pixels; a logo is at most 4,000 pixels a side");
    }

    @Test
    void aBombsHeaderIsRefusedWithoutReadingFurther() {
        assertThatThrownBy(() -> LogoReader.check(P, Images.pngHeader(40_000, 40_000)))
                .hasMessage("the image is 40,000 x 40,000 pixels; a logo is at most 4,000 pixels a side");
        // widths over 2^31 (the field is unsigned) do not wrap to a small or negative number
        assertThatThrownBy(() -> LogoReader.check(P, Images.pngHeader(0xFFFFFFFFL, 10)))
                .hasMessage("the image is 2,147,483,647 x 10 pixels; a logo is at most 4,000 pixels a side");
    }

    @Test
    void aZeroSizeIsRefused() {
        assertThatThrownBy(() -> LogoReader.check(P, Images.pngHeader(0, 10)))
                .hasMessage("the PNG header gives a size of 0 x 10 pixels");
    }

    @Test
    void aGifIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> LogoReader.check(Path.of("logo.png"), Images.image("gif", 10, 10)))
                .hasMessage("this is a GIF image; a logo must be a PNG or JPEG image");
    }

    @Test
    void unknownBytesAreQuotedInHex() {
        assertThatThrownBy(() -> LogoReader.check(P, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}))
                .hasMessage("the file starts with the bytes 00 01 02 03 04 05 06 07, not with a PNG's or a JPEG's "
                        + "signature; a logo must be a PNG or JPEG image");
    }

    @Test
    void truncatedHeadersAreRefused() {
        byte[] png = Images.image("png", 20, 20);
        assertThatThrownBy(() -> LogoReader.check(P, Images.cut(png, 20)))
                .hasMessage("the PNG header is cut short (20 bytes; a PNG starts with at least 33)");
        byte[] jpeg = Images.image("jpg", 20, 20);
        assertThatThrownBy(() -> LogoReader.check(P, Images.cut(jpeg, 3)))
                .hasMessage("the JPEG header is cut short: it ends before its frame header (SOFn marker)");
        assertThatThrownBy(() -> LogoReader.check(P, Images.cut(jpeg, 5)))
                .hasMessage("the JPEG header is cut short: it ends inside a marker segment");
    }

    @Test
    void aPngWhoseFirstChunkIsNotIhdrIsRefused() {
        byte[] png = Images.pngHeader(10, 10);
        png[12] = 'X';
        assertThatThrownBy(() -> LogoReader.check(P, png)).hasMessage("the PNG does not start with its IHDR chunk, as every PNG must");
    }

    @Test
    void aJpegWithoutAFrameHeaderIsRefused() {
        byte[] noFrame = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2};
        assertThatThrownBy(() -> LogoReader.check(P, noFrame))
                .hasMessage("the JPEG has no frame header (SOFn marker) before its image data");
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.png");
        byte[] bytes = new byte[LogoReader.MAX_BYTES + 1];
        System.arraycopy(Images.pngHeader(10, 10), 0, bytes, 0, 33);
        Files.write(big, bytes);
        var fields = new dev.journeydash.io.YamlFields("brand.yaml", 100);
        assertThat(LogoReader.read(big, "big.png", 4, fields)).isNull();
        assertThat(fields.problems()).singleElement().hasToString(
                "brand.yaml: line 4: logo \"big.png\": the file is 2,097,153 bytes; a logo is at most 2,097,152 bytes (2 MB)");
        Path exact = dir.resolve("exact.png");
        Files.write(exact, java.util.Arrays.copyOf(bytes, LogoReader.MAX_BYTES));
        assertThat(LogoReader.read(exact, "exact.png", 4, fields)).isNotNull();
    }
}
