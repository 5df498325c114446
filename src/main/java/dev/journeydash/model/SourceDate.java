package dev.journeydash.model;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How a source dates its rows: a date column, read in a declared or detected format and
 * converted into a time zone; a column counting periods from a start date; or one period for
 * every row of an export without dates.
 *
 * @param column the date column as the header names it; null when {@code value} dates every row
 * @param format a date pattern ({@link java.time.format.DateTimeFormatter} letters); null to detect
 * @param zone   the zone date-times with an offset are converted into before the date is taken; null: as written
 * @param start  for a column counting days, weeks or months ({@code Nth week}): the start date; null to
 *               take it from the preamble's {@code Start date:} line, or when the column holds dates
 * @param value  the period of every row (as a template writes a period: {@code 2025-06}); null when a column dates them
 */
public record SourceDate(String column, String format, ZoneId zone, LocalDate start, String value) {
    public SourceDate {
        if ((column == null) == (value == null)) {
            throw new IllegalArgumentException("a source is dated by a column or by a value, not " + (column == null ? "neither" : "both"));
        }
    }

    /** Dated by the column {@code column}, its format detected. */
    public static SourceDate column(String column) {
        return new SourceDate(column, null, null, null, null);
    }
}
