package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import dev.journeydash.model.Sourcing;
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
    private DataSheet() { }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        Styles styles = ctx.styles();
        DataLayout layout = ctx.layout().data();
        SheetWriter w = new SheetWriter(sheet);
        DataSet data = ctx.results().data();
        List<String> headers = headers(ctx);
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        for (int c = 0; c < headers.size(); c++) {
            w.text(layout.headerRow(), c, headers.get(c), header);
        }
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        List<Measure> measures = ctx.journey().measures();
        XSSFCellStyle[] measureStyles = new XSSFCellStyle[measures.size()];
        for (int m = 0; m < measures.size(); m++) {
            measureStyles[m] = styles.get(Styles.Role.TEXT,
                    styles.pattern(measures.get(m).format(), "", 1000));
        }
        XSSFCellStyle general = styles.get(Styles.Role.TEXT);
        for (int i = 0; i < data.periods().size(); i++) {
            int row = layout.row(i);
            w.number(row, layout.periodColumn(), serial(data.periods().get(i)), date);
            for (int m = 0; m < measures.size(); m++) {
                Measure measure = measures.get(m);
                double v = data.value(measure.id(), i);
                int col = layout.measureColumn(measure.id());
                String sourced = ctx.sourced().formula(measure.id(), "$" + Refs.col(layout.periodColumn()) + row);
                if (data.raw() != null) {
                    w.formula(row, col, rawFormula(ctx, measure, row), v, measureStyles[m]);
                } else if (sourced != null) {
                    w.formula(row, col, sourced, v, measureStyles[m]);
                } else {
                    w.number(row, col, v, measureStyles[m]);
                }
            }
            extras(w, data, layout, i, general);
            coverage(w, data, layout, i, ctx);
        }
        table(sheet, DataLayout.TABLE_NAME, headers, layout.row(data.periods().size() - 1), "TableStyleLight9", true);
        periodChecks(sheet, layout, styles, ctx);
        sheet.createFreezePane(1, 1);
        w.width(0, 12);
        for (int c = 1; c < headers.size(); c++) {
            w.width(c, Math.max(12, Math.min(28, headers.get(c).length() + 3)));
        }
        if (layout.hasCoverageColumn()) {
            w.width(layout.coverageColumn(), 26);
        }
    }

    /**
     * The prepared period cells accept dates only (a period typed as text would drop out of
     * every formula and of the period list), and a period that is text all the same (pasted,
     * which validation does not check) is filled in the alert colour; the Dashboard's subtitle
     * counts such periods too.
     */
    private static void periodChecks(XSSFSheet sheet, DataLayout layout, Styles styles, RenderContext ctx) {
        int col = layout.periodColumn();
        var helper = new org.apache.poi.xssf.usermodel.XSSFDataValidationHelper(sheet);
        var dates = helper.createDateConstraint(org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                "1", null, null);
        var dv = helper.createValidation(dates, new org.apache.poi.ss.util.CellRangeAddressList(layout.firstRow() - 1,
                layout.lastPreparedRow() - 1, col, col));
        dv.setShowErrorBox(true);
        dv.createErrorBox(ctx.word("head.period"), ctx.word("data.periodError"));
        dv.setShowPromptBox(false);
        sheet.addValidationData(dv);
        var cf = sheet.getSheetConditionalFormatting();
        String first = "$" + Refs.col(col) + layout.firstRow();
        cf.addConditionalFormatting(new org.apache.poi.ss.util.CellRangeAddress[] {new org.apache.poi.ss.util.CellRangeAddress(
                layout.firstRow() - 1, layout.lastPreparedRow() - 1, col, col)},
                ConditionalFormats.rule(cf, "AND(" + first + "<>\"\",NOT(ISNUMBER(" + first + ")))", styles.color(styles.theme().bad())));
    }

    /** The input's extra columns of period {@code period}: numbers as numbers, anything else as text. */
    private static void extras(SheetWriter w, DataSet data, DataLayout layout, int period, XSSFCellStyle style) {
        int row = layout.row(period);
        for (int e = 0; e < data.extras().size(); e++) {
            Object v = data.extras().get(e).values().get(period);
            if (v instanceof Double d) {
                w.number(row, layout.extraColumn(e), d, style);
            } else if (v != null) {
                w.text(row, layout.extraColumn(e), v.toString(), style);
            }
        }
    }

    /** The days a partial period's data covers, in the coverage column; nothing for a complete period. */
    private static void coverage(SheetWriter w, DataSet data, DataLayout layout, int period, RenderContext ctx) {
        Sourcing.Coverage c = data.sourcing().partial().get(period);
        if (layout.hasCoverageColumn() && c != null) {
            w.text(layout.row(period), layout.coverageColumn(), PartialPeriods.text(c, ctx.labels()),
                    ctx.styles().get(Styles.Role.TEXT, PartialPeriods.format(ctx.labels())));
        }
    }

    /**
     * A measure of one period from the raw rows, by the measure's aggregation: SUMIFS,
     * AVERAGEIFS, or the period's last row; blank when the period has no value.
     */
    static String rawFormula(RenderContext ctx, Measure measure, int row) {
        RawDataLayout raw = ctx.layout().rawData().orElseThrow();
        int rawRows = ctx.results().data().raw().size();
        String q = Refs.q(ctx.layout().rawDataSheet()) + "!";
        int col = raw.measureColumn(measure.id());
        int k = raw.periodColumn();
        String period = "$" + Refs.col(ctx.layout().data().periodColumn()) + row;
        String values = q + Refs.abs(col, raw.firstRow(), RawDataLayout.LAST_ROW);
        String keys = q + Refs.abs(k, raw.firstRow(), RawDataLayout.LAST_ROW);
        SegmentLayout segments = ctx.segmentLayout();
        if (segments != null) {
            // the segment selector's choice: All (index 1) sums every row, a segment only its own
            String dash = ctx.layout().dashboardSheet();
            List<String> criteria = new ArrayList<>();
            for (int j = 0; j < segments.criteria(); j++) {
                criteria.add(segments.selectedCriterionReference(dash, j));
            }
            return "IF(" + segments.indexReference(dash) + "=1," + allRowsFormula(ctx, measure, period)
                    + "," + new SegmentFormulas(ctx).measure(measure, period, criteria) + ")";
        }
        return allRows(measure, q, col, k, raw, rawRows, period, values, keys);
    }

    /** The formula of {@code measure} over every raw row of the period whose first day is in cell {@code period}. */
    static String allRowsFormula(RenderContext ctx, Measure measure, String period) {
        if (measure.aggregation() == Measure.Aggregation.LAST && ctx.segmentLayout() != null) {
            // with segments, the sum of the rows on the period's last date, as each segment's
            return new SegmentFormulas(ctx).measure(measure, period, List.of());
        }
        RawDataLayout raw = ctx.layout().rawData().orElseThrow();
        String q = Refs.q(ctx.layout().rawDataSheet()) + "!";
        int col = raw.measureColumn(measure.id());
        int k = raw.periodColumn();
        return allRows(measure, q, col, k, raw, ctx.results().data().raw().size(), period,
                q + Refs.abs(col, raw.firstRow(), RawDataLayout.LAST_ROW), q + Refs.abs(k, raw.firstRow(), RawDataLayout.LAST_ROW));
    }

    private static String allRows(Measure measure, String q, int col, int k, RawDataLayout raw, int rawRows, String period,
                                  String values, String keys) {
        return switch (measure.aggregation()) {
            case SUM -> "IF(COUNTIFS(" + keys + "," + period + "," + values + ",\"<>\")=0,\"\",SUMIFS(" + values + ","
                    + keys + "," + period + "))";
            case AVERAGE -> "IFERROR(AVERAGEIFS(" + values + "," + keys + "," + period + "),\"\")";
            case LAST -> lastRowFormula(q, col, k, raw.firstRow(), rawRows, period);
        };
    }

    /**
     * The value in column {@code col} of the period's last row among {@code rows} rows sorted by
     * date from {@code firstRow} of the sheet {@code q} ({@code 'Raw data'!}), whose period column
     * is {@code keys}; blank when the period has no row or that cell no number.
     */
    static String lastRowFormula(String q, int col, int keys, int firstRow, int rows, String period) {
        // the rows are sorted by date: the period's last row is MATCH's approximate match
        String sortedValues = q + Refs.abs(col, firstRow, firstRow + rows - 1);
        String sortedKeys = q + Refs.abs(keys, firstRow, firstRow + rows - 1);
        String last = "INDEX(" + sortedValues + ",MATCH(" + period + "," + sortedKeys + ",1))";
        return "IF(COUNTIF(" + sortedKeys + "," + period + ")=0,\"\",IF(ISNUMBER(" + last + ")," + last + ",\"\"))";
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

    /** Column headers: Period, measure labels, extra columns, the coverage; made unique as Excel tables require. */
    static List<String> headers(RenderContext ctx) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        out.add(unique(ctx.word("head.period"), seen));
        ctx.journey().measures().forEach(m -> out.add(unique(m.label(), seen)));
        ctx.results().data().extras().forEach(e -> out.add(unique(e.header().isBlank() ? ctx.word("head.column") : e.header(), seen)));
        if (ctx.layout().data().hasCoverageColumn()) {
            out.add(unique(ctx.word("partial.header"), seen));
        }
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
