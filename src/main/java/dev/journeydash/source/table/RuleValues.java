package dev.journeydash.source.table;

import dev.journeydash.model.Condition;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.SourceMeasure.How;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A source measure's value in each period, from rows sorted by date, with the semantics of the
 * workbook's formulas over the same rows: a row counts when it meets the source's filter and the
 * measure's own conditions (texts compared without regard to case, numbers only where the cell
 * is a number); sums and counts add rows in their order.
 *
 * <ul>
 * <li>count: rows that count; sum: the sum of their numbers; in an events source 0 where none count,
 *     in a totals source blank where no counting row has a number (count: where the period has no row);
 * <li>average, min, max: over the counting rows' numbers, blank where there are none;
 * <li>last: the number of the period's last counting row, blank where it is blank or none counts;
 * <li>count_distinct: distinct non-blank texts of the counting rows, case ignored; count_new: those
 *     first seen (among all counting rows) in the period; count_returning: those seen in an earlier period;
 *     in an events source 0 where none count, in a totals source blank where the period has no row.
 * </ul>
 * Periods before the source's first period are blank: the source does not reach them.
 */
final class RuleValues {
    private final KeptRows rows;
    private final boolean events;
    private final int periods;
    private final int firstPeriod;
    /** Rows per period (all rows, counting or not). */
    private final int[] rowsIn;

    RuleValues(KeptRows rows, boolean events, int periods) {
        this.rows = rows;
        this.events = events;
        this.periods = periods;
        this.firstPeriod = rows.size() == 0 ? periods : rows.periods()[0];
        this.rowsIn = new int[periods];
        for (int p : rows.periods()) {
            rowsIn[p]++;
        }
    }

    /** One value per period (NaN for blank) of {@code measure}. */
    double[] values(SourceMeasure measure) {
        List<Condition> all = new ArrayList<>(rows.filter());
        all.addAll(measure.where());
        boolean[] counts = counting(all);
        double[] out = switch (measure.how()) {
            case COUNT -> count(counts);
            case SUM, AVERAGE, MIN, MAX, LAST -> numeric(measure.how(), column(measure.column()), counts);
            case COUNT_DISTINCT, COUNT_NEW, COUNT_RETURNING -> distinct(measure.how(), column(measure.column()), counts);
        };
        for (int p = 0; p < Math.min(firstPeriod, periods); p++) {
            out[p] = Double.NaN;
        }
        return out;
    }

    /** Whether each row meets the source's filter. */
    boolean[] meetsFilter() {
        return counting(rows.filter());
    }

    /** The rows that meet the source's filter. */
    int counted() {
        int c = 0;
        for (boolean b : counting(rows.filter())) {
            c += b ? 1 : 0;
        }
        return c;
    }

    private KeptRows.Column column(String header) {
        KeptRows.Column c = rows.column(header);
        if (c == null) {
            throw new IllegalStateException("no kept column " + header);
        }
        return c;
    }

    /** Whether each row meets every condition. */
    private boolean[] counting(List<Condition> conditions) {
        boolean[] out = new boolean[rows.size()];
        Arrays.fill(out, true);
        for (Condition c : conditions) {
            KeptRows.Column col = column(c.column());
            for (int i = 0; i < out.length; i++) {
                if (out[i]) {
                    out[i] = col.number() ? c.test(rows.numbers()[col.index()][i]) : c.test(rows.texts()[col.index()][i]);
                }
            }
        }
        return out;
    }

    private double[] count(boolean[] counts) {
        double[] out = new double[periods];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i]) {
                out[rows.periods()[i]]++;
            }
        }
        if (!events) {
            for (int p = 0; p < periods; p++) {
                if (rowsIn[p] == 0) {
                    out[p] = Double.NaN;
                }
            }
        }
        return out;
    }

    private double[] numeric(How how, KeptRows.Column col, boolean[] counts) {
        double[] values = rows.numbers()[col.index()];
        double[] acc = new double[periods];
        int[] n = new int[periods];
        double[] last = new double[periods];
        boolean[] seen = new boolean[periods];
        Arrays.fill(last, Double.NaN);
        for (int i = 0; i < counts.length; i++) {
            if (!counts[i]) {
                continue;
            }
            int p = rows.periods()[i];
            double v = values[i];
            seen[p] = true;
            last[p] = v;
            if (Double.isNaN(v)) {
                continue;
            }
            acc[p] = n[p] == 0 ? v : combine(how, acc[p], v);
            n[p]++;
        }
        double[] out = new double[periods];
        for (int p = 0; p < periods; p++) {
            out[p] = switch (how) {
                case SUM -> n[p] > 0 ? acc[p] : events ? 0 : Double.NaN;
                case AVERAGE -> n[p] > 0 ? acc[p] / n[p] : Double.NaN;
                case MIN, MAX -> n[p] > 0 ? acc[p] : Double.NaN;
                case LAST -> seen[p] ? last[p] : Double.NaN;
                default -> throw new IllegalStateException(how.word());
            };
        }
        return out;
    }

    private static double combine(How how, double acc, double v) {
        return switch (how) {
            case SUM, AVERAGE -> acc + v;
            case MIN -> Math.min(acc, v);
            case MAX -> Math.max(acc, v);
            default -> acc;
        };
    }

    private double[] distinct(How how, KeptRows.Column col, boolean[] counts) {
        int[] ids = ids(rows.texts()[col.index()], counts);
        int distinct = 0;
        for (int id : ids) {
            distinct = Math.max(distinct, id + 1);
        }
        // rows come sorted by date, so a value's first counting row is in its first period
        int[] firstPeriod = new int[distinct];
        int[] seenIn = new int[distinct];
        java.util.Arrays.fill(firstPeriod, -1);
        java.util.Arrays.fill(seenIn, -1);
        double[] out = new double[periods];
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            if (id < 0) {
                continue;
            }
            int p = rows.periods()[i];
            if (firstPeriod[id] < 0) {
                firstPeriod[id] = p;
            }
            if (seenIn[id] != p) {
                seenIn[id] = p;
                boolean counted = how == How.COUNT_DISTINCT || how == How.COUNT_NEW && firstPeriod[id] == p
                        || how == How.COUNT_RETURNING && firstPeriod[id] < p;
                out[p] += counted ? 1 : 0;
            }
        }
        for (int p = 0; p < periods; p++) {
            if (!events && rowsIn[p] == 0) {
                out[p] = Double.NaN;
            }
        }
        return out;
    }

    /** Each counting row's value as a number, equal for texts equal but for case; -1 for a blank or not counting row. */
    private static int[] ids(String[] texts, boolean[] counts) {
        int[] ids = new int[texts.length];
        Map<String, Integer> byText = new HashMap<>();
        Map<String, Integer> byLower = new HashMap<>();
        String last = null;
        int lastId = -1;
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (!counts[i] || t.isEmpty()) {
                ids[i] = -1;
                continue;
            }
            if (t == last || t.equals(last)) {
                ids[i] = lastId;
                continue;
            }
            Integer id = byText.get(t);
            if (id == null) {
                id = byLower.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> byLower.size());
                byText.put(t, id);
            }
            ids[i] = id;
            last = t;
            lastId = id;
        }
        return ids;
    }
}
