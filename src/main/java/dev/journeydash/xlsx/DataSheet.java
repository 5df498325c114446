package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The Data sheet: periods x measures (and the input's extra columns), as an Excel table. */
final class DataSheet {
    static final String TABLE_NAME = "DataTable";

    private DataSheet() { }

    static void write(XSSFSheet sheet, Layout layout, Styles styles) {
        SheetWriter w = new SheetWriter(sheet);
        DataSet data = layout.results.data();
        List<String> headers = headers(layout);
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        for (int c = 0; c < headers.size(); c++) {
            w.text(1, c, headers.get(c), header);
        }
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(layout.journey.granularity()));
        List<Measure> measures = layout.journey.measures();
        XSSFCellStyle[] measureStyles = new XSSFCellStyle[measures.size()];
        for (int m = 0; m < measures.size(); m++) {
            measureStyles[m] = styles.get(Styles.Role.TEXT,
                    styles.pattern(measures.get(m).format(), "", 1000, false));
        }
        XSSFCellStyle general = styles.get(Styles.Role.TEXT);
        for (int i = 0; i < data.periods().size(); i++) {
            int row = Layout.DATA_FIRST_ROW + i;
            w.number(row, 0, serial(data.periods().get(i)), date);
            for (int m = 0; m < measures.size(); m++) {
                double v = data.value(measures.get(m).id(), i);
                if (data.raw() != null) {
                    w.formula(row, 1 + m, rawFormula(layout, m, row), v, measureStyles[m]);
                } else {
                    w.number(row, 1 + m, v, measureStyles[m]);
                }
            }
            for (int e = 0; e < data.extras().size(); e++) {
                Object v = data.extras().get(e).values().get(i);
                if (v instanceof Double d) {
                    w.number(row, layout.extraColumn(e), d, general);
                } else if (v != null) {
                    w.text(row, layout.extraColumn(e), v.toString(), general);
                }
            }
        }
        int lastRow = Layout.DATA_FIRST_ROW + data.periods().size() - 1;
        table(sheet, TABLE_NAME, headers, lastRow, "TableStyleLight9", true);
        sheet.createFreezePane(1, 1);
        w.width(0, 12);
        for (int c = 1; c < headers.size(); c++) {
            w.width(c, Math.max(12, Math.min(28, headers.get(c).length() + 3)));
        }
    }

    /**
     * A measure of one period from the raw rows, by the measure's aggregation: SUMIFS,
     * AVERAGEIFS, or the period's last row; blank when the period has no value.
     */
    static String rawFormula(Layout layout, int measure, int row) {
        var raw = layout.results.data().raw();
        String q = Refs.q(RawSheet.NAME) + "!";
        int col = RawSheet.firstMeasureColumn(raw) + measure;
        int k = RawSheet.PERIOD_COL;
        String period = "$A" + row;
        String values = q + Refs.abs(col, 2, Layout.RAW_LAST_ROW);
        String keys = q + Refs.abs(k, 2, Layout.RAW_LAST_ROW);
        return switch (layout.journey.measures().get(measure).aggregation()) {
            case SUM -> "IF(COUNTIFS(" + keys + "," + period + "," + values + ",\"<>\")=0,\"\",SUMIFS(" + values + ","
                    + keys + "," + period + "))";
            case AVERAGE -> "IFERROR(AVERAGEIFS(" + values + "," + keys + "," + period + "),\"\")";
            case LAST -> {
                String sortedValues = q + Refs.abs(col, 2, raw.size() + 1);
                String sortedKeys = q + Refs.abs(k, 2, raw.size() + 1);
                String last = "INDEX(" + sortedValues + ",MATCH(" + period + "," + sortedKeys + ",1))";
                yield "IF(COUNTIF(" + sortedKeys + "," + period + ")=0,\"\",IF(ISNUMBER(" + last + ")," + last + ",\"\"))";
            }
        };
    }

    /** An Excel table over {@code headers} and the rows below them, down to row {@code lastRow} (1-based). */
    static void table(XSSFSheet sheet, String name, List<String> headers, int lastRow, String style, boolean stripes) {
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow - 1, headers.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        CTTableStyleInfo info = table.getCTTable().addNewTableStyleInfo();
        info.setName(style);
        info.setShowRowStripes(stripes);
        info.setShowColumnStripes(false);
        info.setShowFirstColumn(false);
        info.setShowLastColumn(false);
        for (int c = 0; c < headers.size(); c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(headers.get(c));
        }
    }

    /** Column headers: Period, measure labels, extra columns; made unique as Excel tables require. */
    static List<String> headers(Layout layout) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        out.add(unique("Period", seen));
        layout.journey.measures().forEach(m -> out.add(unique(m.label(), seen)));
        layout.results.data().extras().forEach(e -> out.add(unique(e.header().isBlank() ? "Column" : e.header(), seen)));
        return out;
    }

    /** The names, made unique as Excel table columns require ("Visitors", "Visitors 2"). */
    static List<String> unique(List<String> names) {
        Set<String> seen = new HashSet<>();
        return names.stream().map(n -> unique(n, seen)).toList();
    }

    private static String unique(String name, Set<String> seen) {
        String clean = name.replaceAll("[\\r\\n\\t]", " ").strip();
        String candidate = clean;
        for (int n = 2; !seen.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = clean + " " + n;
        }
        return candidate;
    }

    /** Excel's date serial of the period's first day. */
    static double serial(Period p) {
        return DateUtil.getExcelDate(p.start());
    }
}
