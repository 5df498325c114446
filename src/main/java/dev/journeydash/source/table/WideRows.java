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
    private final Map<String, String> interned = new HashMap<>();
    private int n;
    private int[] days = new int[1024];
    private final double[][] values;
    private final String[][] texts;

    WideRows(int measures, int textColumns) {
        values = new double[measures][1024];
        texts = new String[textColumns][1024];
    }

    int size() {
        return n;
    }

    /** Adds a row on {@code epochDay} with every measure blank; returns its 0-based index. */
    int add(int epochDay) {
        if (n == days.length) {
            grow();
        }
        days[n] = epochDay;
        for (double[] column : values) {
            column[n] = Double.NaN;
        }
        return n++;
    }

    void value(int measure, int row, double value) {
        values[measure][row] = value;
    }

    /** Sets a text cell; {@code text} is stripped, empty when blank. */
    void text(int column, int row, String text) {
        texts[column][row] = text.isEmpty() ? null : interned.computeIfAbsent(text, k -> k);
    }

    /** The text of column {@code column} in row {@code row} (input order), null where blank. */
    String text(int column, int row) {
        return texts[column][row];
    }

    int textColumns() {
        return texts.length;
    }

    private void grow() {
        int size = days.length * 2;
        days = Arrays.copyOf(days, size);
        for (int m = 0; m < values.length; m++) {
            values[m] = Arrays.copyOf(values[m], size);
        }
        for (int e = 0; e < texts.length; e++) {
            texts[e] = Arrays.copyOf(texts[e], size);
        }
    }

    /** Row indexes sorted by date, rows of one date in input order. */
    int[] orderByDay() {
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = days[i - 1] <= days[i];
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
            keys[i] = ((long) days[i] << 32) | i;
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
            sorted[i] = days[order[i]];
        }
        days = null;
        return sorted;
    }

    /** Measure {@code m}'s values in {@code order}; the unsorted ones are let go. */
    double[] sortedValues(int m, int[] order) {
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = values[m][order[i]];
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
                sorted[e][i] = texts[e][order[i]];
            }
        }
        return sorted;
    }
}
