package dev.journeydash.source.table;

import java.util.Arrays;

/** The values of one measure in a long input, in input order: each with its day and its segment key's number. */
final class LongObservations {
    private int n;
    private double[] values = new double[64];
    private int[] days = new int[64];
    private int[] keys = new int[64];

    void add(double value, int epochDay, int key) {
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
            days = Arrays.copyOf(days, n * 2);
            keys = Arrays.copyOf(keys, n * 2);
        }
        values[n] = value;
        days[n] = epochDay;
        keys[n] = key;
        n++;
    }

    int size() {
        return n;
    }

    /** The values, indexed by observation (the array may be longer than {@link #size()}). */
    double[] values() {
        return values;
    }

    /** The days, as epoch days, indexed by observation. */
    int[] days() {
        return days;
    }

    /** The segment keys' numbers, indexed by observation. */
    int[] keys() {
        return keys;
    }

    /** Each observation's period in {@code periods}. */
    int[] periodOf(Periods periods) {
        int[] periodOf = new int[n];
        for (int i = 0; i < n; i++) {
            periodOf[i] = periods.indexOf(days[i]);
        }
        return periodOf;
    }
}
