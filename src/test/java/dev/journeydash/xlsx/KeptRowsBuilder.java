package dev.journeydash.xlsx;

import dev.journeydash.model.Condition;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Period;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceDate;
import dev.journeydash.model.SourceMeasure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kept rows and their source written by hand in tests: a header, then one array per row (its
 * date as "2026-01-05", then a {@link Double}, a {@link String} or null per column), in date order.
 */
public final class KeptRowsBuilder {
    private final String source;
    private final String dateHeader;
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> number = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Condition> filter = new ArrayList<>();
    private final List<SourceMeasure> measures = new ArrayList<>();
    private final Source.RowKind kind;

    public KeptRowsBuilder(String source, String dateHeader, Source.RowKind kind) {
        this.source = source;
        this.dateHeader = dateHeader;
        this.kind = kind;
    }

    public KeptRowsBuilder text(String header) {
        headers.add(header);
        number.add(false);
        return this;
    }

    public KeptRowsBuilder number(String header) {
        headers.add(header);
        number.add(true);
        return this;
    }

    /** A row: its date, then one cell per column (Double, String or null). */
    public KeptRowsBuilder row(String date, Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells for " + headers.size() + " columns");
        }
        Object[] r = new Object[cells.length + 1];
        r[0] = LocalDate.parse(date);
        System.arraycopy(cells, 0, r, 1, cells.length);
        rows.add(r);
        return this;
    }

    public KeptRowsBuilder filter(Condition c) {
        filter.add(c);
        return this;
    }

    public KeptRowsBuilder measure(String id, SourceMeasure.How how, String column, Condition... where) {
        measures.add(new SourceMeasure(id, how, column, Arrays.asList(where)));
        return this;
    }

    /** The rows over {@code periods}, each row in the period that holds its date. */
    public KeptRows build(List<Period> periods) {
        int n = rows.size();
        int[] days = new int[n];
        int[] periodIndex = new int[n];
        long numbers = number.stream().filter(b -> b).count();
        double[][] nums = new double[(int) numbers][n];
        String[][] texts = new String[headers.size() - (int) numbers][n];
        List<KeptRows.Column> columns = new ArrayList<>();
        int ni = 0;
        int ti = 0;
        for (int c = 0; c < headers.size(); c++) {
            columns.add(new KeptRows.Column(headers.get(c), number.get(c), number.get(c) ? ni++ : ti++));
        }
        for (int i = 0; i < n; i++) {
            LocalDate d = (LocalDate) rows.get(i)[0];
            days[i] = (int) d.toEpochDay();
            periodIndex[i] = periodOf(periods, d);
            for (KeptRows.Column col : columns) {
                Object v = rows.get(i)[1 + columns.indexOf(col)];
                if (col.number()) {
                    nums[col.index()][i] = v == null ? Double.NaN : (Double) v;
                } else {
                    texts[col.index()][i] = v == null ? "" : (String) v;
                }
            }
        }
        return new KeptRows(source, dateHeader, columns, days, periodIndex, nums, texts, filter, measures, kind);
    }

    /** The source as a template would describe it. */
    public Source source(String file, String preset) {
        return new Source(source, file, preset, SourceDate.column(dateHeader), -1, kind, filter, measures, 1);
    }

    private static int periodOf(List<Period> periods, LocalDate d) {
        for (int p = 0; p < periods.size(); p++) {
            if (periods.get(p).start().equals(periods.get(p).granularity().start(d))) {
                return p;
            }
        }
        throw new IllegalArgumentException(d + " is in none of the periods");
    }

    public static Condition is(String column, String value) {
        return new Condition(column, Condition.Op.IS, List.of(value), Double.NaN);
    }

    public static Condition texts(String column, Condition.Op op, String... values) {
        return new Condition(column, op, List.of(values), Double.NaN);
    }

    public static Condition compare(String column, Condition.Op op, double number) {
        return new Condition(column, op, List.of(), number);
    }

    public static Condition empty(String column, boolean empty) {
        return new Condition(column, empty ? Condition.Op.EMPTY : Condition.Op.NOT_EMPTY, List.of(), Double.NaN);
    }
}
