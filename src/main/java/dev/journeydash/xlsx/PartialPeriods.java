package dev.journeydash.xlsx;

import dev.journeydash.model.Sourcing;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How partial periods show: on the Data sheet the days the data covers ("1–10 Apr 2026", shown
 * with " (partial)" after it by the cell's number format), blank for a complete period, so that
 * a pasted period is complete; on the Dashboard, under the period selector, a note of the
 * selected period's coverage when it has one.
 */
final class PartialPeriods {
    /** The Data table's coverage column's header. */
    static final String HEADER = "Data covers";
    /** The coverage cells' format: the text, then " (partial)". */
    static final String FORMAT = "@\" (partial)\"";
    /** What the Dashboard's note says before the coverage. */
    static final String NOTE = "Partial period: data ";

    private PartialPeriods() { }

    /** "10 Apr 2026", "1–10 Apr 2026", "25 Mar–10 Apr 2026", "29 Dec 2025–2 Jan 2026". */
    static String text(Sourcing.Coverage c) {
        LocalDate a = c.first();
        LocalDate b = c.last();
        if (a.equals(b)) {
            return day(b) + " " + month(b) + " " + b.getYear();
        }
        String end = "\u2013" + day(b) + " " + month(b) + " " + b.getYear();
        if (a.getYear() != b.getYear()) {
            return day(a) + " " + month(a) + " " + a.getYear() + end;
        }
        return a.getMonth() == b.getMonth() ? day(a) + end : day(a) + " " + month(a) + end;
    }

    /** The note's formula: the coverage cell of the selected period (its index in {@code index}) after {@link #NOTE}, or blank. */
    static String noteFormula(String coverageRange, String index) {
        String cell = "INDEX(" + coverageRange + "," + index + ")";
        return "IFERROR(IF(" + cell + "=\"\",\"\"," + "\"" + NOTE + "\"" + "&" + cell + "),\"\")";
    }

    /** The note's value for period {@code period} (0-based): empty for a complete period. */
    static String note(Sourcing sourcing, int period) {
        Sourcing.Coverage c = sourcing.partial().get(period);
        return c == null ? "" : NOTE + text(c);
    }

    private static int day(LocalDate d) {
        return d.getDayOfMonth();
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
