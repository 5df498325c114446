package dev.journeydash.model;

import java.util.Locale;

/** How a measure or KPI value is displayed. */
public enum ValueFormat {
    /** Whole number with thousands separators. */
    INTEGER,
    /** Number with thousands separators and one decimal. */
    NUMBER,
    /** Number with two decimals. */
    DECIMAL,
    /** Fraction shown as a percentage (0.125 is 12.5 %). */
    PERCENT,
    /** Amount of money in the journey's currency. */
    CURRENCY,
    /** A length of time in the KPI's unit (hours unless the KPI says otherwise). */
    DURATION;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The decimals a value of about {@code magnitude} shows in this format (of the percentage for
     * {@code PERCENT}): the workbook's number formats and the report's texts both follow it.
     */
    public int decimals(double magnitude) {
        return switch (this) {
            case INTEGER -> 0;
            case NUMBER, DURATION -> 1;
            case DECIMAL -> 2;
            case PERCENT -> Math.abs(magnitude) < 0.05 ? 2 : 1;
            case CURRENCY -> Math.abs(magnitude) >= 1000 ? 0 : 2;
        };
    }
}
