package dev.journeydash.model;

import java.util.Objects;

/** One bar of the funnel: a volume measure and its label. */
public record FunnelStep(String measure, String label) {
    public FunnelStep {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(label, "label");
    }
}
