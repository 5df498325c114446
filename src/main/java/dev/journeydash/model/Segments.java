package dev.journeydash.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * KPI data split by segment (channel, region, store...): per distinct combination of the
 * segment columns' cells, one value per period for each measure, aggregated with the measure's
 * aggregation from the rows of that segment alone. {@link DataSet#measures()} holds the totals
 * over all rows; for a summed measure they are the sum of the segments' values.
 *
 * @param headers the segment columns' headers as in the input; empty when the data has no segments
 * @param keys    the distinct segment keys in the order the input first shows them, each one
 *                text per header (the cell, stripped; empty where the cell is blank)
 * @param values  per key (parallel to {@code keys}), each measure id of the journey to one value
 *                per period of {@link DataSet#periods()}; {@code NaN} where the segment has no value
 */
public record Segments(List<String> headers, List<List<String>> keys, List<Map<String, double[]>> values) {
    /** No segments. */
    public static final Segments NONE = new Segments(List.of(), List.of(), List.of());

    public Segments {
        headers = List.copyOf(headers);
        keys = keys.stream().map(List::copyOf).toList();
        values = values.stream().map(Map::copyOf).toList();
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(keys.size() + " segment keys but " + values.size() + " value sets");
        }
        for (List<String> key : keys) {
            if (key.size() != headers.size()) {
                throw new IllegalArgumentException("segment key " + key + " has " + key.size() + " parts for "
                        + headers.size() + " headers");
            }
        }
    }

    /** Whether the data has no segments. */
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The number of distinct segment keys. */
    public int size() {
        return keys.size();
    }

    /**
     * The value of {@code measure} for segment {@code key} (0-based index into {@link #keys()}) in
     * period {@code period} (0-based), {@code NaN} when missing.
     */
    public double value(int key, String measure, int period) {
        return Objects.requireNonNull(values.get(key).get(measure), measure)[period];
    }
}
