package dev.journeydash.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of the journey.
 *
 * @param id          identifier, unique in the journey
 * @param name        display name, also used in the stage sheet's name
 * @param description one or two sentences; may be empty, never null
 * @param touchpoints where customers meet the business in this stage
 * @param weight      weight in the journey score, &gt; 0
 * @param kpis        at least one KPI
 */
public record Stage(String id, String name, String description, List<String> touchpoints, double weight,
                    List<Kpi> kpis) {
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        touchpoints = List.copyOf(touchpoints);
        kpis = List.copyOf(kpis);
    }
}
