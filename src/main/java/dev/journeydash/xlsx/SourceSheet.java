package dev.journeydash.xlsx;

import dev.journeydash.model.KeptRows;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A source's raw-data sheet: its kept rows as they came (date, the kept columns) plus the period
 * each falls in, as an Excel table (columns in {@link SourceRowsLayout}). The Data sheet computes
 * the source's measures from them with formulas. This writes the header and the table;
 * {@link SourceRowsWriter} streams the rows into the zip.
 */
final class SourceSheet {
    private SourceSheet() { }

    /** The header row and the table definition sized for every row. */
    static void header(XSSFSheet sheet, KeptRows rows, SourceRowsLayout layout, RenderContext ctx) {
        SheetWriter w = new SheetWriter(sheet);
        List<String> headers = headers(rows, ctx);
        XSSFCellStyle header = ctx.styles().get(Styles.Role.HEADER);
        for (int c = 0; c < headers.size(); c++) {
            w.text(layout.headerRow(), c, headers.get(c), header);
        }
        // a table holds at least one row under its header, empty when the source has no rows
        int lastRow = layout.firstRow() + Math.max(1, rows.size()) - 1;
        DataSheet.table(sheet, layout.tableName(), headers, lastRow, "TableStyleLight1", false);
        sheet.createFreezePane(0, 1);
        w.width(layout.dateColumn(), 12);
        w.width(layout.periodColumn(), 11);
        for (int c = 2; c < headers.size(); c++) {
            w.width(c, Math.max(11, Math.min(28, headers.get(c).length() + 2)));
        }
    }

    /** Date, period, the kept columns; made unique as Excel tables require. */
    static List<String> headers(KeptRows rows, RenderContext ctx) {
        List<String> names = new ArrayList<>();
        names.add(rows.dateHeader().isBlank() ? ctx.word("head.date") : rows.dateHeader());
        names.add(ctx.word("raw.period", ctx.word("granularity." + ctx.journey().granularity().word())));
        rows.columns().forEach(c -> names.add(c.header().isBlank() ? ctx.word("head.column") : c.header()));
        return DataSheet.unique(names);
    }
}
