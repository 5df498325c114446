package dev.journeydash.model;

/** Which way a KPI improves. */
public enum Direction {
    HIGHER, LOWER;

    /** The word used in templates and on the Targets sheet: {@code higher} or {@code lower}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
