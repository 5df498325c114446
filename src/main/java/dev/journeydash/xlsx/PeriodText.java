package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Granularity;

/**
 * Texts that quote the Data sheet's periods, as formulas of its period column, so that they
 * follow a period pasted under the table: the period's label as {@code Period.label()} writes it
 * (built from {@code YEAR}, {@code MONTH} and {@code DAY}, not {@code TEXT}, whose format codes
 * depend on the reader's language), the data's range, and a warning when periods on the Data
 * sheet are text, which every formula leaves out.
 */
final class PeriodText {
    private static final String MONTHS = "\"Jan\",\"Feb\",\"Mar\",\"Apr\",\"May\",\"Jun\",\"Jul\",\"Aug\",\"Sep\",\"Oct\",\"Nov\",\"Dec\"";

    private PeriodText() { }

    /** The label of the period whose first day is the date serial {@code x} (an expression): "Jan 2026", "2026-Q1". */
    static String label(String x, Granularity g) {
        return switch (g) {
            case DAY -> "YEAR(" + x + ")&\"-\"&RIGHT(\"0\"&MONTH(" + x + "),2)&\"-\"&RIGHT(\"0\"&DAY(" + x + "),2)";
            case WEEK -> {
                // the ISO week's year and number are those of its Thursday
                String th = "(" + x + "-WEEKDAY(" + x + ",2)+4)";
                yield "YEAR(" + th + ")&\"-W\"&RIGHT(\"0\"&(INT((" + th + "-DATE(YEAR(" + th + "),1,1))/7)+1),2)";
            }
            case MONTH -> "CHOOSE(MONTH(" + x + ")," + MONTHS + ")&\" \"&YEAR(" + x + ")";
            case QUARTER -> "YEAR(" + x + ")&\"-Q\"&INT((MONTH(" + x + ")+2)/3)";
        };
    }

    /**
     * "Data Jan 2024 to Jan 2026" from the earliest to the latest period of {@code periods} (the
     * Data sheet's prepared period rows), "" when it has none; then, when some of its cells hold
     * text, "  \u00b7  \u26a0 1 period on Data is text, not a date".
     */
    static String rangeFormula(String periods, Granularity g) {
        return "IF(COUNT(" + periods + ")=0,\"\",\"Data \"&" + label("MIN(" + periods + ")", g) + "&\" to \"&"
                + label("MAX(" + periods + ")", g) + ")&" + textWarning(periods);
    }

    /** "Data Jan 2024 to Dec 2025": the cached value of {@link #rangeFormula} for the generated data. */
    static String range(DataSet data) {
        return "Data " + data.periods().get(0).label() + " to " + data.periods().get(data.periods().size() - 1).label();
    }

    /** "24 periods from Jan 2024 to Dec 2025." on the About sheet. */
    static String countFormula(String periods, Granularity g) {
        return "COUNT(" + periods + ")&\" periods from \"&" + label("MIN(" + periods + ")", g) + "&\" to \"&"
                + label("MAX(" + periods + ")", g) + "&\".\"&" + textWarning(periods);
    }

    /** The cached value of {@link #countFormula} for the generated data. */
    static String count(DataSet data) {
        return data.periods().size() + " periods from " + data.periods().get(0).label() + " to "
                + data.periods().get(data.periods().size() - 1).label() + ".";
    }

    /** The warning about text in the period column, "" when it has none: a text period drops out of every formula. */
    private static String textWarning(String periods) {
        String n = "(COUNTA(" + periods + ")-COUNT(" + periods + "))";
        return "IF(" + n + "=0,\"\",\"  \u00b7  \u26a0 \"&" + n + "&IF(" + n + "=1,\" period on Data is\",\" periods on Data are\")"
                + "&\" text, not a date\")";
    }
}
