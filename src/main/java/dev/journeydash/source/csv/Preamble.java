package dev.journeydash.source.csv;

import dev.journeydash.model.InputException;
import dev.journeydash.model.KeptRows;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What comes before an export's header: comment lines ({@code # ...}), title lines ("Campaign
 * report", "All time") and blank lines. The header is the first line that holds every column the
 * source names, or the line after {@code skip} lines; its delimiter is the one of {@code , ; TAB |}
 * that splits it into those columns. A {@code # Start date: 20250101} comment gives the start of
 * columns that count weeks or days.
 *
 * @param skip      lines before the header
 * @param delimiter the header's delimiter
 * @param start     the last "Start date" comment above the header, or null
 * @param end       the last "End date" comment above the header, or null
 */
record Preamble(int skip, char delimiter, LocalDate start, LocalDate end) {
    /** Lines searched for the header. */
    static final int SEARCH_LINES = 200;
    private static final Pattern SPAN = Pattern.compile("#\\s*(Start|End) date:\\s*(\\d{8}|\\d{4}-\\d{2}-\\d{2})\\s*,*\\s*");
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    /**
     * Reads ahead in {@code input} (and resets it) to find the header.
     *
     * @param columns the columns the source names (the header must hold them all)
     * @param who     who names them, for messages: "the source names", "the preset \"shopify-orders\" expects"
     * @param skip    the lines above the header as the template gives them, or -1 to detect them
     * @throws InputException naming what was searched and what was found, when no line fits
     */
    static Preamble find(BufferedReader input, String file, List<String> columns, int skip, String who) throws InputException {
        List<String> lines = readAhead(input);
        Set<String> wanted = columns.stream().map(KeptRows::normalise).collect(Collectors.toSet());
        LocalDate start = null;
        LocalDate end = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = SPAN.matcher(line.strip());
            if (m.matches()) {
                LocalDate d = m.group(2).length() == 8 ? LocalDate.parse(m.group(2), DateTimeFormatter.BASIC_ISO_DATE)
                        : LocalDate.parse(m.group(2));
                if (m.group(1).equals("Start")) {
                    start = d;
                } else {
                    end = d;
                }
            }
            if (skip >= 0 && i != skip) {
                continue;
            }
            for (char d : DELIMITERS) {
                if (cells(line, d).containsAll(wanted)) {
                    return new Preamble(i, d, start, end);
                }
            }
            if (skip >= 0) {
                throw missing(file, i + 1, line, columns, skip);
            }
        }
        throw noHeader(file, lines, columns, who);
    }

    private static List<String> readAhead(BufferedReader input) throws InputException {
        List<String> lines = new ArrayList<>();
        try {
            input.mark(1 << 22);
            String line;
            int chars = 0;
            while (lines.size() < SEARCH_LINES && chars < (1 << 21) && (line = input.readLine()) != null) {
                lines.add(line);
                chars += line.length() + 1;
            }
            input.reset();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return lines;
    }

    /** The cells of {@code line} split at {@code d} outside quotes, normalised as headers are matched. */
    static Set<String> cells(String line, char d) {
        Set<String> out = new java.util.HashSet<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                out.add(KeptRows.normalise(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(KeptRows.normalise(cell.toString()));
        return out;
    }

    private static InputException missing(String file, int line, String text, List<String> columns, int skip) {
        return new InputException(new InputException.Problem(file, line, null, "after skip: " + skip + ", this line should be "
                + "the header with the columns " + quoted(columns) + ", but it is " + (text.isBlank() ? "blank"
                : InputException.quoted(text.strip())) + "; correct skip, or leave it out to find the header"));
    }

    private static InputException noHeader(String file, List<String> lines, List<String> columns, String who) {
        int bestLine = -1;
        char bestDelimiter = ',';
        int most = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (char d : DELIMITERS) {
                Set<String> have = cells(lines.get(i), d);
                int n = (int) columns.stream().filter(c -> have.contains(KeptRows.normalise(c))).count();
                if (n > most) {
                    most = n;
                    bestLine = i;
                    bestDelimiter = d;
                }
            }
        }
        if (bestLine >= 0) {
            Set<String> have = cells(lines.get(bestLine), bestDelimiter);
            List<String> lacking = columns.stream().filter(c -> !have.contains(KeptRows.normalise(c))).toList();
            return new InputException(new InputException.Problem(file, bestLine + 1, null, "the header has no column "
                    + quoted(lacking) + ", which " + who + "; the header's columns are: "
                    + String.join(", ", header(lines.get(bestLine), bestDelimiter))
                    + " (names are matched ignoring case, spaces and punctuation)"));
        }
        String first = lines.stream().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).findFirst().orElse("");
        return InputException.of(file, "no line of the first %d holds the columns %s (" + who + ")%s; name the "
                + "columns as the export's header does, or set skip: to the lines above the header",
                Math.min(SEARCH_LINES, lines.size()), quoted(columns), first.isEmpty() ? "" : " (the first line that is not a "
                + "comment is " + InputException.quoted(first.strip()) + ")");
    }

    /** The header's cells as written (stripped, quotes removed), for messages. */
    private static List<String> header(String line, char d) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out.stream().filter(h -> !h.isEmpty()).toList();
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    }
}
