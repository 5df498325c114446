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
 * @param painPoints  what frustrates customers in this stage, one sentence each; empty when the template names none
 * @param weight      weight in the journey score, &gt; 0
 * @param kpis        at least one KPI
 */
public record Stage(String id, String name, String description, List<String> touchpoints, List<String> painPoints,
                    double weight, List<Kpi> kpis) {
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        touchpoints = List.copyOf(touchpoints);
        painPoints = List.copyOf(painPoints);
        kpis = List.copyOf(kpis);
    }

    /** A stage without pain points. */
    public Stage(String id, String name, String description, List<String> touchpoints, double weight, List<Kpi> kpis) {
        this(id, name, description, touchpoints, List.of(), weight, kpis);
    }

    /** This stage with {@code other} KPIs, everything else kept. */
    public Stage withKpis(List<Kpi> other) {
        return new Stage(id, name, description, touchpoints, painPoints, weight, other);
    }

    /** This stage with weight {@code other} and {@code otherKpis}, everything else kept. */
    public Stage withWeightAndKpis(double other, List<Kpi> otherKpis) {
        return new Stage(id, name, description, touchpoints, painPoints, other, otherKpis);
    }
}
