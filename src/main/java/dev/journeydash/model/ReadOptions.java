package dev.journeydash.model;

import java.util.Objects;

/**
 * How data is read where the template or the detection would otherwise decide: the decimal
 * separator and the order of day and month in {@code nn/nn/yyyy} dates. DETECT leaves the
 * choice to the template's setting, and when the template has none, to detection per file.
 *
 * @param decimal   the data's decimal separator, or DETECT
 * @param dateOrder the data's date order, or DETECT
 */
public record ReadOptions(Decimal decimal, DateOrder dateOrder) {
    /** Everything as the template says, else detected. */
    public static final ReadOptions DETECT = new ReadOptions(Decimal.DETECT, DateOrder.DETECT);

    public ReadOptions {
        Objects.requireNonNull(decimal, "decimal");
        Objects.requireNonNull(dateOrder, "dateOrder");
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
