package dev.journeydash.xlsx;

import dev.journeydash.model.RawRows;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw data sheet: the input rows as they came (date, segments, measures) plus the period
 * each belongs to, as an Excel table (columns in {@link RawDataLayout}). The Data sheet sums them
 * per period with formulas. This writes the header and the table; {@link RawRowsWriter} streams
 * the rows into the zip.
 */
final class RawSheet {
    private RawSheet() { }

    /** The header row and the table definition sized for every row. */
    static void header(XSSFSheet sheet, RenderContext ctx) {
        RawRows raw = ctx.results().data().raw();
        RawDataLayout layout = ctx.layout().rawData().orElseThrow();
        Styles styles = ctx.styles();
        SheetWriter w = new SheetWriter(sheet);
        List<String> headers = headers(ctx);
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        for (int c = 0; c < headers.size(); c++) {
            w.text(layout.headerRow(), c, headers.get(c), header);
        }
        DataSheet.table(sheet, RawDataLayout.TABLE_NAME, headers, layout.firstRow() + raw.size() - 1, "TableStyleLight1", false);
        sheet.createFreezePane(0, 1);
        w.width(layout.dateColumn(), 12);
        w.width(layout.periodColumn(), 11);
        for (int c = 2; c < headers.size(); c++) {
            w.width(c, Math.max(11, Math.min(24, headers.get(c).length() + 2)));
        }
    }

    /** Date, period, the text columns, the measures; made unique as Excel tables require. */
    static List<String> headers(RenderContext ctx) {
        RawRows raw = ctx.results().data().raw();
        List<String> names = new ArrayList<>();
        names.add(raw.dateHeader().isBlank() ? ctx.word("head.date") : raw.dateHeader());
        names.add(ctx.word("raw.period", ctx.word("granularity." + ctx.journey().granularity().word())));
        names.addAll(raw.textHeaders());
        ctx.journey().measures().forEach(m -> names.add(m.label()));
        return DataSheet.unique(names);
    }
}
