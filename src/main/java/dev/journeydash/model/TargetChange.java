package dev.journeydash.model;

import java.util.Objects;

/**
 * A KPI's target from one period on: it is in force in {@code from} and every later period, until
 * the next change.
 *
 * @param from  the first period the target applies to
 * @param value the target, &gt; 0
 */
public record TargetChange(Period from, double value) implements Comparable<TargetChange> {
    public TargetChange {
        Objects.requireNonNull(from, "from");
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a target must be a number greater than 0, not " + value);
        }
    }

    @Override
    public int compareTo(TargetChange o) {
        return from.compareTo(o.from);
    }
}
