package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.KeptRows;
import org.apache.poi.xssf.model.SharedStringsTable;

/**
 * Streams a source's kept rows onto its raw-data sheet ({@link SourceRowsLayout}): the date, the
 * period, then the kept columns in one style, numbers as numbers (nothing where blank) and texts
 * as text cells (nothing where empty).
 */
final class SourceRowsWriter extends StreamedRows {
    /** The most rows below the header that a sheet holds. */
    static final int MAX_ROWS = SourceRowsLayout.LAST_ROW - 1;

    private final KeptRows rows;
    private final int cellStyle;
    private final int[] sheetColumn;

    /** Registers the text cells in {@code strings}; call before POI writes the workbook. */
    SourceRowsWriter(DataSet data, KeptRows rows, SourceRowsLayout layout, SharedStringsTable strings, int dateStyle,
                     int periodStyle, int cellStyle) {
        super(layout, layout.columnCount(), strings, data, rows.days(), rows.periods(), dateStyle, periodStyle);
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("source " + rows.source() + " keeps " + rows.size() + " rows; a sheet holds "
                    + MAX_ROWS + " under its header");
        }
        this.rows = rows;
        this.cellStyle = cellStyle;
        this.sheetColumn = rows.columns().stream().mapToInt(c -> layout.column(c.header())).toArray();
        for (KeptRows.Column c : rows.columns()) {
            if (!c.number()) {
                for (String s : rows.texts()[c.index()]) {
                    if (!s.isEmpty()) {
                        register(s);
                    }
                }
            }
        }
    }

    @Override
    void cells(Cells row, int i) {
        for (int c = 0; c < rows.columns().size(); c++) {
            KeptRows.Column col = rows.columns().get(c);
            if (col.number()) {
                double v = rows.numbers()[col.index()][i];
                if (Double.isFinite(v)) {
                    row.number(sheetColumn[c], cellStyle, v);
                }
            } else if (!rows.texts()[col.index()][i].isEmpty()) {
                row.text(sheetColumn[c], cellStyle, rows.texts()[col.index()][i]);
            }
        }
    }
}
