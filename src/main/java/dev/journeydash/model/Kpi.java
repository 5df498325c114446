package dev.journeydash.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A key performance indicator of one stage.
 *
 * @param id          identifier, unique in the journey
 * @param label       display name
 * @param description one sentence for the About sheet; may be empty, never null
 * @param formulaText the formula as written in the template
 * @param formula     the parsed formula over measures and other KPIs
 * @param format      display format
 * @param unit        unit suffix for {@link ValueFormat#DURATION}; empty otherwise
 * @param direction   whether higher or lower values are better
 * @param target      target value from the first period on, until the first of {@code changes}, &gt; 0
 * @param amber       score at or above which the status is amber, 0 &lt; amber &lt; 1 (one for every period)
 * @param weight      weight in the stage score, &gt; 0 (one for every period)
 * @param changes     targets from a period on (budgets), oldest first, one per period at most; empty when the
 *                    target never changes
 */
public record Kpi(String id, String label, String description, String formulaText, Expr formula, ValueFormat format, String unit,
                  Direction direction, double target, double amber, double weight, List<TargetChange> changes) {
    public Kpi {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(formulaText, "formulaText");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        changes = List.copyOf(changes);
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i - 1).from().compareTo(changes.get(i).from()) >= 0) {
                throw new IllegalArgumentException("the target changes of KPI " + id + " must be in period order, one per period");
            }
        }
    }

    /** A KPI whose target never changes. */
    public Kpi(String id, String label, String description, String formulaText, Expr formula, ValueFormat format, String unit,
               Direction direction, double target, double amber, double weight) {
        this(id, label, description, formulaText, formula, format, unit, direction, target, amber, weight, List.of());
    }

    /**
     * The target in force in {@code period}: the value of the latest change at or before it, else
     * {@link #target()}.
     */
    public double target(Period period) {
        double t = target;
        for (TargetChange c : changes) {
            if (c.from().compareTo(period) > 0) {
                break;
            }
            t = c.value();
        }
        return t;
    }

    /** The change that starts exactly in {@code period}, or null when none does. */
    public TargetChange changeIn(Period period) {
        for (TargetChange c : changes) {
            if (c.from().equals(period)) {
                return c;
            }
        }
        return null;
    }

    /**
     * This KPI with {@code more} changes merged into its own: where both have a change in the same
     * period, {@code more}'s wins.
     */
    public Kpi withChanges(List<TargetChange> more) {
        java.util.TreeMap<Period, TargetChange> merged = new java.util.TreeMap<>();
        changes.forEach(c -> merged.put(c.from(), c));
        more.forEach(c -> merged.put(c.from(), c));
        return new Kpi(id, label, description, formulaText, formula, format, unit, direction, target, amber, weight,
                new ArrayList<>(merged.values()));
    }
}
