package dev.journeydash.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Images drawn here pixel by pixel, so their colour counts are known without the code under test. */
class ScreenshotsTest {

    /** 200 x 100 white, with {@code stripes} 10 x 10 squares each in its own grey. */
    static byte[] png(int stripes) throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        for (int i = 0; i < stripes; i++) {
            g.setColor(new Color(i * 10, i * 10, i * 10));
            g.fillRect(i * 10, 0, 10, 10);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aWhitePageIsBlank() throws IOException {
        Screenshots.Census c = Screenshots.census(png(0));
        assertThat(c.distinctColours()).isEqualTo(1);
        assertThat(c.ink()).isZero();
        assertThat(c.background()).isEqualTo(0xffffffff);
        assertThat(c.blank()).isTrue();
        assertThatThrownBy(() -> Screenshots.assertNotBlank(png(0), "the white page"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("the white page looks blank: 200 x 100 px, 1 colours");
    }

    @Test
    void colourAndInkAreCounted() throws IOException {
        // 12 squares of 100 px each: 1,200 of 20,000 pixels, 6 %; 12 greys and the white
        Screenshots.Census c = Screenshots.census(png(12));
        assertThat(c.distinctColours()).isEqualTo(13);
        assertThat(c.ink()).isCloseTo(0.06, within(1e-12));
        assertThat(c.blank()).isFalse();
        Screenshots.assertNotBlank(png(12), "twelve squares");
    }

    @Test
    void tooFewColoursIsBlankEvenWithInk() throws IOException {
        // 6 squares: 3 % ink but 7 colours, below the 8 that text on a background gives
        assertThat(Screenshots.census(png(6)).blank()).isTrue();
    }

    @Test
    void notAnImageIsAnError() {
        assertThatThrownBy(() -> Screenshots.census(new byte[] {1, 2, 3}))
                .isInstanceOf(IOException.class).hasMessageContaining("3 bytes");
    }
}
