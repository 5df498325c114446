package dev.journeydash.model;

import java.util.List;
import java.util.Objects;

/**
 * The input rows as they were, when the data is finer than the journey's period (daily rows
 * for a monthly journey, or several rows per period for segments). The workbook keeps them in a
 * raw data sheet and computes the per-period measures from them with formulas. Columns are
 * parallel arrays indexed by row, rows sorted by date (ties in input order).
 *
 * @param dateHeader  header of the input's date column
 * @param textHeaders headers of the input's other columns that are not measures (segments)
 * @param days        each row's date as an epoch day
 * @param periods     each row's 0-based index into {@link DataSet#periods()}
 * @param measures    per journey measure (in template order), each row's value; NaN where blank
 * @param texts       per text column, each row's cell, null where blank
 */
public record RawRows(String dateHeader, List<String> textHeaders, int[] days, int[] periods, double[][] measures,
                      String[][] texts) {
    public RawRows {
        Objects.requireNonNull(dateHeader, "dateHeader");
        textHeaders = List.copyOf(textHeaders);
        if (periods.length != days.length) {
            throw new IllegalArgumentException("days and periods differ in length");
        }
    }

    public int size() {
        return days.length;
    }
}
