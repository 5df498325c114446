package dev.journeydash.source.table;

import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * A source's rows as read, column by column in primitive arrays: each row's day, line, numbers
 * (NaN where blank) and texts (empty where blank; equal texts share one string).
 */
final class SourceRows {
    /** Per text column: equal texts share one string, until a column has {@link #INTERNED} distinct ones. */
    private final List<Map<String, String>> interned = new java.util.ArrayList<>();
    /** Per text column, the text of the row before, shared when a row repeats it (the lines of one order). */
    private final String[] previous;
    private static final int INTERNED = 50_000;
    private int n;
    private int[] days = new int[1024];
    private int[] lines = new int[1024];
    private final double[][] numbers;
    private final String[][] texts;

    SourceRows(int numberColumns, int textColumns) {
        numbers = new double[numberColumns][1024];
        texts = new String[textColumns][1024];
        previous = new String[textColumns];
        for (int c = 0; c < textColumns; c++) {
            interned.add(new HashMap<>());
        }
    }

    int size() {
        return n;
    }

    void add(int line, int epochDay, double[] rowNumbers, String[] rowTexts) {
        if (n == days.length) {
            grow();
        }
        days[n] = epochDay;
        lines[n] = line;
        for (int c = 0; c < numbers.length; c++) {
            numbers[c][n] = rowNumbers[c];
        }
        for (int c = 0; c < texts.length; c++) {
            texts[c][n] = shared(c, rowTexts[c] == null ? "" : rowTexts[c]);
        }
        n++;
    }

    private String shared(int column, String t) {
        if (t.isEmpty()) {
            return "";
        }
        if (t.equals(previous[column])) {
            return previous[column];
        }
        Map<String, String> map = interned.get(column);
        String s = map.get(t);
        if (s == null) {
            s = t;
            if (map.size() < INTERNED) {
                map.put(t, t);
            }
        }
        previous[column] = s;
        return s;
    }

    private void grow() {
        int size = days.length * 2;
        days = Arrays.copyOf(days, size);
        lines = Arrays.copyOf(lines, size);
        for (int c = 0; c < numbers.length; c++) {
            numbers[c] = Arrays.copyOf(numbers[c], size);
        }
        for (int c = 0; c < texts.length; c++) {
            texts[c] = Arrays.copyOf(texts[c], size);
        }
    }

    /** Row indexes by date, rows of one date in input order. */
    int[] orderByDay() {
        long[] keys = new long[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) days[i] << 32) | i;
            sorted &= i == 0 || days[i - 1] <= days[i];
        }
        int[] order = new int[n];
        if (!sorted) {
            Arrays.sort(keys);
        }
        for (int i = 0; i < n; i++) {
            order[i] = sorted ? i : (int) keys[i];
        }
        return order;
    }

    int[] sortedDays(int[] order) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = days[order[i]];
        }
        return out;
    }

    int[] sortedLines(int[] order) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = lines[order[i]];
        }
        return out;
    }

    double[][] sortedNumbers(int[] order) {
        double[][] out = new double[numbers.length][n];
        for (int c = 0; c < numbers.length; c++) {
            for (int i = 0; i < n; i++) {
                out[c][i] = numbers[c][order[i]];
            }
            numbers[c] = null;
        }
        return out;
    }

    String[][] sortedTexts(int[] order) {
        String[][] out = new String[texts.length][n];
        for (int c = 0; c < texts.length; c++) {
            for (int i = 0; i < n; i++) {
                out[c][i] = texts[c][order[i]];
            }
            texts[c] = null;
        }
        return out;
    }
}
