package dev.journeydash.report.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assertions;

/**
 * Tells a screenshot with something drawn on it from a blank one. The background is the most common
 * colour; a page shows content when enough pixels differ from it and there are several colours.
 */
public final class Screenshots {

    /** At least this many distinct colours (text anti-aliasing alone gives dozens). */
    public static final int MIN_COLOURS = 8;
    /** At least this share of the pixels differs from the background (0.2 %). */
    public static final double MIN_INK = 0.002;

    private Screenshots() {
    }

    /** What a PNG contains, counted over every pixel (alpha included in a colour). */
    public record Census(int width, int height, int distinctColours, int background, double ink) {
        public boolean blank() {
            return distinctColours < MIN_COLOURS || ink < MIN_INK;
        }

        @Override
        public String toString() {
            return String.format("%d x %d px, %d colours, background #%08x, %.2f %% other pixels",
                    width, height, distinctColours, background, ink * 100);
        }
    }

    /** Counts the colours of {@code png} and the share of pixels that are not the most common one. */
    public static Census census(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) throw new IOException("not an image ImageIO reads (" + png.length + " bytes)");
        int w = image.getWidth();
        int h = image.getHeight();
        Map<Integer, Integer> counts = new HashMap<>();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) counts.merge(argb, 1, Integer::sum);
        }
        Map.Entry<Integer, Integer> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        long total = (long) w * h;
        return new Census(w, h, counts.size(), most.getKey(), (total - most.getValue()) / (double) total);
    }

    /** Fails the test, saying what the image contains, when {@code png} is blank. */
    public static void assertNotBlank(byte[] png, String what) throws IOException {
        Census c = census(png);
        if (c.blank()) {
            Assertions.fail(what + " looks blank: " + c + " (want at least " + MIN_COLOURS + " colours and "
                    + MIN_INK * 100 + " % other pixels)");
        }
    }
}
