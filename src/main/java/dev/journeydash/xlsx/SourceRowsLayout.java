package dev.journeydash.xlsx;

import dev.journeydash.model.KeptRows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw-data sheet of one source whose rows are finer than the period (one row per order,
 * charge, campaign or day): the Excel table {@link #tableName()} with a header row, then the
 * source's rows sorted by date. Columns: the row's date, the first day of the period it falls in
 * (as every {@link RawSheetLayout}), then the source's kept columns in export order. The Data
 * sheet computes the source's measures from these columns with COUNTIFS, SUMIFS, AVERAGEIFS,
 * MINIFS and MAXIFS over whole columns, down to {@link #LAST_ROW}, so that a corrected or pasted
 * row counts. Rows 1-based, columns 0-based.
 */
public final class SourceRowsLayout extends RawSheetLayout {
    private final String source;
    private final String sheetName;
    private final String tableName;
    private final List<String> headers;
    private final Map<String, Integer> column = new HashMap<>();

    SourceRowsLayout(String source, String sheetName, String tableName, List<String> headers) {
        this.source = source;
        this.sheetName = sheetName;
        this.tableName = tableName;
        this.headers = List.copyOf(headers);
        for (int i = 0; i < this.headers.size(); i++) {
            if (column.put(KeptRows.normalise(this.headers.get(i)), 2 + i) != null) {
                throw new IllegalArgumentException("source " + source + " keeps the column \"" + this.headers.get(i)
                        + "\" twice");
            }
        }
    }

    /** The source's name. */
    public String source() {
        return source;
    }

    /** "Raw data" when the workbook has one such sheet, "Raw <source>" with several. */
    public String sheetName() {
        return sheetName;
    }

    public String tableName() {
        return tableName;
    }

    /** The kept columns' headers as in the export, in export (and sheet) order. */
    public List<String> headers() {
        return headers;
    }

    /** The column of the kept column {@code header}, named as a template names it (matched as {@link KeptRows#normalise} does). */
    public int column(String header) {
        Integer c = column.get(KeptRows.normalise(header));
        if (c == null) {
            throw new IllegalArgumentException("source " + source + " keeps no column \"" + header + "\"; it keeps "
                    + String.join(", ", headers));
        }
        return c;
    }

    /** Columns of the table: date, period and the kept columns. */
    public int columnCount() {
        return 2 + headers.size();
    }

    /** {@code 'Raw shop'!$C$2:$C$1048576}: a column from the first row down to Excel's last. */
    String range(int col) {
        return Refs.q(sheetName) + "!" + Refs.abs(col, firstRow(), LAST_ROW);
    }
}
