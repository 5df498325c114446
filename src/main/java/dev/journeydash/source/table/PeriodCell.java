package dev.journeydash.source.table;

import dev.journeydash.model.Granularity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row's period as its source read it.
 *
 * @param date        a day inside the period (its first day for a month, quarter or week)
 * @param granularity how fine the source's value was: DAY for a date, MONTH for {@code 2025-01}...
 * @param text        the value as the input has it (stripped), for messages that quote it
 */
public record PeriodCell(LocalDate date, Granularity granularity, String text) {
    public PeriodCell {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(text, "text");
    }
}
