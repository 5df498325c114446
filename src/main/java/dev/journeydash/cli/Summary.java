package dev.journeydash.cli;

import dev.journeydash.compute.Results;

/** The counts the commands print: "5 stages, 15 KPIs", "24 periods (Jan 2024 to Dec 2025)", "1 period (Jan 2025)". */
final class Summary {
    private Summary() { }

    static String journey(Results r) {
        return count(r.journey().stages().size(), "stage") + ", " + count(r.journey().kpis().count(), "KPI");
    }

    static String periods(Results r) {
        String first = r.data().periods().get(0).label();
        String last = r.data().periods().get(r.periodCount() - 1).label();
        return count(r.periodCount(), "period") + " (" + (r.periodCount() == 1 ? first : first + " to " + last) + ")";
    }

    /** A score as a whole percentage, "93%"; "n/a" when there is none. */
    static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : Math.round(v * 100) + "%";
    }

    static String count(long n, String word) {
        return String.format("%,d %s%s", n, word, n == 1 ? "" : "s");
    }
}
