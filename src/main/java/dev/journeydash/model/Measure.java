package dev.journeydash.model;

import java.util.Objects;

/**
 * A raw number in the data, such as visitors or revenue.
 *
 * @param id          identifier used in KPI formulas and data headers
 * @param label       human-readable column header
 * @param format      display format
 * @param aggregation how finer rows are combined into one period
 */
public record Measure(String id, String label, ValueFormat format, Aggregation aggregation) {
    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(aggregation, "aggregation");
    }

    /** How several input rows of one period combine into one value. */
    public enum Aggregation { SUM, AVERAGE, LAST }
}
