package dev.journeydash.xlsx;

import dev.journeydash.labels.Labels;

import dev.journeydash.model.Sourcing;

import java.time.LocalDate;

/**
 * How partial periods show: on the Data sheet the days the data covers ("1–10 Apr 2026", shown
 * with " (partial)" after it by the cell's number format), blank for a complete period, so that
 * a pasted period is complete; on the Dashboard, under the period selector, a note of the
 * selected period's coverage when it has one.
 */
final class PartialPeriods {
    /** The coverage cells' format: the text, then " (partial)". */
    static String format(Labels labels) {
        return "@" + Styles.literal(" " + labels.get("partial.suffix"));
    }

    private PartialPeriods() { }

    /** "10 Apr 2026", "1–10 Apr 2026", "25 Mar–10 Apr 2026", "29 Dec 2025–2 Jan 2026". */
    static String text(Sourcing.Coverage c, Labels labels) {
        LocalDate a = c.first();
        LocalDate b = c.last();
        if (a.equals(b)) {
            return day(b) + " " + month(b, labels) + " " + b.getYear();
        }
        String end = "\u2013" + day(b) + " " + month(b, labels) + " " + b.getYear();
        if (a.getYear() != b.getYear()) {
            return day(a) + " " + month(a, labels) + " " + a.getYear() + end;
        }
        return a.getMonth() == b.getMonth() ? day(a) + end : day(a) + " " + month(a, labels) + end;
    }

    /** The note's formula: the coverage cell of the selected period (its index in {@code index}) in the bundle's note, or blank. */
    static String noteFormula(String coverageRange, String index, Labels labels) {
        String cell = "INDEX(" + coverageRange + "," + index + ")";
        return "IFERROR(IF(" + cell + "=\"\",\"\"," + PeriodText.fill(labels.get("partial.note"), cell) + "),\"\")";
    }

    /** The note's value for period {@code period} (0-based): empty for a complete period. */
    static String note(Sourcing sourcing, int period, Labels labels) {
        Sourcing.Coverage c = sourcing.partial().get(period);
        return c == null ? "" : labels.format("partial.note", text(c, labels));
    }

    private static int day(LocalDate d) {
        return d.getDayOfMonth();
    }

    private static String month(LocalDate d, Labels labels) {
        return labels.month(d.getMonthValue());
    }
}
