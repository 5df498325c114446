package dev.journeydash.report.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.journeydash.report.chart.ChartRendererTest.funnel;
import static dev.journeydash.report.chart.ChartRendererTest.trend;
import static org.assertj.core.api.Assertions.assertThat;

/** The bytes: equal specs give equal SVG and PNG; the PNG's size, resolution and chunks (no time, no text). */
class ChartBytesTest {
    @ParameterizedTest
    @MethodSource("dev.journeydash.report.chart.ChartRendererTest#everyKind")
    void equalSpecsGiveEqualBytes(ChartSpec spec) {
        ChartSpec again = new ChartSpec(spec.kind(), spec.title(), new ArrayList<>(spec.categories()),
                new ArrayList<>(spec.series()), spec.format(), spec.max(), spec.width(), spec.height(), spec.fontFamily(),
                spec.locale());

        assertThat(ChartRenderer.svg(again)).isEqualTo(ChartRenderer.svg(spec));
        assertThat(ChartRenderer.png(again, 2)).isEqualTo(ChartRenderer.png(spec, 2));
    }

    @Test
    void aPngForSlidesIsTwiceTheSizeWithItsResolutionAndNoTimeOrText() throws Exception {
        byte[] png = ChartRenderer.png(trend(), 2);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(640);
        assertThat(chunks(png)).containsOnly("IHDR", "pHYs", "IDAT", "IEND");
        ByteBuffer phys = chunk(png, "pHYs");
        // 192 dpi = 192 / 0.0254 pixels per metre
        assertThat(phys.getInt()).isEqualTo(7559);
        assertThat(phys.getInt()).isEqualTo(7559);
        assertThat(phys.get()).as("unit: metre").isEqualTo((byte) 1);
    }

    @Test
    void aPngIsWhiteAtItsCorner() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(funnel(), 1)));

        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getWidth()).isEqualTo(640);
    }

    static List<String> chunks(byte[] png) {
        List<String> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            out.add(new String(type, StandardCharsets.US_ASCII));
            b.position(b.position() + length + 4);
        }
        return out;
    }

    static ByteBuffer chunk(byte[] png, String wanted) {
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            if (new String(type, StandardCharsets.US_ASCII).equals(wanted)) {
                return ByteBuffer.wrap(png, b.position(), length);
            }
            b.position(b.position() + length + 4);
        }
        throw new AssertionError("no " + wanted + " chunk");
    }

}
