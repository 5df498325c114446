package dev.journeydash.xlsx;

import dev.journeydash.model.RawRows;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw data sheet: the input rows as they came (date, segments, measures) plus the period
 * each belongs to, as an Excel table. The Data sheet sums them per period with formulas. This
 * writes the header and the table; {@link RawRowsWriter} streams the rows into the zip.
 */
final class RawSheet {
    static final String NAME = "Raw data";
    static final String TABLE_NAME = "RawTable";
    /** Columns: date, period, text columns, then measures. */
    static final int DATE_COL = 0;
    static final int PERIOD_COL = 1;

    private RawSheet() { }

    static int firstMeasureColumn(RawRows raw) {
        return 2 + raw.textHeaders().size();
    }

    /** The header row and the table definition sized for every row. */
    static void header(XSSFSheet sheet, Layout layout, Styles styles) {
        RawRows raw = layout.results.data().raw();
        SheetWriter w = new SheetWriter(sheet);
        List<String> headers = headers(layout);
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        for (int c = 0; c < headers.size(); c++) {
            w.text(1, c, headers.get(c), header);
        }
        DataSheet.table(sheet, TABLE_NAME, headers, raw.size() + 1, "TableStyleLight1", false);
        sheet.createFreezePane(0, 1);
        w.width(0, 12);
        w.width(1, 11);
        for (int c = 2; c < headers.size(); c++) {
            w.width(c, Math.max(11, Math.min(24, headers.get(c).length() + 2)));
        }
    }

    static List<String> headers(Layout layout) {
        RawRows raw = layout.results.data().raw();
        List<String> names = new ArrayList<>();
        names.add(raw.dateHeader().isBlank() ? "Date" : raw.dateHeader());
        names.add("Period (" + layout.journey.granularity().word() + ")");
        names.addAll(raw.textHeaders());
        layout.journey.measures().forEach(m -> names.add(m.label()));
        return DataSheet.unique(names);
    }
}
