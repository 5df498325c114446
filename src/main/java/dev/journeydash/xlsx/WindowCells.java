package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * Writes the {@link TrendWindow}'s blocks: on the Dashboard, the journey-score window (its start
 * on the selector's row) and the sparklines' window (a start and the values on each KPI's detail
 * row); on a stage sheet, a window per KPI (its start on the target row). Every cell is an
 * {@code INDEX} of a prepared range by its window's start; the cached values are the
 * {@link Results} of the periods the start picks in Java.
 */
final class WindowCells {
    /**
     * One series' window: it may start at 1-based index {@code first} (its first period with a
     * value), has {@code length} positions and, for the generated selection, starts at {@code start}.
     */
    record Span(int first, int length, int start) {
        /** The 0-based period at {@code position}. */
        int period(int position) {
            return start - 1 + position;
        }
    }

    private final RenderContext ctx;
    private final Results r;
    private final DashboardLayout dash;
    private final TrendWindow window;

    WindowCells(RenderContext ctx) {
        this.ctx = ctx;
        this.r = ctx.results();
        this.dash = ctx.layout().dashboard();
        this.window = ctx.layout().window();
    }

    /** The window of at most {@code length} periods of the series {@code f}, from its first period with a value. */
    Span span(int length, IntToDoubleFunction f) {
        int count = r.periodCount();
        int lead = 0;
        while (lead < count - 1 && Double.isNaN(f.applyAsDouble(lead))) {
            lead++;
        }
        int n = Math.max(1, Math.min(length, count - lead));
        return new Span(1 + lead, n, TrendWindow.start(ctx.selected() + 1, count, n, 1 + lead));
    }

    /** The charts' window of a KPI on its stage sheet. */
    Span kpi(Kpi k) {
        return span(window.periods(), i -> r.kpi(k.id(), i));
    }

    /** The journey-score chart's window. */
    Span journey() {
        return span(window.periods(), r::journeyScore);
    }

    /** The period labels of a window: the charts' cached categories. */
    String[] labels(Span s) {
        String[] out = new String[s.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ctx.labels().period(r.data().periods().get(s.period(k)));
        }
        return out;
    }

    /** {@code f} of each period of a window, null where it is NaN: a chart's cache. */
    Double[] values(Span s, IntToDoubleFunction f) {
        Double[] out = new Double[s.length()];
        for (int k = 0; k < out.length; k++) {
            double v = f.applyAsDouble(s.period(k));
            out[k] = Double.isNaN(v) ? null : v;
        }
        return out;
    }

    /** The number a table cell of {@code sheet} caches, NaN for text: the target the table shows in that period. */
    static double cached(XSSFSheet sheet, int row, int col) {
        var c = sheet.getRow(row - 1).getCell(col);
        return c.getCachedFormulaResultType() == CellType.NUMERIC ? c.getNumericCellValue() : Double.NaN;
    }

    /** A window's start cell: its formula of the Dashboard's selected index and period count, {@code sheet} their prefix. */
    private void start(SheetWriter w, int row, int col, Span s, String sheet) {
        String formula = TrendWindow.startFormula(sheet + dash.selectedIndexCell(), sheet + dash.periodCountCell(), s.length(),
                s.first());
        w.formula(row, col, formula, s.start(), ctx.styles().get(Styles.Role.MUTED, Styles.literal(ctx.word("window.from") + " #") + "0"));
    }

    /** On the Dashboard's selector row, the start of the journey-score window; beside the score history, its cells. */
    void journey(SheetWriter w) {
        Styles styles = ctx.styles();
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        Span s = journey();
        start(w, dash.selectorRow(), dash.windowStartColumn(), s, "");
        w.text(dash.detailTitleRow(), dash.windowColumn(), ctx.word("window.chart", String.valueOf(s.length())),
                styles.get(Styles.Role.BOLD_VALUE));
        w.text(dash.historyHeaderRow(), dash.windowColumn(), ctx.word("head.period"), header);
        w.text(dash.historyHeaderRow(), dash.windowJourneyColumn(), ctx.word("dash.journeyScore"), header);
        String periods = Refs.abs(dash.historyColumn(), dash.historyRow(0), dash.historyLastRow());
        String scores = Refs.abs(dash.historyJourneyColumn(), dash.historyRow(0), dash.historyLastRow());
        String startCell = dash.windowStartCell();
        for (int k = 0; k < s.length(); k++) {
            int row = dash.windowRow(k);
            int i = s.period(k);
            w.formula(row, dash.windowColumn(), TrendWindow.periodFormula(periods, startCell, k), serial(i), date);
            w.formulaOrNa(row, dash.windowJourneyColumn(), TrendWindow.valueFormula(scores, startCell, k), r.journeyScore(i),
                    percent);
        }
        w.width(dash.windowColumn(), 11);
        w.width(dash.windowJourneyColumn(), 13);
    }

    /**
     * The sparklines' window, on each KPI's detail row: its start, then its values; adds to
     * {@code out} each KPI's sparkline over its row, drawn in the card cell {@code cells} gives.
     */
    void sparklines(SheetWriter w, Function<Kpi, String> cells, List<Sparklines.Sparkline> out) {
        Styles styles = ctx.styles();
        StageLayout stages = ctx.layout().stages();
        w.text(dash.detailTitleRow(), dash.sparkStartColumn(), ctx.word("window.sparklines", String.valueOf(window.sparkPeriods())),
                styles.get(Styles.Role.BOLD_VALUE));
        w.text(dash.detailHeaderRow(), dash.sparkStartColumn(), ctx.word("window.fromHeader"), styles.get(Styles.Role.HEADER));
        for (int p = 0; p < window.sparkPeriods(); p++) {
            w.width(dash.sparkColumn(p), 9);
        }
        for (Kpi k : ctx.journey().kpis().toList()) {
            int row = dash.detailKpiRow(k.id());
            Span s = span(window.sparkPeriods(), i -> r.kpi(k.id(), i));
            start(w, row, dash.sparkStartColumn(), s, "");
            String values = stages.range(stages.stageOf(k.id()), stages.valueColumn(k.id()));
            String startCell = Refs.cell(dash.sparkStartColumn(), row);
            XSSFCellStyle style = styles.get(Styles.Role.MUTED, styles.pattern(k.format(), k.unit(), k.target()));
            for (int p = 0; p < s.length(); p++) {
                w.formulaOrNa(row, dash.sparkColumn(p), TrendWindow.valueFormula(values, startCell, p),
                        r.kpi(k.id(), s.period(p)), style);
            }
            out.add(new Sparklines.Sparkline(Refs.q(ctx.layout().dashboardSheet()) + "!" + Refs.col(dash.sparkColumn(0)) + row + ":"
                    + Refs.col(dash.sparkColumn(s.length() - 1)) + row, cells.apply(k)));
        }
    }

    /** A stage sheet's windows, right of its charts: per KPI its start, periods, values and targets. */
    void stage(XSSFSheet sheet, Stage stage) {
        SheetWriter w = new SheetWriter(sheet);
        Styles styles = ctx.styles();
        StageLayout layout = ctx.layout().stages();
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        String dashboard = Refs.q(ctx.layout().dashboardSheet()) + "!";
        w.text(layout.headerRow() - 1, layout.windowPeriodColumn(stage.kpis().get(0).id()), ctx.word("window.stage"),
                styles.get(Styles.Role.BOLD_VALUE));
        String periods = Refs.abs(layout.periodColumn(), layout.firstRow(), layout.lastPreparedRow());
        for (Kpi kpi : stage.kpis()) {
            Span s = kpi(kpi);
            int pc = layout.windowPeriodColumn(kpi.id());
            int vc = layout.windowValueColumn(kpi.id());
            int tc = layout.windowTargetColumn(kpi.id());
            start(w, layout.windowStartRow(), pc, s, dashboard);
            w.text(layout.headerRow(), pc, ctx.word("head.period"), header);
            w.text(layout.headerRow(), vc, kpi.label(), header);
            w.text(layout.headerRow(), tc, ctx.word("stage.targetOf", kpi.label()), header);
            String startCell = Refs.cell(pc, layout.windowStartRow());
            String values = Refs.abs(layout.valueColumn(kpi.id()), layout.firstRow(), layout.lastPreparedRow());
            String targets = Refs.abs(layout.targetColumn(kpi.id()), layout.firstRow(), layout.lastPreparedRow());
            XSSFCellStyle style = styles.get(Styles.Role.TEXT, styles.pattern(kpi.format(), kpi.unit(), kpi.target()));
            for (int k = 0; k < s.length(); k++) {
                int row = layout.windowRow(k);
                int i = s.period(k);
                w.formula(row, pc, TrendWindow.periodFormula(periods, startCell, k), serial(i), date);
                w.formulaOrNa(row, vc, TrendWindow.valueFormula(values, startCell, k), r.kpi(kpi.id(), i), style);
                w.formulaOrNa(row, tc, TrendWindow.valueFormula(targets, startCell, k),
                        cached(sheet, layout.row(i), layout.targetColumn(kpi.id())), style);
            }
            w.width(pc, 11);
            w.width(vc, 13);
            w.width(tc, 13);
        }
    }

    private double serial(int period) {
        return DataSheet.serial(r.data().periods().get(period));
    }
}
