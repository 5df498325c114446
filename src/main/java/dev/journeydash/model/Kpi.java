package dev.journeydash.model;

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
 * @param target      target value, &gt; 0
 * @param amber       score at or above which the status is amber, 0 &lt; amber &lt; 1
 * @param weight      weight in the stage score, &gt; 0
 */
public record Kpi(String id, String label, String description, String formulaText, Expr formula, ValueFormat format, String unit,
                  Direction direction, double target, double amber, double weight) {
    public Kpi {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(formulaText, "formulaText");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
    }
}
