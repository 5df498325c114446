package dev.journeydash.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A brand's logo, checked before anything decodes it: its type read from its magic bytes, its size
 * in pixels from its header.
 *
 * @param path   the file as the brand names it, resolved against the brand's folder
 * @param bytes  the file's bytes (copied in and out)
 * @param type   PNG or JPEG, from the magic bytes, never from the extension
 * @param width  width in pixels, from the PNG IHDR chunk or the JPEG SOFn marker (1..4,000)
 * @param height height in pixels, likewise
 */
public record Logo(Path path, byte[] bytes, Type type, int width, int height) {
    /** The image types a logo may have. */
    public enum Type {
        PNG("image/png"), JPEG("image/jpeg");

        private final String mime;

        Type(String mime) {
            this.mime = mime;
        }

        /** The media type, for data: URIs. */
        public String mime() {
            return mime;
        }
    }

    public Logo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        bytes = bytes.clone();
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a logo has at least one pixel a side, not " + width + "x" + height);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo l && path.equals(l.path) && Arrays.equals(bytes, l.bytes) && type == l.type
                && width == l.width && height == l.height;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, Arrays.hashCode(bytes), type, width, height);
    }

    @Override
    public String toString() {
        return "Logo[" + path + ", " + type + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
