package dev.journeydash.data;

import dev.journeydash.model.InputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252. */
final class TextDecoder {
    private TextDecoder() { }

    /** The decoded text and a note on the encoding when it was not plain UTF-8 (else null). */
    record Decoded(String text, String note) { }

    static Decoded decode(String file, byte[] b) throws InputException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(strict(file, b, 3, StandardCharsets.UTF_8), null);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(strict(file, b, 2, StandardCharsets.UTF_16LE), file + ": read as UTF-16 (little-endian)");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(strict(file, b, 2, StandardCharsets.UTF_16BE), file + ": read as UTF-16 (big-endian)");
        }
        int scan = Math.min(b.length, 1 << 16);
        for (int i = 0; i < scan; i++) {
            if (b[i] == 0) {
                throw InputException.of(file, "this is not a text file (it contains NUL bytes at byte %d); "
                        + "expected a CSV file in UTF-8, UTF-16 with a byte-order mark, or Windows-1252", i + 1);
            }
        }
        try {
            return new Decoded(decodeStrict(b, 0, StandardCharsets.UTF_8), null);
        } catch (CharacterCodingException e) {
            Charset cp1252 = Charset.forName("windows-1252");
            return new Decoded(new String(b, cp1252), file + ": not valid UTF-8, read as Windows-1252");
        }
    }

    private static String strict(String file, byte[] b, int offset, Charset cs) throws InputException {
        try {
            return decodeStrict(b, offset, cs);
        } catch (CharacterCodingException e) {
            throw InputException.of(file, "the file starts with a %s byte-order mark but is not valid %s", cs.name(), cs.name());
        }
    }

    private static String decodeStrict(byte[] b, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    }

    /** How to read a file as text: its charset, the byte-order mark to skip, and a note for the user (or null). */
    record Encoding(Charset charset, int skip, String note) { }

    /**
     * The encoding of a file judged from its first bytes: a byte-order mark, or UTF-8. Rejects
     * binary files. Whether the rest is valid UTF-8 shows while reading.
     */
    static Encoding sniff(String file, byte[] head, int length) throws InputException {
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3, null);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, file + ": read as UTF-16 (little-endian)");
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, file + ": read as UTF-16 (big-endian)");
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                throw InputException.of(file, "this is not a text file (it contains NUL bytes at byte %d); "
                        + "expected a CSV file in UTF-8, UTF-16 with a byte-order mark, or Windows-1252", i + 1);
            }
        }
        return new Encoding(StandardCharsets.UTF_8, 0, null);
    }

    /** The Windows-1252 fallback for a file that turned out not to be UTF-8. */
    static Encoding windows1252(String file) {
        return new Encoding(Charset.forName("windows-1252"), 0, file + ": not valid UTF-8, read as Windows-1252");
    }

    static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    /** The delimiter that occurs most often outside quotes in the first non-blank line; ',' when none does. */
    static char sniffDelimiter(String text) {
        int start = 0;
        int end;
        do {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                break;
            }
            start = end + 1;
        } while (start < text.length());
        String header = start < end ? text.substring(start, end) : "";
        char best = ',';
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < header.length(); i++) {
                char c = header.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == d && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }
}
