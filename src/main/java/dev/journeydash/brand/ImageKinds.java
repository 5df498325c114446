package dev.journeydash.brand;

/** Names what a file that is not a PNG or JPEG is, from its first bytes, for the message that refuses it. */
final class ImageKinds {
    private ImageKinds() { }

    /** "this is a GIF image", "the file is empty", or the first bytes in hex. */
    static String describe(byte[] b) {
        if (b.length == 0) {
            return "the file is empty";
        }
        if (starts(b, "GIF8")) {
            return "this is a GIF image";
        }
        if (starts(b, "BM")) {
            return "this is a BMP image";
        }
        if (starts(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "this is a WebP image";
        }
        if (starts(b, "II*\0") || starts(b, "MM\0*")) {
            return "this is a TIFF image";
        }
        if (starts(b, "<svg") || starts(b, "<?xml")) {
            return "this is SVG or XML text";
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(8, b.length); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("%02X", b[i] & 0xFF));
        }
        return "the file starts with the bytes " + hex + ", not with a PNG's or a JPEG's signature";
    }

    private static boolean starts(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
