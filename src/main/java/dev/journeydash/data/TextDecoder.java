package dev.journeydash.data;

import dev.journeydash.model.InputException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** How to read a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252; and its delimiter. */
final class TextDecoder {
    private TextDecoder() { }

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
