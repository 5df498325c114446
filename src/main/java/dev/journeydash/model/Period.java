package dev.journeydash.model;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/**
 * One period of the journey, identified by its first day.
 *
 * @param start       first day of the period
 * @param granularity length of the period
 */
public record Period(LocalDate start, Granularity granularity) implements Comparable<Period> {
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(granularity, "granularity");
        start = granularity.start(start);
    }

    public Period next() {
        return new Period(granularity.next(start), granularity);
    }

    /** Short label: {@code Jan 2025}, {@code 2025-Q1}, {@code 2025-W05} or {@code 2025-01-31}. */
    public String label() {
        return switch (granularity) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        };
    }

    @Override
    public int compareTo(Period o) {
        return start.compareTo(o.start);
    }
}
