package dev.journeydash.xlsx;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a workbook records about how it was made, so that {@code refresh} can make it again with
 * new data: its {@link Provenance} (the template, or the preset, and the revision history), the
 * periods prepared ahead, and the period the dashboard was opened on and whether journeydash chose
 * it (latest or latest complete) or the caller named it. Written on the very hidden sheet
 * {@value StampSheet#NAME} by {@link StampSheet}.
 *
 * @param provenance   the template or preset, and the revision history
 * @param periodsAhead empty period rows prepared after the data
 * @param selected     the period the dashboard opened on (its first day)
 * @param chosen       whether journeydash chose {@code selected} rather than the caller
 * @param language     the workbook's language code ("en", "id"): the names of its sheets and the words a refresh reads
 */
public record Stamp(Provenance provenance, int periodsAhead, LocalDate selected, boolean chosen, String language) {
    /** The stamp's format; a refresh refuses a stamp of a later format. */
    public static final int FORMAT = 1;

    public Stamp {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(selected, "selected");
        Objects.requireNonNull(language, "language");
    }
}
