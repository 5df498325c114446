package dev.journeydash.source.table;

import dev.journeydash.model.Measure;

import java.util.stream.IntStream;

/**
 * The one aggregation of a measure's observations (a value and a day each; NaN for a blank
 * cell) into one value per group, a group being a period or a segment's period: the sum or the
 * average of the values that are not blank, or the value of the latest observation (the greatest
 * day, of equal days the later observation, blank or not). A group without observations, and a
 * sum or average without a value, is NaN.
 *
 * <p>Sums add in observation order. Wide and raw rows come sorted by date (rows of one date in
 * input order), as the workbook's SUMIFS and AVERAGEIFS over the raw rows add them; long rows
 * come in input order. Long rows hold only present values, so their latest observation is the
 * latest value.
 */
final class Aggregator {
    private Aggregator() { }

    /** How an average adds its values up. */
    enum Averaging {
        /** Left to right, as the workbook's AVERAGEIFS over raw rows. */
        PLAIN,
        /** With {@link java.util.stream.DoubleStream#sum()}'s compensated summation, as long-layout averages always were. */
        COMPENSATED
    }

    /**
     * The observations of each group, in observation order: those of group {@code g} are
     * {@code order[start[g]] .. order[start[g + 1] - 1]}.
     */
    record Groups(int[] order, int[] start) {
        /** Groups observation {@code i} (of {@code n}) into group {@code groupOf[i]} (of {@code groups}), keeping their order. */
        static Groups of(int[] groupOf, int n, int groups) {
            int[] start = new int[groups + 1];
            for (int i = 0; i < n; i++) {
                start[groupOf[i] + 1]++;
            }
            for (int g = 0; g < groups; g++) {
                start[g + 1] += start[g];
            }
            int[] next = java.util.Arrays.copyOf(start, groups);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[next[groupOf[i]]++] = i;
            }
            return new Groups(order, start);
        }

        int size() {
            return start.length - 1;
        }
    }

    /** One value per group of {@code groups}, from {@code values} and {@code days} indexed by observation. */
    static double[] aggregate(Measure.Aggregation how, double[] values, int[] days, Groups groups, Averaging averaging) {
        double[] out = new double[groups.size()];
        for (int g = 0; g < out.length; g++) {
            int from = groups.start()[g];
            int to = groups.start()[g + 1];
            out[g] = from == to ? Double.NaN : switch (how) {
                case SUM -> sum(values, groups.order(), from, to);
                case AVERAGE -> average(values, groups.order(), from, to, averaging);
                case LAST -> last(values, days, groups.order(), from, to);
            };
        }
        return out;
    }

    private static double sum(double[] values, int[] order, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int k = from; k < to; k++) {
            double v = values[order[k]];
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum;
    }

    private static double average(double[] values, int[] order, int from, int to, Averaging averaging) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (!Double.isNaN(values[order[k]])) {
                count++;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        double sum = averaging == Averaging.PLAIN ? sum(values, order, from, to)
                : IntStream.range(from, to).mapToDouble(k -> values[order[k]]).filter(v -> !Double.isNaN(v)).sum();
        return sum / count;
    }

    private static double last(double[] values, int[] days, int[] order, int from, int to) {
        int best = order[from];
        for (int k = from + 1; k < to; k++) {
            if (days[order[k]] >= days[best]) {
                best = order[k];
            }
        }
        return values[best];
    }
}
