package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.compute.SegmentResults;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Kpi;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The segments on the Dashboard's page: the selector under the period selector, the comparison
 * table (a row per KPI, a column per choice, coloured by each cell's status) and the widest gaps
 * between segments. Every number is a formula of the {@link SegmentCalc}; the selector's list is
 * the calculation's header row.
 */
final class SegmentTables {
    /** KPIs in the gaps table. */
    static final int GAPS = 3;

    private final XSSFSheet sheet;
    private final SheetWriter w;
    private final RenderContext ctx;
    private final SegmentLayout layout;
    private final DashboardLayout dash;
    private final Styles styles;
    private final List<int[]> blocks = new ArrayList<>();

    SegmentTables(XSSFSheet sheet, RenderContext ctx, SegmentLayout layout) {
        this.sheet = sheet;
        this.w = new SheetWriter(sheet);
        this.ctx = ctx;
        this.layout = layout;
        this.dash = ctx.layout().dashboard();
        this.styles = ctx.styles();
    }

    /** The page's blocks these tables added, each {first row, last row}. */
    List<int[]> blocks() {
        return blocks;
    }

    /** The segment selector: All when generated; a drop-down of the calculation's names. */
    void selector() {
        int row = layout.selectorRow();
        String label = ctx.journey().segmentation().label();
        w.text(row, 1, label + " \u25be", styles.get(Styles.Role.BOLD_VALUE));
        w.text(row, layout.selectorColumn(), ctx.word("segment.all"), styles.get(Styles.Role.INPUT));
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation dv = helper.createValidation(helper.createFormulaListConstraint(layout.namesRange()),
                new CellRangeAddressList(row - 1, row - 1, layout.selectorColumn(), layout.selectorColumn()));
        dv.setShowErrorBox(true);
        dv.createErrorBox(label, ctx.word("segment.error", label));
        dv.setShowPromptBox(true);
        dv.createPromptBox(label, ctx.word("segment.prompt", label));
        sheet.addValidationData(dv);
        sheet.getRow(row - 1).setHeightInPoints(22);
    }

    /** The page's columns that hold a choice: the cards' columns right of the label's two, gaps skipped. */
    private List<Integer> valueColumns() {
        List<Integer> out = new ArrayList<>();
        int stages = Math.min(ctx.journey().stages().size(), DashboardLayout.BAND);
        for (int g = 0; g < stages; g++) {
            for (int c = dash.cardColumn(g); c <= dash.cardColumn(g) + 1; c++) {
                if (c > 2) {
                    out.add(c);
                }
            }
        }
        if (out.isEmpty()) {
            // a one-stage page: the label in the first column, the values in the second
            out.add(2);
        }
        return out;
    }

    /** The comparison table from row {@code top}, in as many parts as the page's columns need; returns its last row. */
    int comparison(int top) {
        List<Integer> columns = valueColumns();
        List<Kpi> kpis = ctx.journey().kpis().toList();
        int per = Math.max(1, columns.size());
        int row = top;
        XSSFCellStyle headerLeft = styles.get(Styles.Role.HEADER_LEFT);
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        int sel = ctx.selected();
        for (int first = 0; first < layout.choices(); first += per) {
            int last = Math.min(layout.choices(), first + per) - 1;
            int blockTop = row;
            if (first == 0) {
                title(row, ctx.word("segment.table", ctx.journey().segmentation().label()));
                row++;
            }
            w.text(row, 1, ctx.word("head.kpi"), headerLeft);
            int headerRow = row;
            for (int c = first; c <= last; c++) {
                String name = Refs.cell(layout.choiceColumn(c), layout.headerRow(0));
                w.formulaText(row, columns.get(c - first), name, SegmentCalc.name(ctx, c), header);
            }
            for (Kpi k : kpis) {
                row++;
                w.text(row, 1, k.label(), text);
                XSSFCellStyle style = styles.get(Styles.Role.CENTER, styles.pattern(k.format(), k.unit(), k.target()));
                for (int c = first; c <= last; c++) {
                    Results r = SegmentCalc.results(ctx, c);
                    w.formula(row, columns.get(c - first), Refs.cell(layout.choiceColumn(c), layout.kpiRow(0, k.id())),
                            r.kpi(k.id(), sel), style);
                }
            }
            colours(headerRow + 1, kpis, columns, first, last);
            blocks.add(new int[] {blockTop, row});
            row += 2;
        }
        return row - 2;
    }

    /**
     * Each value's fill from its status in the calculation (the status rows follow the KPIs' order,
     * as the table's rows); a volume KPI (a summed measure alone: visitors, orders) gets a data bar
     * across the segments instead, since a segment's share of a volume is not measured against the
     * journey's target.
     */
    private void colours(int firstRow, List<Kpi> kpis, List<Integer> columns, int first, int last) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < kpis.size(); i++) {
            if (additive(kpis.get(i))) {
                // one range over the segments' cells (the gaps between cards are blank), so that the bars compare them
                int from = Math.max(1, first);
                if (from <= last) {
                    cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow - 1 + i, firstRow - 1 + i,
                            columns.get(from - first), columns.get(last - first))},
                            ConditionalFormats.dataBar(cf, styles.color(styles.theme().accent())));
                }
            }
        }
        for (int c = first; c <= last; c++) {
            int col = columns.get(c - first);
            for (int i = 0; i < kpis.size(); i++) {
                if (c > 0 && additive(kpis.get(i))) {
                    continue;
                }
                String status = Refs.cell(layout.choiceColumn(c), layout.statusRow(kpis.get(i).id()));
                int row = firstRow - 1 + i;
                cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(row, row, col, col)},
                        new ConditionalFormattingRule[] {
                            ConditionalFormats.rule(cf, status + "=1", styles.color(styles.theme().good())),
                            ConditionalFormats.rule(cf, status + "=2", styles.color(styles.theme().warn())),
                            ConditionalFormats.rule(cf, status + "=3", styles.color(styles.theme().bad()))});
            }
        }
    }

    /** Whether {@code k} is a volume: one summed measure, which segments split rather than meet a target each. */
    boolean additive(Kpi k) {
        return SegmentResults.isVolume(ctx.journey(), k);
    }

    /**
     * The {@value #GAPS} KPIs whose segments differ most in the generated period (the widest gap
     * between the weakest and the strongest, relative to the strongest): each with its weakest
     * and its strongest segment and their values, formulas of the selected period. Returns the last row.
     */
    int gaps(int top) {
        List<Kpi> chosen = widest();
        if (chosen.isEmpty() || valueColumns().size() < 4) {
            // nothing differs, or a page of one or two stages: too narrow for two names and two values
            return top - 2;
        }
        XSSFCellStyle headerLeft = styles.get(Styles.Role.HEADER_LEFT);
        int blockTop = top;
        title(top, ctx.word("segment.friction", ctx.journey().segmentation().label()));
        top++;
        w.text(top, 1, ctx.word("head.kpi"), headerLeft);
        List<Integer> columns = valueColumns();
        int[] at = {columns.get(0), columns.get(Math.min(1, columns.size() - 1)), columns.get(Math.min(2, columns.size() - 1)),
            columns.get(Math.min(3, columns.size() - 1))};
        w.text(top, at[0], ctx.word("segment.weakest"), headerLeft);
        w.blank(top, at[1], headerLeft);
        w.text(top, at[2], ctx.word("segment.strongest"), headerLeft);
        w.blank(top, at[3], headerLeft);
        int row = top;
        String names = "$" + Refs.col(layout.choiceColumn(1)) + "$" + layout.headerRow(0) + ":$"
                + Refs.col(layout.choiceColumn(layout.choices() - 1)) + "$" + layout.headerRow(0);
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        for (Kpi k : chosen) {
            row++;
            int kr = layout.kpiRow(0, k.id());
            String values = "$" + Refs.col(layout.choiceColumn(1)) + "$" + kr + ":$"
                    + Refs.col(layout.choiceColumn(layout.choices() - 1)) + "$" + kr;
            String lower = "MATCH(" + ctx.layout().targets().cell(k.id(), TargetsLayout.Column.DIRECTION) + ","
                    + TargetsLayout.DIRECTION_LIST + ",0)=" + TargetsLayout.directionPosition(Direction.LOWER);
            String weakest = "IF(COUNT(" + values + ")=0,\"\",IF(" + lower + ",MAX(" + values + "),MIN(" + values + ")))";
            String strongest = "IF(COUNT(" + values + ")=0,\"\",IF(" + lower + ",MIN(" + values + "),MAX(" + values + ")))";
            double[] cached = extremes(k);
            XSSFCellStyle style = styles.get(Styles.Role.TEXT, styles.pattern(k.format(), k.unit(), k.target()));
            w.text(row, 1, k.label(), text);
            w.formulaText(row, at[0], nameOf(Refs.cell(at[1], row), values, names), SegmentCalc.name(ctx, (int) cached[1]), text);
            w.formula(row, at[1], weakest, cached[0], style);
            w.formulaText(row, at[2], nameOf(Refs.cell(at[3], row), values, names), SegmentCalc.name(ctx, (int) cached[3]), text);
            w.formula(row, at[3], strongest, cached[2], style);
        }
        blocks.add(new int[] {blockTop, row});
        return row;
    }

    /** A table's title across the page, bold on the header fill. */
    private void title(int row, String text) {
        XSSFCellStyle style = styles.get(Styles.Role.HEADER_LEFT);
        for (int c = 1; c <= dash.pageLastColumn(); c++) {
            w.blank(row, c, style);
        }
        w.text(row, 1, text, style);
    }

    private static String nameOf(String value, String values, String names) {
        // INDEX(row, 1, n): Gnumeric reads INDEX(row, n) as the n-th row
        return "IF(" + value + "=\"\",\"\",INDEX(" + names + ",1,MATCH(" + value + "," + values + ",0)))";
    }

    /** {weakest value, its choice, strongest value, its choice} of {@code k} in the selected period, over the groups. */
    private double[] extremes(Kpi k) {
        int sel = ctx.selected();
        double[] out = {Double.NaN, 1, Double.NaN, 1};
        boolean lower = k.direction() == Direction.LOWER;
        for (int c = 1; c < layout.choices(); c++) {
            double v = SegmentCalc.results(ctx, c).kpi(k.id(), sel);
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(out[0]) || (lower ? v > out[0] : v < out[0])) {
                out[0] = v;
                out[1] = c;
            }
            if (Double.isNaN(out[2]) || (lower ? v < out[2] : v > out[2])) {
                out[2] = v;
                out[3] = c;
            }
        }
        return out;
    }

    /** The KPIs with the widest relative gap between segments in the generated period, widest first. */
    private List<Kpi> widest() {
        List<Kpi> out = new ArrayList<>();
        List<double[]> gaps = new ArrayList<>();
        for (Kpi k : ctx.journey().kpis().toList()) {
            double[] e = extremes(k);
            double scale = Math.max(Math.abs(e[0]), Math.abs(e[2]));
            if (!additive(k) && !Double.isNaN(e[0]) && scale > 0 && e[1] != e[3]) {
                out.add(k);
                gaps.add(new double[] {Math.abs(e[2] - e[0]) / scale});
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -gaps.get(i)[0]).thenComparingInt(i -> i));
        return order.stream().limit(GAPS).map(out::get).toList();
    }
}
