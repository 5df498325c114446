package dev.journeydash.xlsx;

import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;

import java.util.HashMap;
import java.util.Map;

/**
 * The raw data sheet, present when the input is finer than a period: the Excel table
 * {@value #TABLE_NAME} with a header row, then the input rows sorted by date. Columns: the date,
 * the period it belongs to, the input's text (segment) columns, then the measures in template
 * order. The Data sheet sums them per period with formulas over whole columns, down to
 * {@link #LAST_ROW}, so that rows pasted below are counted. Rows 1-based, columns 0-based.
 */
public final class RawDataLayout {
    public static final String TABLE_NAME = "RawTable";
    /** Excel's last row: the raw ranges the Data sheet's formulas read end there. */
    public static final int LAST_ROW = 1_048_576;

    private final int textColumns;
    private final Map<String, Integer> measureColumn = new HashMap<>();

    RawDataLayout(Journey journey, int textColumns) {
        this.textColumns = textColumns;
        int col = firstMeasureColumn();
        for (Measure m : journey.measures()) {
            measureColumn.put(m.id(), col++);
        }
    }

    public int headerRow() {
        return 1;
    }

    public int firstRow() {
        return 2;
    }

    public int dateColumn() {
        return 0;
    }

    /** The first day of the row's period, as a date serial. */
    public int periodColumn() {
        return 1;
    }

    /** The column of the {@code index}-th (0-based) text column of the input. */
    public int textColumn(int index) {
        if (index < 0 || index >= textColumns) {
            throw new IndexOutOfBoundsException("text column " + index + " of " + textColumns);
        }
        return 2 + index;
    }

    public int firstMeasureColumn() {
        return 2 + textColumns;
    }

    public int measureColumn(String measureId) {
        return Ids.get(measureColumn, measureId, "measure");
    }
}
