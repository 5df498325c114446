package dev.journeydash.source.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows of a wide input, kept column by column in primitive arrays so that a million rows fit
 * in little memory: each row's day, one value per journey measure (NaN where blank) and one text
 * per text column (null where blank; equal texts share one string). Sorting hands the columns
 * over in date order and lets go of the unsorted ones.
 */
final class WideRows {
    /**
     * Rows a chunk holds (log 2): the columns grow a chunk at a time and are never copied; doubling
     * 15 measure columns of a million rows had old and new arrays, some 180 MB, live at once.
     */
    private static final int CHUNK_BITS = 13;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int IN_CHUNK = CHUNK - 1;

    private final Map<String, String> interned = new HashMap<>();
    private int n;
    /** The chunks in use; the arrays of chunks below have room for more. */
    private int chunks;
    private int[][] days = new int[16][];
    /** Per measure, its chunks. */
    private final double[][][] values;
    /** Per text column, its chunks. */
    private final String[][][] texts;

    WideRows(int measures, int textColumns) {
        values = new double[measures][16][];
        texts = new String[textColumns][16][];
    }

    int size() {
        return n;
    }

    /** Adds a row on {@code epochDay} with every measure blank; returns its 0-based index. */
    int add(int epochDay) {
        int i = n & IN_CHUNK;
        if (i == 0) {
            addChunk();
        }
        int c = n >>> CHUNK_BITS;
        days[c][i] = epochDay;
        for (double[][] column : values) {
            column[c][i] = Double.NaN;
        }
        return n++;
    }

    void value(int measure, int row, double value) {
        values[measure][row >>> CHUNK_BITS][row & IN_CHUNK] = value;
    }

    /** Sets a text cell; {@code text} is stripped, empty when blank. */
    void text(int column, int row, String text) {
        texts[column][row >>> CHUNK_BITS][row & IN_CHUNK] = text.isEmpty() ? null : interned.computeIfAbsent(text, k -> k);
    }

    /** The text of column {@code column} in row {@code row} (input order), null where blank. */
    String text(int column, int row) {
        return texts[column][row >>> CHUNK_BITS][row & IN_CHUNK];
    }

    int textColumns() {
        return texts.length;
    }

    private void addChunk() {
        if (chunks == days.length) {
            int size = chunks * 2;
            days = Arrays.copyOf(days, size);
            for (int m = 0; m < values.length; m++) {
                values[m] = Arrays.copyOf(values[m], size);
            }
            for (int e = 0; e < texts.length; e++) {
                texts[e] = Arrays.copyOf(texts[e], size);
            }
        }
        days[chunks] = new int[CHUNK];
        for (double[][] column : values) {
            column[chunks] = new double[CHUNK];
        }
        for (String[][] column : texts) {
            column[chunks] = new String[CHUNK];
        }
        chunks++;
    }

    private int day(int row) {
        return days[row >>> CHUNK_BITS][row & IN_CHUNK];
    }

    /** Row indexes sorted by date, rows of one date in input order. */
    int[] orderByDay() {
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = day(i - 1) <= day(i);
        }
        int[] order = new int[n];
        if (sorted) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) day(i) << 32) | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** The days in {@code order}; the unsorted days are let go. */
    int[] sortedDays(int[] order) {
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = day(order[i]);
        }
        days = null;
        return sorted;
    }

    /** Measure {@code m}'s values in {@code order}; the unsorted ones are let go. */
    double[] sortedValues(int m, int[] order) {
        double[] sorted = new double[n];
        double[][] column = values[m];
        for (int i = 0; i < n; i++) {
            int r = order[i];
            sorted[i] = column[r >>> CHUNK_BITS][r & IN_CHUNK];
        }
        values[m] = null;
        return sorted;
    }

    /** Every text column in {@code order}. */
    String[][] sortedTexts(int[] order) {
        String[][] sorted = new String[texts.length][];
        for (int e = 0; e < texts.length; e++) {
            sorted[e] = new String[n];
            for (int i = 0; i < n; i++) {
                sorted[e][i] = text(e, order[i]);
            }
        }
        return sorted;
    }
}
