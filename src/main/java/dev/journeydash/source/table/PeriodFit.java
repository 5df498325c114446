package dev.journeydash.source.table;

import dev.journeydash.model.Granularity;

/** Whether a row's period fits the journey's: as fine or finer, and never a week for a coarser journey. */
final class PeriodFit {
    private PeriodFit() { }

    /** True when {@code row}'s period can be counted in periods of {@code journey}; else reports why. */
    static boolean fits(Row row, String column, Granularity journey, Report report) {
        PeriodCell p = row.period();
        String word = journey.word();
        if (p.granularity() == Granularity.WEEK && journey.compareTo(Granularity.WEEK) > 0) {
            report.problem(row.line(), column, "\"" + p.text() + "\" is a week, but the template counts by " + word
                    + " and a week can span two " + word + "s; give one row per " + word + " or per day");
            return false;
        }
        if (p.granularity().compareTo(journey) > 0) {
            report.problem(row.line(), column, "\"" + p.text() + "\" is a " + p.granularity().word()
                    + ", but the template counts by " + word + "; give one row per " + word + " or finer");
            return false;
        }
        return true;
    }
}
