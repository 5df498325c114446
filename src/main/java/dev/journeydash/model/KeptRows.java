package dev.journeydash.model;

import java.util.List;
import java.util.Objects;

/**
 * A source's rows kept for the workbook's raw-data sheet, when they are finer than the period,
 * and how each of the source's measures is computed from them: the workbook writes the same
 * aggregation as formulas over these rows ({@code SUMIFS}, {@code COUNTIFS} with the filters as
 * criteria), so that correcting a row in Excel updates every figure. Columns are parallel arrays
 * indexed by row, rows sorted by date (ties in input order).
 *
 * @param source     the source's name
 * @param dateHeader the header of the date column as in the export (or "Date" for a source dated by a value)
 * @param columns    the kept columns, in export order: those the filters and measures name
 * @param days       each row's date as an epoch day
 * @param periods    each row's 0-based index into {@link DataSet#periods()}
 * @param numbers    per number column (in {@code columns} order), each row's value; NaN where blank or not a number
 * @param texts      per text column (in {@code columns} order), each row's cell; empty where blank
 * @param filter     the source's filter: rows that fail it are kept but count for no measure
 * @param measures   the source's measures
 * @param rows       what a row stands for: in an EVENTS source a period without matching rows has 0 for its counts
 *                   and sums, in a TOTALS source it is blank
 */
public record KeptRows(String source, String dateHeader, List<Column> columns, int[] days, int[] periods,
                       double[][] numbers, String[][] texts, List<Condition> filter, List<SourceMeasure> measures,
                       Source.RowKind rows) {
    /**
     * A kept column.
     *
     * @param header the header as in the export
     * @param number whether it holds numbers (it is aggregated or compared as a number) or texts
     * @param index  its index into {@link #numbers()} or {@link #texts()}
     */
    public record Column(String header, boolean number, int index) {
        public Column {
            Objects.requireNonNull(header, "header");
        }
    }

    public KeptRows {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dateHeader, "dateHeader");
        Objects.requireNonNull(rows, "rows");
        columns = List.copyOf(columns);
        filter = List.copyOf(filter);
        measures = List.copyOf(measures);
        if (periods.length != days.length) {
            throw new IllegalArgumentException("days and periods differ in length");
        }
    }

    /**
     * Rows of a source whose kind is the template's default: EVENTS when a measure counts rows or
     * values, TOTALS otherwise.
     */
    public KeptRows(String source, String dateHeader, List<Column> columns, int[] days, int[] periods,
                    double[][] numbers, String[][] texts, List<Condition> filter, List<SourceMeasure> measures) {
        this(source, dateHeader, columns, days, periods, numbers, texts, filter, measures,
                measures.stream().anyMatch(m -> m.how().counts()) ? Source.RowKind.EVENTS : Source.RowKind.TOTALS);
    }

    /** Whether each row is an event: a period without matching rows has 0 for its counts and sums. */
    public boolean events() {
        return rows == Source.RowKind.EVENTS;
    }

    /** The 0-based index of the first period with a row; periods before it are out of the source's reach (blank). */
    public int firstPeriod() {
        return periods.length == 0 ? 0 : periods[0];
    }

    public int size() {
        return days.length;
    }

    /** The kept column headed {@code header} (as the template names it, matched as headers are), or null. */
    public Column column(String header) {
        String key = normalise(header);
        return columns.stream().filter(c -> normalise(c.header()).equals(key)).findFirst().orElse(null);
    }

    /** A header as templates match it: lower case, spaces and punctuation folded to single underscores. */
    public static String normalise(String header) {
        String s = header.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }
}
