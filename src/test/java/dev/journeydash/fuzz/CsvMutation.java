package dev.journeydash.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit of a CSV text. Positions are taken modulo the text's current size, so that any
 * sequence of edits applies to any text and jqwik can shrink a failing sequence edit by edit.
 */
record CsvMutation(Op op, int a, int b, String junk) {
    enum Op {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INSERT_TEXT, DELETE_RANGE, DELIMITER_ALL, DELIMITER_LINE, DELIMITER_ONE,
        TRUNCATE, REPLACE_NUMBER, REPLACE_PERIOD, REPLACE_HEADER, INSERT_QUOTE, INSERT_BOM, INSERT_NUL, LONG_FIELD,
        LINE_ENDINGS, BLANK_LINES, SWAP_COLUMNS, DELETE_COLUMN, ADD_COLUMN, QUOTE_CELL, REPLACE_CELL
    }

    private static final Pattern NUMBER = Pattern.compile("(?<=[,;\\t|])-?\\d[\\d.]*(?=[,;\\t|\\r\\n]|$)");
    private static final List<String> DELIMITERS = List.of(";", "\t", "|", " ", ",", ",,", "\",\"", ":");
    private static final List<String> ENDINGS = List.of("\r\n", "\r", "\n\n", "\n \n", "\u2028", "\u0085");

    static Arbitrary<CsvMutation> any() {
        return Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 1 << 20), Junk.any()).as(CsvMutation::new);
    }

    static Arbitrary<List<CsvMutation>> sequences() {
        return any().list().ofMinSize(1).ofMaxSize(6);
    }

    static String applyAll(String text, List<CsvMutation> mutations) {
        String t = text;
        for (CsvMutation m : mutations) {
            t = m.apply(t);
        }
        return t;
    }

    String apply(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        int line = a % n;
        int other = b % n;
        int pos = text.isEmpty() ? 0 : a % (text.length() + 1);
        switch (op) {
            case DELETE_LINE:
                lines.remove(line);
                return String.join("\n", lines);
            case DUPLICATE_LINE:
                lines.add(other, lines.get(line));
                return String.join("\n", lines);
            case SWAP_LINES: {
                String l = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, l);
                return String.join("\n", lines);
            }
            case INSERT_TEXT:
                return text.substring(0, pos) + junk + text.substring(pos);
            case DELETE_RANGE:
                return text.substring(0, pos) + text.substring(Math.min(text.length(), pos + 1 + b % 40));
            case DELIMITER_ALL:
                return text.replace(",", Junk.pick(DELIMITERS, b));
            case DELIMITER_LINE:
                lines.set(line, lines.get(line).replace(",", Junk.pick(DELIMITERS, b)));
                return String.join("\n", lines);
            case DELIMITER_ONE: {
                int comma = text.indexOf(',', pos);
                return comma < 0 ? text : text.substring(0, comma) + Junk.pick(DELIMITERS, b) + text.substring(comma + 1);
            }
            case TRUNCATE:
                return text.substring(0, pos);
            case REPLACE_NUMBER: {
                Matcher m = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return text;
                }
                int[] s = spans.get(a % spans.size());
                String replacement = b % 3 == 0 ? junk : Junk.pick(Junk.NUMBERS, b / 3);
                return text.substring(0, s[0]) + quoteIfNeeded(replacement, b) + text.substring(s[1]);
            }
            case REPLACE_PERIOD:
                return replaceCell(lines, Math.max(1, line), 0, b % 3 == 0 ? junk : Junk.pick(Junk.PERIODS, b / 3));
            case REPLACE_HEADER:
                return replaceCell(lines, 0, b, b % 3 == 0 ? junk : Junk.pick(Junk.HEADERS, b / 3));
            case REPLACE_CELL:
                return replaceCell(lines, line, b, junk);
            case INSERT_QUOTE:
                return text.substring(0, pos) + "\"" + text.substring(pos);
            case INSERT_BOM:
                return text.substring(0, b % 2 == 0 ? 0 : pos) + "\uFEFF" + text.substring(b % 2 == 0 ? 0 : pos);
            case INSERT_NUL:
                return text.substring(0, pos) + "\u0000" + text.substring(pos);
            case LONG_FIELD: {
                String filler = junk.isEmpty() ? "9" : junk;
                int length = 1 + b % 200_000;
                StringBuilder sb = new StringBuilder(length + filler.length());
                while (sb.length() < length) {
                    sb.append(filler);
                }
                return replaceCell(lines, line, a / 7, b % 2 == 0 ? sb.toString() : "\"" + sb.toString().replace("\"", "\"\"") + "\"");
            }
            case LINE_ENDINGS:
                return String.join(Junk.pick(ENDINGS, b), lines);
            case BLANK_LINES:
                lines.add(line, Junk.pick(List.of("", " ", "\t", ",,,", "\r", " , , "), b));
                return String.join("\n", lines);
            case SWAP_COLUMNS:
                return mapCells(lines, cells -> {
                    if (cells.size() > 1) {
                        int i = a % cells.size();
                        int j = b % cells.size();
                        String c = cells.get(i);
                        cells.set(i, cells.get(j));
                        cells.set(j, c);
                    }
                });
            case DELETE_COLUMN:
                return mapCells(lines, cells -> {
                    if (!cells.isEmpty()) {
                        cells.remove(b % cells.size());
                    }
                });
            case ADD_COLUMN: {
                int at = b;
                boolean[] first = {true};
                return mapCells(lines, cells -> {
                    cells.add(at % (cells.size() + 1), first[0] ? Junk.pick(Junk.HEADERS, a) : junk.replace(",", ""));
                    first[0] = false;
                });
            }
            case QUOTE_CELL: {
                List<String> cells = new ArrayList<>(Arrays.asList(lines.get(line).split(",", -1)));
                int c = b % cells.size();
                cells.set(c, "\"" + cells.get(c) + (a % 2 == 0 ? "," + junk : "\n" + junk).replace("\"", "\"\"") + "\"");
                lines.set(line, String.join(",", cells));
                return String.join("\n", lines);
            }
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    private static String quoteIfNeeded(String s, int b) {
        return (s.contains(",") || s.contains("\"")) && b % 2 == 0 ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String replaceCell(List<String> lines, int line, int column, String value) {
        if (line >= lines.size()) {
            return String.join("\n", lines);
        }
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(line).split(",", -1)));
        cells.set(column % cells.size(), value);
        lines.set(line, String.join(",", cells));
        return String.join("\n", lines);
    }

    private static String mapCells(List<String> lines, java.util.function.Consumer<List<String>> edit) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.isEmpty()) {
                out.add(l);
                continue;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(l.split(",", -1)));
            edit.accept(cells);
            out.add(String.join(",", cells));
        }
        return String.join("\n", out);
    }

    @Override
    public String toString() {
        return op + "(" + a + ", " + b + ", \"" + Fuzz.show(junk) + "\")";
    }
}
