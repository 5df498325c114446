package dev.journeydash.brand;

import dev.journeydash.io.YamlFields;
import dev.journeydash.model.Logo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks a logo before anything decodes it, the guard against decompression bombs: the type from the
 * magic bytes (PNG or JPEG, whatever the extension), the file at most {@link #MAX_BYTES}, the pixel size
 * read from the header (PNG IHDR, JPEG SOFn) and at most {@link #MAX_SIDE} a side. The image data itself
 * is never read, so a file whose header lies is only ever embedded, never inflated.
 */
final class LogoReader {
    /** Largest logo file, in bytes (2 MB). */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Largest width or height, in pixels. */
    static final int MAX_SIDE = 4000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private LogoReader() { }

    /**
     * The logo at {@code path}, or null with a problem in {@code fields} on {@code line} (the brand's
     * {@code logo:} line) quoting {@code name} as the brand writes it.
     */
    static Logo read(Path path, String name, int line, YamlFields fields) {
        String ctx = "logo " + dev.journeydash.model.InputException.quoted(name) + ": ";
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) {
                fields.problem(line, ctx, Files.exists(path) ? "this is not a file" : "the file does not exist (looked for "
                        + path + ")");
                return null;
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                fields.problem(line, ctx, String.format("the file is %,d bytes; a logo is at most %,d bytes (2 MB)", size,
                        MAX_BYTES));
                return null;
            }
            bytes = readAtMost(path, MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            fields.problem(line, ctx, "the file does not exist (looked for " + path + ")");
            return null;
        } catch (IOException e) {
            fields.problem(line, ctx, "cannot read the file: " + e.getMessage());
            return null;
        }
        if (bytes.length > MAX_BYTES) { // it grew after it was measured
            fields.problem(line, ctx, String.format("the file is over %,d bytes; a logo is at most %,d bytes (2 MB)",
                    MAX_BYTES, MAX_BYTES));
            return null;
        }
        try {
            return check(path, bytes);
        } catch (Refused r) {
            fields.problem(line, ctx, r.getMessage());
            return null;
        }
    }

    /** The logo of {@code bytes}; {@link Refused} saying what was found and what the limit is. */
    static Logo check(Path path, byte[] bytes) throws Refused {
        int[] size;
        Logo.Type type;
        if (startsWith(bytes, PNG)) {
            type = Logo.Type.PNG;
            size = pngSize(bytes);
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            type = Logo.Type.JPEG;
            size = jpegSize(bytes);
        } else {
            throw new Refused(ImageKinds.describe(bytes) + "; a logo must be a PNG or JPEG image");
        }
        if (size[0] < 1 || size[1] < 1) {
            throw new Refused("the " + type + " header gives a size of " + size[0] + " x " + size[1] + " pixels");
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new Refused(String.format("the image is %,d x %,d pixels; a logo is at most %,d pixels a side", size[0],
                    size[1], MAX_SIDE));
        }
        return new Logo(path, bytes, type, size[0], size[1]);
    }

    /** Width and height from the IHDR chunk, which a PNG must start with (bytes 8..32). */
    private static int[] pngSize(byte[] b) throws Refused {
        if (b.length < 33) {
            throw new Refused("the PNG header is cut short (" + b.length + " bytes; a PNG starts with at least 33)");
        }
        if (int32(b, 8) != 13 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw new Refused("the PNG does not start with its IHDR chunk, as every PNG must");
        }
        long w = int32(b, 16) & 0xFFFFFFFFL;
        long h = int32(b, 20) & 0xFFFFFFFFL;
        return new int[] {(int) Math.min(w, Integer.MAX_VALUE), (int) Math.min(h, Integer.MAX_VALUE)};
    }

    /**
     * Width and height from the first start-of-frame marker (SOF0..SOF15 but DHT, JPG and DAC), found by
     * walking the marker segments from the start; the scan data after SOS is never read.
     */
    private static int[] jpegSize(byte[] b) throws Refused {
        int i = 2;
        while (true) {
            if (i >= b.length) {
                throw new Refused("the JPEG header is cut short: it ends before its frame header (SOFn marker)");
            }
            if ((b[i] & 0xFF) != 0xFF) {
                throw new Refused(String.format("the JPEG header is damaged: byte %,d is 0x%02X where a marker should be",
                        i, b[i] & 0xFF));
            }
            while (i < b.length && (b[i] & 0xFF) == 0xFF) {
                i++; // fill bytes
            }
            if (i >= b.length) {
                continue;
            }
            int marker = b[i++] & 0xFF;
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                continue; // markers without a length
            }
            if (marker == 0xD9 || marker == 0xDA) {
                throw new Refused("the JPEG has no frame header (SOFn marker) before its image data");
            }
            if (i + 2 > b.length) {
                throw new Refused("the JPEG header is cut short: it ends inside a marker segment");
            }
            int length = ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
            if (length < 2) {
                throw new Refused(String.format("the JPEG header is damaged: a marker segment at byte %,d has length %d", i,
                        length));
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (length < 7 || i + 7 > b.length) {
                    throw new Refused("the JPEG header is cut short: its frame header (SOFn marker) is incomplete");
                }
                int h = ((b[i + 3] & 0xFF) << 8) | (b[i + 4] & 0xFF);
                int w = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                return new int[] {w, h};
            }
            i += length;
        }
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAtMost(Path path, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(limit);
        }
    }

    /** A logo refused, with what was found and the limit. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
