package dev.journeydash.source.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A fast reader of CSV records that keeps only the cells asked for: an export of 70 columns of
 * which a source reads five does not pay for the other 65. Quotes ({@code "a, b"},
 * {@code ""} inside), quoted line breaks, {@code \n}, {@code \r\n} and {@code \r} line ends,
 * like RFC 4180 and Commons CSV's default format; spaces around cells are kept (callers strip).
 * One record at a time; its 1-based line is where it starts.
 */
final class CsvScanner {
    private final Reader in;
    private final char delimiter;
    /** For each column index, its slot in {@link #cells}, or -1 when the column is not kept. */
    private int[] slotOf;
    /** Whether every cell is kept (the header), rather than the slots of {@link #slotOf}. */
    private boolean keepAll;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private int line = 1;
    /** The cell being read by {@link #slowField}. */
    private final StringBuilder cell = new StringBuilder(64);
    private String[] cells;
    private int count;
    private int recordLine;
    private boolean blank;

    /**
     * @param wanted the 0-based columns kept, or null to keep every cell
     * @param line   the 1-based line of the first character the reader gives
     */
    CsvScanner(Reader in, char delimiter, int[] wanted, int line) {
        this.in = in;
        this.delimiter = delimiter;
        this.line = line;
        this.keepAll = true;
        this.cells = new String[16];
        this.slotOf = new int[0];
        if (wanted != null) {
            keep(wanted);
        }
    }

    /** Keeps from now on the columns {@code wanted} (the header was read with all cells kept). */
    void keep(int[] wanted) {
        int max = Arrays.stream(wanted).max().orElse(-1);
        slotOf = new int[max + 1];
        Arrays.fill(slotOf, -1);
        for (int i = 0; i < wanted.length; i++) {
            slotOf[wanted[i]] = i;
        }
        cells = new String[wanted.length];
        keepAll = false;
    }

    /** Reads the next record; false at the end of the text. */
    boolean next() throws IOException {
        if (!fill()) {
            return false;
        }
        recordLine = line;
        count = 0;
        blank = true;
        if (!keepAll) {
            Arrays.fill(cells, "");
        }
        while (true) {
            int column = count;
            boolean wanted = keepAll || column < slotOf.length && slotOf[column] >= 0;
            int stop = field(wanted);
            count++;
            if (stop < 0) {
                return true;
            }
            if (stop == delimiter) {
                continue;
            }
            if (stop == '\r' && peek() == '\n') {
                pos++;
            }
            line++;
            return true;
        }
    }

    /**
     * Reads one cell, keeping it when {@code wanted}; returns the character that ended it (the
     * delimiter, a line end) or -1 at the end of the text. An unquoted cell inside the buffer is
     * taken in one piece; a quoted one, or one that runs past the buffer, character by character.
     */
    private int field(boolean wanted) throws IOException {
        int p = pos;
        int e = end;
        char[] b = buf;
        char d = delimiter;
        int start = p;
        while (p < e) {
            char ch = b[p];
            if (ch == d || ch == '\n' || ch == '\r') {
                if (wanted) {
                    store(count, new String(b, start, p - start));
                }
                if (blank) {
                    blank = isBlank(b, start, p);
                }
                pos = p + 1;
                return ch;
            }
            if (ch == '"') {
                break;
            }
            p++;
        }
        pos = start;
        return slowField(wanted);
    }

    private static boolean isBlank(char[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private int slowField(boolean wanted) throws IOException {
        boolean quoted = false;
        boolean atStart = true;
        cell.setLength(0);
        int c;
        while ((c = read()) >= 0) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    if (peek() == '"') {
                        read();
                        cell.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
                continue;
            }
            if (ch == '"' && atStart) {
                quoted = true;
                atStart = false;
                blank = false;
                continue;
            }
            if (ch == delimiter || ch == '\n' || ch == '\r') {
                break;
            }
            if (ch != ' ' && ch != '\t') {
                atStart = false;
                blank = false;
            }
            cell.append(ch);
        }
        if (wanted) {
            store(count, cell.toString());
        }
        return c;
    }

    private void store(int column, String value) {
        if (keepAll) {
            if (column == cells.length) {
                cells = Arrays.copyOf(cells, column * 2);
            }
            cells[column] = value;
        } else {
            cells[slotOf[column]] = value;
        }
    }

    /** The 1-based line where the record read last starts. */
    int line() {
        return recordLine;
    }

    /** Whether every cell of the record is blank. */
    boolean blank() {
        return blank;
    }

    /** The number of cells of the record. */
    int size() {
        return count;
    }

    /** With every cell kept: the record's cells. */
    java.util.List<String> all() {
        return java.util.List.of(Arrays.copyOf(cells, count));
    }

    /** The cell of kept slot {@code slot} (in the order of {@code wanted}); empty when the record is shorter. */
    String slot(int slot) {
        String s = cells[slot];
        return s == null ? "" : s;
    }

    private boolean fill() throws IOException {
        if (pos < end) {
            return true;
        }
        if (eof) {
            return false;
        }
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
            eof = true;
            end = 0;
            return false;
        }
        return true;
    }

    private int read() throws IOException {
        if (pos >= end && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos >= end && !fill()) {
            return -1;
        }
        return buf[pos];
    }
}
