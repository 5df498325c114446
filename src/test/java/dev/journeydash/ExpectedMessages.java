package dev.journeydash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code expected.tsv} of a corpus folder: one line per case, {@code file name<TAB>message},
 * where {@code \n} stands for a line break (one problem per line), {@code \t} for a tab and
 * {@code \\} for a backslash (see {@code src/test/resources/invalid/README.md}).
 */
public final class ExpectedMessages {
    private ExpectedMessages() { }

    /** File name to message, in file order. */
    public static Map<String, String> of(Path folder) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(folder.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? System.lineSeparator() : n == 't' ? "\t" : String.valueOf(n));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
