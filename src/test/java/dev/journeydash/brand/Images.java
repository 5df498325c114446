package dev.journeydash.brand;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

/** Test images: real ones written by ImageIO, and crafted headers that no encoder would write. */
final class Images {
    private Images() { }

    /** A real image of {@code width} x {@code height} in {@code format} ("png", "jpg", "gif"), drawn by ImageIO. */
    static byte[] image(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1F3A5F));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The 33 bytes a PNG starts with (signature and IHDR chunk, with a correct CRC) claiming
     * {@code width} x {@code height} pixels, then nothing: a decompression bomb's header in a few bytes.
     */
    static byte[] pngHeader(long width, long height) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.putInt(13);
        int start = b.position();
        b.put(new byte[] {'I', 'H', 'D', 'R'});
        b.putInt((int) width).putInt((int) height);
        b.put(new byte[] {8, 6, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(b.array(), start, 17);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The first {@code n} bytes of {@code bytes}. */
    static byte[] cut(byte[] bytes, int n) {
        return Arrays.copyOf(bytes, n);
    }
}
