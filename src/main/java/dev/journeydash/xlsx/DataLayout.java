package dev.journeydash.xlsx;

import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;

import java.util.HashMap;
import java.util.Map;

/**
 * The Data sheet: the Excel table {@value #TABLE_NAME} with a header row, then one row per
 * period: the period's first day in column A, the measures in template order, then the input's
 * extra columns and, for a journey with sources, the column "Data covers": the days the data
 * covers of a partial period, blank for a complete one. Rows 1-based, columns 0-based. Rows are prepared down to
 * {@link #lastPreparedRow()}: formulas elsewhere read that far, so that appended periods appear.
 */
public final class DataLayout {
    public static final String TABLE_NAME = "DataTable";

    private final int capacity;
    /** The sheet as formulas name it. */
    private final String sheet;
    private final String sheetName;
    private final int measures;
    private final int extraColumns;
    private final boolean coverage;
    private final Map<String, Integer> measureColumn = new HashMap<>();

    DataLayout(Journey journey, int capacity, int extraColumns, String sheet) {
        this.sheet = Refs.sheet(sheet);
        this.sheetName = sheet;
        this.capacity = capacity;
        this.extraColumns = extraColumns;
        this.measures = journey.measures().size();
        this.coverage = !journey.sources().isEmpty();
        int col = 1;
        for (Measure m : journey.measures()) {
            measureColumn.put(m.id(), col++);
        }
    }

    public int headerRow() {
        return 1;
    }

    /** The row of the first period. */
    public int firstRow() {
        return 2;
    }

    /** The row of period {@code period} (0-based). */
    public int row(int period) {
        return firstRow() + period;
    }

    /** The last row formulas read: the row of the last period the workbook was prepared for. */
    public int lastPreparedRow() {
        return firstRow() + capacity - 1;
    }

    /** The column of the periods (their first days, as date serials). */
    public int periodColumn() {
        return 0;
    }

    public int measureColumn(String measureId) {
        return Ids.get(measureColumn, measureId, "measure");
    }

    boolean hasMeasure(String id) {
        return measureColumn.containsKey(id);
    }

    /** The column of the input's {@code index}-th (0-based) extra column. */
    public int extraColumn(int index) {
        if (index < 0 || index >= extraColumns) {
            throw new IndexOutOfBoundsException("extra column " + index + " of " + extraColumns);
        }
        return 1 + measures + index;
    }

    /** Whether the table has the "Data covers" column: for a journey with sources. */
    public boolean hasCoverageColumn() {
        return coverage;
    }

    /**
     * The column "Data covers", after the extra columns: the text of the days a partial period's
     * data covers ("1\u201310 Apr 2026", shown with " (partial)" after it), blank for a complete period.
     *
     * @throws IllegalStateException for a journey without sources, whose Data table has no such column
     */
    public int coverageColumn() {
        if (!coverage) {
            throw new IllegalStateException("the Data table of a journey without sources has no coverage column");
        }
        return 1 + measures + extraColumns;
    }

    /** Columns of the table: period, measures, extra columns and, for a journey with sources, the coverage. */
    /** The Data sheet's name ("Data"). */
    public String sheetName() {
        return sheetName;
    }

    public int columnCount() {
        return 1 + measures + extraColumns + (coverage ? 1 : 0);
    }

    /** {@code Data!$C$2:$C$61}: a column's prepared period rows. */
    String range(int column) {
        return sheet + "!" + Refs.abs(column, firstRow(), lastPreparedRow());
    }

    /** {@code Data!$C$5}: a measure in one period. */
    String measureCell(String measureId, int period) {
        return sheet + "!$" + Refs.col(measureColumn(measureId)) + "$" + row(period);
    }

    /** The formula of a period cell that follows period {@code period}'s date on Data, blank while that is blank. */
    String periodFormula(int period) {
        String cell = sheet + "!$" + Refs.col(periodColumn()) + row(period);
        return "IF(" + cell + "=\"\",\"\"," + cell + ")";
    }
}
