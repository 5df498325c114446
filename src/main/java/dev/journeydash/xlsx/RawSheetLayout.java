package dev.journeydash.xlsx;

/**
 * What every raw-data sheet shares: a header row, then one input row per sheet row, sorted by
 * date; the row's date in the first column and the first day of its period (a date serial, as
 * on the Data sheet) in the second. The Data sheet's formulas read whole columns down to
 * {@link #LAST_ROW}, so that rows pasted below count. Rows 1-based, columns 0-based.
 */
public abstract sealed class RawSheetLayout permits RawDataLayout, SourceRowsLayout {
    /** Excel's last row: the raw ranges the Data sheet's formulas read end there. */
    public static final int LAST_ROW = 1_048_576;

    RawSheetLayout() { }

    public int headerRow() {
        return 1;
    }

    public int firstRow() {
        return 2;
    }

    /** The row's date, as a date serial. */
    public int dateColumn() {
        return 0;
    }

    /** The first day of the row's period, as a date serial. */
    public int periodColumn() {
        return 1;
    }
}
