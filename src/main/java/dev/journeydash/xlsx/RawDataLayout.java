package dev.journeydash.xlsx;

import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;

import java.util.HashMap;
import java.util.Map;

/**
 * The raw data sheet of one CSV, present when the input is finer than a period: the Excel table
 * {@value #TABLE_NAME} with a header row, then the input rows sorted by date. Columns: the date,
 * the period it belongs to (as every {@link RawSheetLayout}), the input's text (segment) columns,
 * then the measures in template order. The Data sheet sums them per period with formulas over
 * whole columns, down to {@link #LAST_ROW}, so that rows pasted below are counted. Rows 1-based,
 * columns 0-based.
 */
public final class RawDataLayout extends RawSheetLayout {
    public static final String TABLE_NAME = "RawTable";

    private final int textColumns;
    private final Map<String, Integer> measureColumn = new HashMap<>();

    RawDataLayout(Journey journey, int textColumns) {
        this.textColumns = textColumns;
        int col = firstMeasureColumn();
        for (Measure m : journey.measures()) {
            measureColumn.put(m.id(), col++);
        }
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
