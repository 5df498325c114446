package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.RawRows;
import org.apache.poi.xssf.model.SharedStringsTable;

/** Streams the rows of the raw data sheet of one CSV ({@link RawDataLayout}): date, period, text columns, measures. */
final class RawRowsWriter extends StreamedRows {
    private final RawRows raw;
    private final RawDataLayout layout;
    private final int[] measureStyles;

    /** Registers the text cells in {@code strings}; call before POI writes the workbook. */
    RawRowsWriter(DataSet data, RawDataLayout layout, SharedStringsTable strings, int dateStyle, int periodStyle,
                  int[] measureStyles) {
        super(layout, layout.firstMeasureColumn() + data.raw().measures().length, strings, data, data.raw().days(),
                data.raw().periods(), dateStyle, periodStyle);
        this.raw = data.raw();
        this.layout = layout;
        this.measureStyles = measureStyles.clone();
        for (String[] column : raw.texts()) {
            for (String s : column) {
                if (s != null) {
                    register(s);
                }
            }
        }
    }

    @Override
    void cells(Cells row, int i) {
        for (int t = 0; t < raw.texts().length; t++) {
            String s = raw.texts()[t][i];
            if (s != null) {
                row.text(layout.textColumn(t), s);
            }
        }
        int firstMeasure = layout.firstMeasureColumn();
        for (int m = 0; m < measureStyles.length; m++) {
            double v = raw.measures()[m][i];
            if (!Double.isNaN(v)) {
                row.number(firstMeasure + m, measureStyles[m], v);
            }
        }
    }
}
