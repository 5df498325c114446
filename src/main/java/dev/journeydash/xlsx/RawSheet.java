package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Measure;
import dev.journeydash.model.RawRows;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw data sheet: the input rows as they came (date, segments, measures) plus the period
 * each belongs to, as an Excel table. The Data sheet sums them per period with formulas. The
 * header and table are written first; the rows are streamed afterwards.
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
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(raw.size(), headers.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(TABLE_NAME);
        table.setDisplayName(TABLE_NAME);
        var info = table.getCTTable().addNewTableStyleInfo();
        info.setName("TableStyleLight1");
        info.setShowRowStripes(false);
        for (int c = 0; c < headers.size(); c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(headers.get(c));
        }
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

    /** Streams the rows: one row object at a time, each style created once. */
    static void rows(SXSSFSheet sheet, Layout layout, Styles styles) {
        DataSet data = layout.results.data();
        RawRows raw = data.raw();
        List<Measure> measures = layout.journey.measures();
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, "yyyy-mm-dd");
        XSSFCellStyle period = styles.get(Styles.Role.TEXT, styles.datePattern(layout.journey.granularity()));
        XSSFCellStyle[] measureStyles = new XSSFCellStyle[measures.size()];
        for (int m = 0; m < measures.size(); m++) {
            measureStyles[m] = styles.get(Styles.Role.TEXT, styles.pattern(measures.get(m).format(), "", 1000, false));
        }
        double[] periodSerial = data.periods().stream().mapToDouble(DataSheet::serial).toArray();
        int firstMeasure = firstMeasureColumn(raw);
        int texts = raw.textHeaders().size();
        int lastDay = Integer.MIN_VALUE;
        double lastSerial = 0;
        for (int i = 0; i < raw.size(); i++) {
            SXSSFRow row = sheet.createRow(i + 1);
            int day = raw.days()[i];
            if (day != lastDay) {
                lastDay = day;
                lastSerial = DateUtil.getExcelDate(LocalDate.ofEpochDay(day));
            }
            var c = row.createCell(DATE_COL);
            c.setCellValue(lastSerial);
            c.setCellStyle(date);
            c = row.createCell(PERIOD_COL);
            c.setCellValue(periodSerial[raw.periods()[i]]);
            c.setCellStyle(period);
            for (int t = 0; t < texts; t++) {
                String s = raw.texts()[t][i];
                if (s != null) {
                    row.createCell(2 + t).setCellValue(s);
                }
            }
            for (int m = 0; m < measureStyles.length; m++) {
                double v = raw.measures()[m][i];
                if (!Double.isNaN(v)) {
                    c = row.createCell(firstMeasure + m);
                    c.setCellValue(v);
                    c.setCellStyle(measureStyles[m]);
                }
            }
        }
    }
}
