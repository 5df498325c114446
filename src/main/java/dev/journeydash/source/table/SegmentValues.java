package dev.journeydash.source.table;

import dev.journeydash.model.Measure;
import dev.journeydash.model.Segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of segments: observations grouped by segment key and period, aggregated like the
 * totals, and cut into one value per period for each key and measure. Kept only up to
 * {@link #MAX_VALUES} values (keys x periods x measures, 16 MB): a text column with more distinct
 * values is a log's (order ids, comments), not a segment.
 */
final class SegmentValues {
    static final long MAX_VALUES = 1 << 21;

    private final int periods;
    /** Measure id to one value per key and period: key * periods + period. */
    private final Map<String, double[]> cells = new LinkedHashMap<>();

    SegmentValues(int periods) {
        this.periods = periods;
    }

    /** Most keys kept for {@code periods} periods of {@code measures} measures. */
    static int maxKeys(int periods, int measures) {
        return (int) Math.min(Integer.MAX_VALUE, MAX_VALUES / ((long) periods * Math.max(1, measures)));
    }

    /** Observations grouped by segment key and period: {@code keyOf[i] * periods + periodOf[i]}. */
    static Aggregator.Groups groups(int[] keyOf, int[] periodOf, int n, int keys, int periods) {
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = keyOf[i] * periods + periodOf[i];
        }
        return Aggregator.Groups.of(groupOf, n, keys * periods);
    }

    /** Aggregates {@code measure}'s observations ({@code values} and {@code days}) in {@code groups}. */
    void add(Measure measure, double[] values, int[] days, Aggregator.Groups groups, Aggregator.Averaging averaging) {
        cells.put(measure.id(), Aggregator.aggregate(measure.aggregation(), values, days, groups, averaging));
    }

    /** A measure without observations: blank for every key. */
    void addBlank(Measure measure, int keys) {
        double[] blank = new double[keys * periods];
        Arrays.fill(blank, Double.NaN);
        cells.put(measure.id(), blank);
    }

    /** The segments of {@code keys} (numbered as the observations' groups) under {@code headers}. */
    Segments build(List<String> headers, List<List<String>> keys) {
        List<Map<String, double[]>> values = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            Map<String, double[]> perMeasure = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : cells.entrySet()) {
                perMeasure.put(e.getKey(), Arrays.copyOfRange(e.getValue(), k * periods, (k + 1) * periods));
            }
            values.add(perMeasure);
        }
        return new Segments(headers, keys, values);
    }
}
