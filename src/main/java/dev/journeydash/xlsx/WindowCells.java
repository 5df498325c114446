package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.function.IntToDoubleFunction;

/**
 * Writes the {@link TrendWindow}'s blocks: on the Dashboard, the window's start cells, the
 * journey-score window and the sparklines' window; on a stage sheet, its KPIs' window. Every
 * cell is an {@code INDEX} of a prepared range by the window's start; the cached values are the
 * {@link Results} of the periods the start picks in Java, {@code #N/A} past the data's end.
 */
final class WindowCells {
    private final RenderContext ctx;
    private final Results r;
    private final DashboardLayout dash;
    private final TrendWindow window;
    private final int start;
    private final int sparkStart;

    WindowCells(RenderContext ctx) {
        this.ctx = ctx;
        this.r = ctx.results();
        this.dash = ctx.layout().dashboard();
        this.window = ctx.layout().window();
        this.start = TrendWindow.start(ctx.selected() + 1, r.periodCount(), window.periods());
        this.sparkStart = TrendWindow.start(ctx.selected() + 1, r.periodCount(), window.sparkPeriods());
    }

    /** The 0-based period at position {@code position} of the charts' window; may be past the data's end. */
    int period(int position) {
        return start - 1 + position;
    }

    /** The period labels of the charts' window, "" past the data's end: the charts' cached categories. */
    String[] labels() {
        String[] out = new String[window.periods()];
        for (int k = 0; k < out.length; k++) {
            int i = period(k);
            out[k] = i < r.periodCount() ? r.data().periods().get(i).label() : "";
        }
        return out;
    }

    /** {@code f} of each period of the charts' window, null where it is NaN or past the data: a chart's cache. */
    Double[] values(IntToDoubleFunction f) {
        Double[] out = new Double[window.periods()];
        for (int k = 0; k < out.length; k++) {
            double v = valueAt(period(k), f);
            out[k] = Double.isNaN(v) ? null : v;
        }
        return out;
    }

    private double valueAt(int period, IntToDoubleFunction f) {
        return period < r.periodCount() ? f.applyAsDouble(period) : Double.NaN;
    }

    /** The number a table cell of {@code sheet} caches, NaN for text: the target the table shows in that period. */
    static double cached(XSSFSheet sheet, int row, int col) {
        var c = sheet.getRow(row - 1).getCell(col);
        return c.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? c.getNumericCellValue()
                : Double.NaN;
    }

    private double serialAt(int period) {
        return period < r.periodCount() ? DataSheet.serial(r.data().periods().get(period)) : Double.NaN;
    }

    /** On the Dashboard's selector row: the start indexes of the charts' and the sparklines' windows. */
    void starts(SheetWriter w) {
        Styles styles = ctx.styles();
        String sel = dash.selectedIndexCell();
        String count = dash.periodCountCell();
        w.formula(dash.selectorRow(), dash.windowStartColumn(), TrendWindow.startFormula(sel, count, window.periods()), start,
                styles.get(Styles.Role.MUTED, "\"charts from #\"0"));
        w.formula(dash.selectorRow(), dash.sparkStartColumn(), TrendWindow.startFormula(sel, count, window.sparkPeriods()),
                sparkStart, styles.get(Styles.Role.MUTED, "\"sparklines from #\"0"));
    }

    /** The Dashboard's journey-score window, beside the score history. */
    void journey(SheetWriter w) {
        Styles styles = ctx.styles();
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        w.text(dash.detailTitleRow(), dash.windowColumn(), "Chart window: " + window.periods() + " periods",
                styles.get(Styles.Role.BOLD_VALUE));
        w.text(dash.historyHeaderRow(), dash.windowColumn(), "Period", header);
        w.text(dash.historyHeaderRow(), dash.windowJourneyColumn(), "Journey score", header);
        String periods = Refs.abs(dash.historyColumn(), dash.historyRow(0), dash.historyLastRow());
        String scores = Refs.abs(dash.historyJourneyColumn(), dash.historyRow(0), dash.historyLastRow());
        String startCell = dash.windowStartCell();
        for (int k = 0; k < window.periods(); k++) {
            int row = dash.windowRow(k);
            w.formula(row, dash.windowColumn(), TrendWindow.periodFormula(periods, startCell, k), serialAt(period(k)), date);
            w.formulaOrNa(row, dash.windowJourneyColumn(), TrendWindow.valueFormula(scores, startCell, k),
                    valueAt(period(k), r::journeyScore), percent);
        }
        w.width(dash.windowColumn(), 11);
        w.width(dash.windowJourneyColumn(), 13);
    }

    /**
     * The sparklines' window: the periods on the detail header row, each KPI's values on its
     * detail row; returns each KPI's sparkline over its row, drawn in the card cell {@code cells}
     * gives.
     */
    void sparklines(SheetWriter w, java.util.function.Function<Kpi, String> cells, java.util.List<Sparklines.Sparkline> out) {
        Styles styles = ctx.styles();
        StageLayout stages = ctx.layout().stages();
        XSSFCellStyle date = styles.get(Styles.Role.HEADER, styles.datePattern(ctx.journey().granularity()));
        int n = window.sparkPeriods();
        w.text(dash.detailTitleRow(), dash.sparkColumn(0), "Sparklines: " + n + " periods", styles.get(Styles.Role.BOLD_VALUE));
        String periods = ctx.layout().data().range(ctx.layout().data().periodColumn());
        String startCell = dash.sparkStartCell();
        for (int k = 0; k < n; k++) {
            w.formula(dash.detailHeaderRow(), dash.sparkColumn(k), TrendWindow.periodFormula(periods, startCell, k),
                    serialAt(sparkStart - 1 + k), date);
            w.width(dash.sparkColumn(k), 9);
        }
        String first = Refs.col(dash.sparkColumn(0));
        String last = Refs.col(dash.sparkColumn(n - 1));
        for (Kpi k : ctx.journey().kpis().toList()) {
            int row = dash.detailKpiRow(k.id());
            String values = stages.range(stages.stageOf(k.id()), stages.valueColumn(k.id()));
            XSSFCellStyle style = styles.get(Styles.Role.MUTED, styles.pattern(k.format(), k.unit(), k.target(), false));
            for (int p = 0; p < n; p++) {
                w.formulaOrNa(row, dash.sparkColumn(p), TrendWindow.valueFormula(values, startCell, p),
                        valueAt(sparkStart - 1 + p, i -> r.kpi(k.id(), i)), style);
            }
            out.add(new Sparklines.Sparkline(Refs.q(WorkbookLayout.DASHBOARD) + "!" + first + row + ":" + last + row,
                    cells.apply(k)));
        }
    }

    /** A stage sheet's window, right of its charts: the periods and, per KPI, its values and targets. */
    void stage(XSSFSheet sheet, Stage stage) {
        SheetWriter w = new SheetWriter(sheet);
        Styles styles = ctx.styles();
        StageLayout layout = ctx.layout().stages();
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        int pc = layout.windowPeriodColumn(stage.id());
        w.text(layout.headerRow() - 1, pc, "Chart window: " + window.periods() + " periods", styles.get(Styles.Role.BOLD_VALUE));
        w.text(layout.headerRow(), pc, "Period", header);
        String startCell = Refs.q(WorkbookLayout.DASHBOARD) + "!" + dash.windowStartCell();
        String periods = Refs.abs(layout.periodColumn(), layout.firstRow(), layout.lastPreparedRow());
        for (int k = 0; k < window.periods(); k++) {
            w.formula(layout.windowRow(k), pc, TrendWindow.periodFormula(periods, startCell, k), serialAt(period(k)), date);
        }
        w.width(pc, 11);
        for (Kpi kpi : stage.kpis()) {
            XSSFCellStyle style = styles.get(Styles.Role.TEXT, styles.pattern(kpi.format(), kpi.unit(), kpi.target(), false));
            int vc = layout.windowValueColumn(kpi.id());
            int tc = layout.windowTargetColumn(kpi.id());
            w.text(layout.headerRow(), vc, kpi.label(), header);
            w.text(layout.headerRow(), tc, "Target: " + kpi.label(), header);
            String values = Refs.abs(layout.valueColumn(kpi.id()), layout.firstRow(), layout.lastPreparedRow());
            String targets = Refs.abs(layout.targetColumn(kpi.id()), layout.firstRow(), layout.lastPreparedRow());
            for (int k = 0; k < window.periods(); k++) {
                int row = layout.windowRow(k);
                w.formulaOrNa(row, vc, TrendWindow.valueFormula(values, startCell, k), valueAt(period(k), i -> r.kpi(kpi.id(), i)),
                        style);
                w.formulaOrNa(row, tc, TrendWindow.valueFormula(targets, startCell, k), valueAt(period(k),
                        i -> cached(sheet, layout.row(i), layout.targetColumn(kpi.id()))), style);
            }
            w.width(vc, 13);
            w.width(tc, 13);
        }
    }
}
