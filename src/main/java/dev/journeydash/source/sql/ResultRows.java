package dev.journeydash.source.sql;

import dev.journeydash.io.PeriodParser;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Progress;
import dev.journeydash.source.table.Report;
import dev.journeydash.source.table.SourceColumns;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A query's result as typed rows for the table stage: the period (or date) column read as a day,
 * the measure columns as numbers (NULL and NaN blank; text, booleans and infinities refused) and
 * the columns the source's rules compare as text; other columns are not read. Row numbers
 * (1-based) stand in for lines in messages.
 */
final class ResultRows {
    /** Where the typed rows go. */
    interface Sink {
        void add(int row, int epochDay, double[] numbers, String[] texts);
    }

    /** Most result rows accepted: a query that returns more should aggregate in the database. */
    static final int MAX_ROWS = 1_048_575;

    private final String periodColumn;
    private final SourceColumns columns;
    private final Granularity granularity;
    private final Report report;
    private final Progress progress;
    /** Whether every row's day is the first day of its period (a result already grouped by period). */
    private boolean aligned = true;

    ResultRows(String periodColumn, SourceColumns columns, Granularity granularity, Report report, Progress progress) {
        this.periodColumn = periodColumn;
        this.columns = columns;
        this.granularity = granularity;
        this.report = report;
        this.progress = progress;
    }

    /** Whether every row was dated on the first day of its period. */
    boolean aligned() {
        return aligned;
    }

    /** Feeds every row of {@code rs} to {@code sink}; returns the number of rows read. */
    int read(ResultSet rs, Sink sink) throws SQLException, InputException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            names.add(meta.getColumnLabel(c));
        }
        int period = find(names, periodColumn);
        if (period < 0) {
            report.problem(0, periodColumn, "the result has no period column \"" + periodColumn + "\"; its columns are "
                    + String.join(", ", names) + ": name the period (or date) column AS period in the query, or say "
                    + "which it is with date:");
        }
        List<KeptRows.Column> wanted = columns.list();
        int[] at = new int[wanted.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = find(names, wanted.get(i).header());
            if (at[i] < 0) {
                report.problem(0, wanted.get(i).header(), "the result has no column \"" + wanted.get(i).header()
                        + "\"; its columns are " + String.join(", ", names));
            }
        }
        report.throwIfProblems();
        int row = 0;
        while (rs.next()) {
            row++;
            if (row > MAX_ROWS) {
                throw InputException.of(report.file(), "the query returns more than %,d rows; let the database aggregate "
                        + "them (GROUP BY the period), or give table: and date: for journeydash to write the GROUP BY", MAX_ROWS);
            }
            LocalDate day = day(rs.getObject(period + 1), row, names.get(period));
            double[] numbers = new double[columns.numbers()];
            String[] texts = new String[columns.texts()];
            for (int i = 0; i < at.length; i++) {
                KeptRows.Column c = wanted.get(i);
                Object v = rs.getObject(at[i] + 1);
                if (c.number()) {
                    numbers[c.index()] = number(v, row, names.get(at[i]));
                } else {
                    texts[c.index()] = v == null ? "" : v.toString().strip();
                }
            }
            if (day != null) {
                aligned &= granularity.start(day).equals(day);
                sink.add(row, (int) day.toEpochDay(), numbers, texts);
            }
            if ((row & 0xffff) == 0) {
                progress.rows(row);
            }
        }
        progress.rows(row);
        return row;
    }

    private static int find(List<String> names, String column) {
        String key = KeptRows.normalise(column);
        for (int i = 0; i < names.size(); i++) {
            if (KeptRows.normalise(names.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private LocalDate day(Object v, int row, String column) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (v instanceof OffsetDateTime d) {
            return d.toLocalDate();
        }
        if (v instanceof ZonedDateTime d) {
            return d.toLocalDate();
        }
        if (v instanceof String s) {
            PeriodParser.Parsed p = PeriodParser.parse(s, DateOrder.DETECT);
            if (p != null && p.granularity().compareTo(granularity) <= 0) {
                return p.date();
            }
            report.problem(0, column, p == null ? "row " + row + ": " + dev.journeydash.model.InputException.quoted(s)
                    + " is not a period; expected a DATE or TIMESTAMP, or " + PeriodParser.EXPECTED
                    : "row " + row + ": \"" + s + "\" is a " + p.granularity().word() + ", but the template counts by "
                    + granularity.word());
            return null;
        }
        report.problem(0, column, "row " + row + ": the period is " + (v == null ? "NULL" : "a " + v.getClass().getSimpleName()
                + " (" + InputException.quoted(String.valueOf(v)) + ")") + "; expected a DATE or TIMESTAMP, or text such as 2025-01");
        return null;
    }

    private double number(Object v, int row, String column) {
        if (v == null) {
            return Double.NaN;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isInfinite(d)) {
                report.problem(0, column, "row " + row + ": " + v + " is not a finite number");
                return Double.NaN;
            }
            return d;
        }
        String shown = String.valueOf(v);
        report.problem(0, column, "row " + row + ": " + InputException.quoted(shown.length() > 60 ? shown.substring(0, 60) + "..."
                : shown) + " is " + (v instanceof String ? "text" : "a " + v.getClass().getSimpleName()) + ", not a number; "
                + "a measure column must be numeric (CAST it in the query)");
        return Double.NaN;
    }
}
