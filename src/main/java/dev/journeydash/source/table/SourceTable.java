package dev.journeydash.source.table;

import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.Sourcing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table stage for a template's source: takes the source's typed rows (a day and the cells of
 * the columns it reads) and computes each of its measures per period, keeping the rows for the
 * workbook when they are finer than the period. Source-independent: CSV exports feed it today,
 * query results later.
 */
public final class SourceTable {
    private final Source source;
    private final Journey journey;
    private final SourceColumns columns;
    private final Report report;
    private final SourceRows rows;
    private int skipped;

    private SourceTable(Source source, Journey journey, SourceColumns columns, Report report) {
        this.source = source;
        this.journey = journey;
        this.columns = columns;
        this.report = report;
        this.rows = new SourceRows(columns.numbers(), columns.texts());
    }

    /** A table for {@code source}, whose rows give one cell per column of {@code columns}. */
    public static SourceTable start(Source source, Journey journey, SourceColumns columns, Report report) {
        return new SourceTable(source, journey, columns, report);
    }

    /**
     * Takes one row.
     *
     * @param line     the row's 1-based line (or row number)
     * @param epochDay the row's date
     * @param numbers  one value per number column (in {@link SourceColumns#list()} order, NaN where blank)
     * @param texts    one text per text column (stripped; empty where blank)
     */
    public void add(int line, int epochDay, double[] numbers, String[] texts) {
        rows.add(line, epochDay, numbers, texts);
    }

    /** Counts a summary row that was skipped (a {@code Total:} line), for the notes. */
    public void skippedSummaryRow() {
        skipped++;
    }

    /**
     * The source's data. Its periods run from the first to the last row that meets the filter;
     * rows outside them cannot count and are left out.
     *
     * @param span the days the data covers, for partial periods: empty for the days of the first and last row
     *             that meet the filter (rows dated by day), {@code {first, last}} epoch days where the export
     *             states its span, null when neither is known (partial periods are then not judged)
     * @param file     the file read, for the summary
     * @throws InputException with every problem of the report
     */
    public SourceData finish(long[] span, String file) throws InputException {
        report.throwIfProblems();
        int read = rows.size();
        if (read == 0) {
            throw InputException.of(report.file(), "no data rows%s; check the file",
                    skipped > 0 ? " (only " + skipped + " summary rows)" : "");
        }
        int[] order = rows.orderByDay();
        int[] allDays = rows.sortedDays(order);
        double[][] allNumbers = rows.sortedNumbers(order);
        String[][] allTexts = rows.sortedTexts(order);
        boolean events = source.rows() == Source.RowKind.EVENTS;
        boolean[] meets = new RuleValues(new KeptRows(source.name(), dateHeader(), columns.list(), allDays, new int[read],
                allNumbers, allTexts, source.filter(), source.measures(), source.rows()), events, 1).meetsFilter();
        int firstMeet = 0;
        while (firstMeet < read && !meets[firstMeet]) {
            firstMeet++;
        }
        if (firstMeet == read) {
            throw InputException.of(report.file(), "none of the %,d rows meets the filter (%s); check the filter's values "
                    + "against the file", read, Describe.conditions(source.filter()));
        }
        int lastMeet = read - 1;
        while (!meets[lastMeet]) {
            lastMeet--;
        }
        Granularity g = journey.granularity();
        Period head = new Period(LocalDate.ofEpochDay(allDays[firstMeet]), g);
        Period tail = new Period(LocalDate.ofEpochDay(allDays[lastMeet]), g);
        int lo = firstMeet;
        while (lo > 0 && allDays[lo - 1] >= head.start().toEpochDay()) {
            lo--;
        }
        int hi = lastMeet;
        while (hi < read - 1 && allDays[hi + 1] < tail.next().start().toEpochDay()) {
            hi++;
        }
        int[] days = Arrays.copyOfRange(allDays, lo, hi + 1);
        Periods periods = Periods.between(head, tail, report.file());
        int n = days.length;
        int[] periodOf = new int[n];
        int[] rowsIn = new int[periods.size()];
        for (int i = 0; i < n; i++) {
            periodOf[i] = periods.indexOf(days[i]);
            rowsIn[periodOf[i]]++;
        }
        KeptRows kept = new KeptRows(source.name(), dateHeader(), columns.list(), days, periodOf, slice(allNumbers, lo, hi),
                slice(allTexts, lo, hi), source.filter(), source.measures(), source.rows());
        boolean finer = Arrays.stream(rowsIn).anyMatch(c -> c > 1);
        checkAdditive(finer, rowsIn, periods);
        report.throwIfProblems();
        RuleValues rules = new RuleValues(kept, events, periods.size());
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, String> how = new LinkedHashMap<>();
        Map<String, String> asValues = new LinkedHashMap<>();
        for (SourceMeasure m : source.measures()) {
            values.put(m.measure(), rules.values(m));
            how.put(m.measure(), Describe.measure(m));
            if (finer && !formula(m)) {
                asValues.put(m.measure(), Describe.whyValue(m));
            }
        }
        notes(events, rowsIn, periods, n, finer);
        LocalDate first = null;
        LocalDate last = null;
        if (span != null) {
            first = LocalDate.ofEpochDay(span.length == 0 ? allDays[firstMeet] : span[0]);
            last = LocalDate.ofEpochDay(span.length == 0 ? allDays[lastMeet] : span[1]);
        }
        Sourcing.Summary summary = new Sourcing.Summary(source.name(), fileName(file), source.preset(), read, rules.counted(),
                first, last, how, asValues);
        return new SourceData(source, periods.list(), values, finer ? kept : null, first, last, summary, report.notes());
    }

    private static double[][] slice(double[][] columns, int lo, int hi) {
        double[][] out = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            out[c] = Arrays.copyOfRange(columns[c], lo, hi + 1);
        }
        return out;
    }

    private static String[][] slice(String[][] columns, int lo, int hi) {
        String[][] out = new String[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            out[c] = Arrays.copyOfRange(columns[c], lo, hi + 1);
        }
        return out;
    }

    private String dateHeader() {
        return source.date().column() != null ? source.date().column() : "Date";
    }

    /** Whether the workbook can compute {@code m} with a formula over the kept rows. */
    static boolean formula(SourceMeasure m) {
        if (!m.how().formula() || m.how() == SourceMeasure.How.LAST && !m.where().isEmpty()) {
            return false;
        }
        return true;
    }

    private void checkAdditive(boolean finer, int[] rowsIn, Periods periods) {
        if (!finer) {
            return;
        }
        int most = 0;
        for (int p = 0; p < rowsIn.length; p++) {
            most = rowsIn[p] > rowsIn[most] ? p : most;
        }
        for (SourceMeasure m : source.measures()) {
            Measure measure = journey.measure(m.measure()).orElse(null);
            if (measure != null && !measure.additive() && m.how() == SourceMeasure.How.SUM) {
                report.problem(0, m.column(), "measure \"" + m.measure() + "\" is not additive (additive: false): summing the "
                        + String.format("%,d", rowsIn[most]) + " rows of " + periods.list().get(most).label()
                        + " would count the same people once per row; use max (a lower bound) or last, or export totals per "
                        + journey.granularity().word());
            }
        }
    }

    private void notes(boolean events, int[] rowsIn, Periods periods, int n, boolean finer) {
        String file = report.file();
        if (skipped > 0) {
            report.note(file + ": " + skipped + " summary row" + (skipped == 1 ? "" : "s") + " (Total...) skipped");
        }
        List<String> empty = new ArrayList<>();
        for (int p = 0; p < rowsIn.length; p++) {
            if (rowsIn[p] == 0) {
                empty.add(periods.list().get(p).label());
            }
        }
        if (!empty.isEmpty()) {
            String which = empty.size() <= 6 ? String.join(", ", empty) : empty.size() + " periods (" + empty.get(0) + " ... "
                    + empty.get(empty.size() - 1) + ")";
            report.note(file + ": no rows in " + which + (events
                    ? "; counts and sums are 0 there (each row is an event), averages, minimums, maximums and last values blank"
                    : "; left blank"));
        }
        if (finer) {
            report.note(file + ": " + String.format("%,d", n) + " rows summarised into " + periods.size() + " "
                    + journey.granularity().word() + (periods.size() == 1 ? "" : "s")
                    + "; the rows are kept in the workbook's raw data sheet");
        }
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
