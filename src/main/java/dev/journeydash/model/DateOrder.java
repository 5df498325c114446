package dev.journeydash.model;

/** Order of day and month in {@code nn/nn/yyyy} dates: detected per file, or declared. */
public enum DateOrder {
    /** Decided from the data: a date such as 31/01/2025 proves day-first, 01/31/2025 month-first. */
    DETECT,
    /** 03/04/2025 is 3 April 2025. */
    DAY_FIRST,
    /** 03/04/2025 is 4 March 2025. */
    MONTH_FIRST;

    /** The setting's spelling in templates and on the command line: "day-first", "month-first". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** DAY_FIRST or MONTH_FIRST for "day-first" or "month-first" (case and spaces ignored); null otherwise. */
    public static DateOrder ofWord(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace('_', '-');
        return switch (t) {
            case "day-first" -> DAY_FIRST;
            case "month-first" -> MONTH_FIRST;
            default -> null;
        };
    }
}
