package dev.journeydash.model;

import java.util.List;
import java.util.Objects;

/**
 * A file or a SQL query a journey reads some of its measures from, as a template's
 * {@code sources:} entry describes it, the preset's settings already merged in.
 *
 * @param name     the source's id, unique in the journey: it names the source in notes and its raw-data sheet
 * @param file     the file as the template (or the command line) gives it, resolved against the template's folder;
 *                 for a SQL source, its query file, else a description of its query for messages
 * @param preset   the preset it is based on, or null
 * @param date     how each row is dated
 * @param skip     lines above the header; -1 to detect the header
 * @param rows     whether each row is an event or already a total
 * @param filter   conditions every row must meet to count (all of them)
 * @param measures the measures it defines, in template order
 * @param line     the template line of the source, for messages
 * @param expects  header columns the file must have: the preset's identifying columns; empty without a preset
 * @param sql      the query of a SQL source ({@code date} then names its period or date column); null for a file
 */
public record Source(String name, String file, String preset, SourceDate date, int skip, RowKind rows,
                     List<Condition> filter, List<SourceMeasure> measures, int line, List<String> expects, SqlQuery sql) {
    /** What one row of a source stands for. */
    public enum RowKind {
        /** One event (an order, a charge, a campaign): a period without rows has 0 events. */
        EVENTS,
        /** A total already (a day of web analytics): a period without rows is blank. */
        TOTALS
    }

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rows, "rows");
        filter = List.copyOf(filter);
        measures = List.copyOf(measures);
        expects = List.copyOf(expects);
    }

    /** A source without a preset's expectations. */
    public Source(String name, String file, String preset, SourceDate date, int skip, RowKind rows,
                  List<Condition> filter, List<SourceMeasure> measures, int line) {
        this(name, file, preset, date, skip, rows, filter, measures, line, List.of(), null);
    }

    /** A file source with a preset's expectations. */
    public Source(String name, String file, String preset, SourceDate date, int skip, RowKind rows,
                  List<Condition> filter, List<SourceMeasure> measures, int line, List<String> expects) {
        this(name, file, preset, date, skip, rows, filter, measures, line, expects, null);
    }

    /** Whether this source is a SQL query rather than a file. */
    public boolean isSql() {
        return sql != null;
    }

    /** This source reading {@code other} instead of its file. */
    public Source withFile(String other) {
        return new Source(name, other, preset, date, skip, rows, filter, measures, line, expects, sql);
    }

    /** Every column the source names: the date column, the filters' and the measures' columns. */
    public List<String> columns() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (date.column() != null) {
            out.add(date.column());
        }
        filter.forEach(c -> out.add(c.column()));
        for (SourceMeasure m : measures) {
            if (m.column() != null) {
                out.add(m.column());
            }
            m.where().forEach(c -> out.add(c.column()));
        }
        return List.copyOf(out);
    }
}
