package dev.journeydash.model;

import java.util.Objects;

/**
 * A raw number in the data, such as visitors or revenue.
 *
 * @param id          identifier used in KPI formulas and data headers
 * @param label       human-readable column header
 * @param format      display format
 * @param aggregation how finer rows are combined into one period
 * @param columns     other header names that mean this measure in data files (e.g. an export's
 *                    "Sessions (GA4)"); matched like the id and label, ignoring case and punctuation
 * @param additive    false for a count of things that repeat across rows (unique users): never summed from finer rows
 */
public record Measure(String id, String label, ValueFormat format, Aggregation aggregation, java.util.List<String> columns,
                      boolean additive) {
    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(aggregation, "aggregation");
        columns = java.util.List.copyOf(columns);
    }

    /** An additive measure. */
    public Measure(String id, String label, ValueFormat format, Aggregation aggregation, java.util.List<String> columns) {
        this(id, label, format, aggregation, columns, true);
    }

    /** An additive measure known only by its id and label. */
    public Measure(String id, String label, ValueFormat format, Aggregation aggregation) {
        this(id, label, format, aggregation, java.util.List.of());
    }

    /** How several input rows of one period combine into one value. */
    public enum Aggregation { SUM, AVERAGE, LAST }
}
