package dev.journeydash.model;

import java.util.Objects;

/**
 * How data is read where the template or the detection would otherwise decide: the decimal
 * separator and the order of day and month in {@code nn/nn/yyyy} dates. DETECT leaves the
 * choice to the template's setting, and when the template has none, to detection per file.
 *
 * @param decimal   the data's decimal separator, or DETECT
 * @param dateOrder the data's date order, or DETECT
 * @param params    values of the SQL sources' parameters ({@code :client}, {@code :period_start}...), over the
 *                  template's; bound as prepared-statement values, never written into a query
 */
public record ReadOptions(Decimal decimal, DateOrder dateOrder, java.util.Map<String, String> params) {
    /** Everything as the template says, else detected. */
    public static final ReadOptions DETECT = new ReadOptions(Decimal.DETECT, DateOrder.DETECT);

    public ReadOptions {
        Objects.requireNonNull(decimal, "decimal");
        Objects.requireNonNull(dateOrder, "dateOrder");
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** Options without query parameters. */
    public ReadOptions(Decimal decimal, DateOrder dateOrder) {
        this(decimal, dateOrder, java.util.Map.of());
    }

    /** These options with the parameter {@code name} set to {@code value} (when not null), over the others. */
    public ReadOptions withParam(String name, String value) {
        if (value == null) {
            return this;
        }
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(params);
        all.put(name, value);
        return new ReadOptions(decimal, dateOrder, all);
    }

    /** The decimal separator to read with: this one, else the journey's; DETECT when neither says. */
    public Decimal decimalFor(Journey journey) {
        return decimal != Decimal.DETECT ? decimal : journey.decimal();
    }

    /** The date order to read with: this one, else the journey's; DETECT when neither says. */
    public DateOrder dateOrderFor(Journey journey) {
        return dateOrder != DateOrder.DETECT ? dateOrder : journey.dateOrder();
    }
}
