package dev.journeydash.refresh;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the new data says about the periods the workbook already has. A period the workbook has
 * and the new data lacks is refused (the data shrank: an export of the wrong range, a filter
 * left on); a value the new data restates is a revision, reported as
 * {@code Nov 2025 revenue: 83,412.50 → 84,010.00} in the command's output and on the About sheet.
 */
public final class Revisions {
    private Revisions() { }

    /**
     * The revisions of {@code data} against {@code old}, in period then measure order; refuses when
     * {@code data} lacks any of {@code old}'s periods. Measures the old workbook did not have are new, not revised.
     */
    public static List<String> of(OldWorkbook old, Journey oldJourney, DataSet data, String dataName) throws InputException {
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < data.periods().size(); i++) {
            index.put(data.periods().get(i).start(), i);
        }
        List<LocalDate> lacking = old.periods().stream().filter(p -> !index.containsKey(p)).toList();
        if (!lacking.isEmpty()) {
            var g = data.periods().get(0).granularity();
            List<String> labels = lacking.stream().map(p -> new Period(p, g).label()).toList();
            throw InputException.of(dataName, "the new data lacks %d period%s the workbook has: %s. The data shrank (an export "
                    + "of a shorter range, or a filter left on?); refresh with data that covers them, or generate a new workbook",
                    lacking.size(), lacking.size() == 1 ? "" : "s", labels.size() > 12
                            ? String.join(", ", labels.subList(0, 12)) + " and " + (labels.size() - 12) + " more"
                            : String.join(", ", labels));
        }
        List<String> out = new ArrayList<>();
        List<LocalDate> periods = old.periods();
        for (int p = 0; p < periods.size(); p++) {
            int at = index.get(periods.get(p));
            for (Measure m : oldJourney.measures()) {
                if (!data.measures().containsKey(m.id())) {
                    continue;
                }
                double before = old.values(m.id())[p];
                double after = data.value(m.id(), at);
                if (!same(before, after)) {
                    out.add(data.periods().get(at).label() + " " + m.label() + ": " + show(before, after)
                            + " \u2192 " + show(after, before));
                }
            }
        }
        return out;
    }

    /** Equal, or both blank, or equal to 12 significant digits (what a workbook keeps of a typed number). */
    static boolean same(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** {@code v} with thousands separators, with two decimals when either value has a fraction; "blank" for none. */
    static String show(double v, double other) {
        if (Double.isNaN(v)) {
            return "blank";
        }
        boolean fraction = v != Math.rint(v) || (!Double.isNaN(other) && other != Math.rint(other));
        if (!fraction) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        BigDecimal rounded = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
        return String.format(Locale.ROOT, "%,.2f", rounded);
    }
}
