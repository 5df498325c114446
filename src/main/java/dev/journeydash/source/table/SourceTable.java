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
     * The source's data.
     *
     * @param dayPrecise whether the rows were dated by day (partial periods are judged only then)
     * @param file       the file read, for the summary
     * @throws InputException with every problem of the report
     */
    public SourceData finish(boolean dayPrecise, String file) throws InputException {
        report.throwIfProblems();
        int n = rows.size();
        if (n == 0) {
            throw InputException.of(report.file(), "no data rows%s; check the filter and the file",
                    skipped > 0 ? " (only " + skipped + " summary rows)" : "");
        }
        int[] order = rows.orderByDay();
        int[] days = rows.sortedDays(order);
        Granularity g = journey.granularity();
        Periods periods = Periods.between(new Period(LocalDate.ofEpochDay(days[0]), g),
                new Period(LocalDate.ofEpochDay(days[n - 1]), g), report.file());
        int[] periodOf = new int[n];
        int[] rowsIn = new int[periods.size()];
        for (int i = 0; i < n; i++) {
            periodOf[i] = periods.indexOf(days[i]);
            rowsIn[periodOf[i]]++;
        }
        KeptRows kept = new KeptRows(source.name(), dateHeader(), columns.list(), days, periodOf, rows.sortedNumbers(order),
                rows.sortedTexts(order), source.filter(), source.measures(), source.rows() == Source.RowKind.EVENTS);
        boolean finer = Arrays.stream(rowsIn).anyMatch(c -> c > 1);
        checkAdditive(finer, rowsIn, periods);
        report.throwIfProblems();
        boolean events = source.rows() == Source.RowKind.EVENTS;
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
        LocalDate first = dayPrecise ? LocalDate.ofEpochDay(days[0]) : null;
        LocalDate last = dayPrecise ? LocalDate.ofEpochDay(days[n - 1]) : null;
        int counted = rules.counted();
        Sourcing.Summary summary = new Sourcing.Summary(source.name(), fileName(file), source.preset(), n, counted,
                first, last, how, asValues);
        return new SourceData(source, periods.list(), values, finer ? kept : null, first, last, summary, report.notes());
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
