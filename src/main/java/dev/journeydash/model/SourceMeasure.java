package dev.journeydash.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a source computes one measure from its kept rows.
 *
 * @param measure the measure's id
 * @param how     the aggregation over the rows of a period
 * @param column  the column aggregated, as the header names it; null for COUNT (rows)
 * @param where   conditions of this measure alone, on top of the source's filter
 */
public record SourceMeasure(String measure, How how, String column, List<Condition> where) {
    /** How the rows of a period become one value. */
    public enum How {
        SUM, AVERAGE, MIN, MAX, LAST, COUNT, COUNT_DISTINCT, COUNT_NEW, COUNT_RETURNING;

        /** The key in a template: {@code count_distinct}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether it reads a number column (sum, average, min, max, last). */
        public boolean numeric() {
            return this == SUM || this == AVERAGE || this == MIN || this == MAX || this == LAST;
        }

        /** Whether it counts rows or values: 0 for a period without rows in an events source. */
        public boolean counts() {
            return this == COUNT || this == COUNT_DISTINCT || this == COUNT_NEW || this == COUNT_RETURNING;
        }

        /** Whether a workbook formula without dynamic arrays can compute it from the raw rows. */
        public boolean formula() {
            return this != COUNT_DISTINCT && this != COUNT_NEW && this != COUNT_RETURNING;
        }

        /** The aggregation written {@code word} in a template, or null. */
        public static How ofWord(String word) {
            for (How h : values()) {
                if (h.word().equals(word)) {
                    return h;
                }
            }
            return null;
        }
    }

    public SourceMeasure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(how, "how");
        where = List.copyOf(where);
        if ((column == null) != (how == How.COUNT)) {
            throw new IllegalArgumentException(how.word() + (column == null ? " needs a column" : " takes no column"));
        }
    }
}
