package dev.journeydash.source.table;

import java.util.List;
import java.util.Objects;

/**
 * One input row, typed by its source, in the columns {@link ColumnRoles} gave roles to.
 *
 * @param line    the row's 1-based line in the input file (for a query: its 1-based row number)
 * @param period  the row's period
 * @param numbers one value per {@link ColumnRoles#numberColumns()} column, in that order; {@code NaN}
 *                where the cell is blank or not a number
 * @param texts   one text per {@link ColumnRoles#textColumns()} column, in that order: the cell
 *                stripped, empty where blank
 * @param invalid the number cells that are not numbers, in column order, each with the source's
 *                message; the table stage reports them where a number is needed
 */
public record Row(int line, PeriodCell period, double[] numbers, String[] texts, List<Invalid> invalid) {
    public Row {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(texts, "texts");
        invalid = List.copyOf(invalid);
    }

    /**
     * A cell that should hold a number and does not.
     *
     * @param column  0-based index of the column in {@link ColumnRoles#header()}
     * @param message what is wrong, e.g. {@code "12,3x" is not a number (expected e.g. 1234.5 ...)}
     */
    public record Invalid(int column, String message) {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
