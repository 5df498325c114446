package dev.journeydash.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * KPI data: one row per period, in order and without gaps, one column per measure.
 *
 * @param source   the file the data came from, for messages
 * @param periods  consecutive periods, oldest first
 * @param measures measure id to values, one per period, aggregated over all rows (all segments); {@code NaN}
 *                 where a value is missing
 * @param extras   columns of the input that are not measures, kept as they were
 * @param notes    things the reader decided or noticed (gaps filled, number locale), for the user
 * @param raw      the input rows when the data is finer than a period; null when each period has one row
 * @param sourcing the sources, their kept rows and the partial periods, for a journey with {@code sources:};
 *                 {@link Sourcing#NONE} otherwise
 */
public record DataSet(String source, List<Period> periods, Map<String, double[]> measures, List<ExtraColumn> extras,
                      List<String> notes, RawRows raw, Sourcing sourcing) {
    public DataSet {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourcing, "sourcing");
        periods = List.copyOf(periods);
        measures = Map.copyOf(measures);
        extras = List.copyOf(extras);
        notes = List.copyOf(notes);
        if (raw != null && raw.measures().length != measures.size()) {
            throw new IllegalArgumentException("raw rows have " + raw.measures().length + " measures, not " + measures.size());
        }
        for (Map.Entry<String, double[]> e : measures.entrySet()) {
            if (e.getValue().length != periods.size()) {
                throw new IllegalArgumentException("measure " + e.getKey() + " has " + e.getValue().length
                        + " values for " + periods.size() + " periods");
            }
        }
    }

    /** Data read from one CSV. */
    public DataSet(String source, List<Period> periods, Map<String, double[]> measures, List<ExtraColumn> extras,
                   List<String> notes, RawRows raw) {
        this(source, periods, measures, extras, notes, raw, Sourcing.NONE);
    }

    /** The same data without raw rows. */
    public DataSet(String source, List<Period> periods, Map<String, double[]> measures, List<ExtraColumn> extras,
                   List<String> notes) {
        this(source, periods, measures, extras, notes, null);
    }

    /** This data with {@code more} notes before its own. */
    public DataSet withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(more);
        all.addAll(notes);
        return new DataSet(source, periods, measures, extras, all, raw, sourcing);
    }

    /** The value of {@code measure} in period {@code index} (0-based), {@code NaN} when missing. */
    public double value(String measure, int index) {
        return measures.get(measure)[index];
    }

    /**
     * An input column that is not a measure of the template.
     *
     * @param header the column header as in the input
     * @param values one cell per period: a {@link Double}, a {@link String}, or null when empty
     */
    public record ExtraColumn(String header, List<Object> values) {
        public ExtraColumn {
            Objects.requireNonNull(header, "header");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
