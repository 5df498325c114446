package dev.journeydash.source.csv;

import dev.journeydash.io.TextFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/** The delimiter of a CSV file: the one of {@code , ; TAB |} that occurs most often outside quotes in the first non-blank line. */
final class Delimiter {
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    private Delimiter() { }

    /**
     * The delimiter of the first non-blank line of {@code input}, read ahead and then given back
     * (the reader is reset to where it was); ',' when no delimiter occurs, or when the line cannot
     * be read or decoded, in which case the reader is left where reading stopped and the parser
     * meets the error again (a decoding error at the end of the text then shows as the decoder's
     * state error: "not a readable CSV file: Current state = CODING_END, new state = CODING").
     */
    static char sniff(BufferedReader input) {
        try {
            input.mark(1 << 20);
            String line;
            String first = "";
            int read = 0;
            while ((line = input.readLine()) != null && read < (1 << 19)) {
                read += line.length() + 1;
                if (!line.isBlank()) {
                    first = line;
                    break;
                }
            }
            input.reset();
            return of(first);
        } catch (IOException | TextFile.MalformedTextException e) {
            return ',';
        }
    }

    /** The delimiter that occurs most often outside quotes in {@code line}; ',' when none does. */
    static char of(String line) {
        char best = ',';
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
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
