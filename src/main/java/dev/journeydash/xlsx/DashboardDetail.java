package dev.journeydash.xlsx;

import dev.journeydash.labels.Labels;

import dev.journeydash.compute.Evaluator;
import dev.journeydash.compute.Funnel;
import dev.journeydash.compute.Results;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.DashboardLayout.Detail;
import dev.journeydash.xlsx.DashboardLayout.FunnelColumn;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The Dashboard's calculation detail, right of the printed page: the score history, the KPI
 * table of the selected period, the stage scores and the funnel table. The cards, charts and
 * friction points on the page read these cells (positions in {@link DashboardLayout}); every
 * number of the selected period is an {@code INDEX} by the selected index.
 */
final class DashboardDetail {
    private final XSSFSheet sheet;
    private final SheetWriter w;
    private final RenderContext ctx;
    private final DashboardLayout layout;
    private final Styles styles;
    private final Results r;
    private final int sel;

    private DashboardDetail(XSSFSheet sheet, RenderContext ctx) {
        this.sheet = sheet;
        this.w = new SheetWriter(sheet);
        this.ctx = ctx;
        this.layout = ctx.layout().dashboard();
        this.styles = ctx.styles();
        this.r = ctx.results();
        this.sel = ctx.selected();
    }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        DashboardDetail d = new DashboardDetail(sheet, ctx);
        d.history();
        new WindowCells(ctx).journey(d.w);
        d.kpiTable();
        d.stageScores();
        d.funnelTable();
    }

    /** The funnel chart's category: the step's label and its conversion, "Added to cart (15.6%)". */
    static String chartLabel(Funnel.Step step) {
        double shown = Evaluator.round(step.conversion() * 100, 1);
        return Double.isNaN(shown) ? step.step().label() : step.step().label() + " (" + NumberToTextConverter.toText(shown) + "%)";
    }

    /** "Largest drop-off: Visitors \u2192 Orders"; "" when no step has a drop-off. */
    static String largestDropText(Funnel funnel, Labels labels) {
        if (!funnel.hasLargestDrop()) {
            return "";
        }
        int worst = funnel.largestDrop();
        return labels.format("dash.largestDrop", funnel.steps().get(worst - 1).step().label(),
                funnel.steps().get(worst).step().label());
    }

    // ---- score history ---------------------------------------------------------------------

    /** Score history by prepared period: stage scores and the journey score. */
    private void history() {
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        int col = layout.historyColumn();
        List<Stage> list = ctx.journey().stages();
        w.text(layout.detailTitleRow(), col, ctx.word("detail.history"), styles.get(Styles.Role.BOLD_VALUE));
        w.text(layout.historyHeaderRow(), col, ctx.word("head.period"), header);
        for (int s = 0; s < list.size(); s++) {
            w.text(layout.historyHeaderRow(), layout.historyStageColumn(s), list.get(s).name(), header);
        }
        w.text(layout.historyHeaderRow(), layout.historyJourneyColumn(), ctx.word("dash.journeyScore"), header);
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        XSSFCellStyle bold = styles.get(Styles.Role.BOLD_VALUE, "0%");
        List<String> weights = list.stream().map(st -> ctx.layout().targets().stageWeightCell(st.id())).toList();
        for (int i = 0; i < ctx.layout().capacity(); i++) {
            historyRow(i, date, percent, bold, weights);
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(layout.historyRow(0) - 1,
                layout.historyLastRow() - 1, layout.historyStageColumn(0), layout.historyJourneyColumn())},
                ConditionalFormats.colourScale(cf, styles));
        w.width(col, 11);
        for (int s = 0; s <= list.size(); s++) {
            w.width(layout.historyStageColumn(s), 13);
        }
    }

    /** One period of the history: the period, each stage's score from its sheet, the journey score. */
    private void historyRow(int i, XSSFCellStyle date, XSSFCellStyle percent, XSSFCellStyle bold, List<String> weights) {
        List<Stage> list = ctx.journey().stages();
        StageLayout stages = ctx.layout().stages();
        boolean data = i < r.periodCount();
        int row = layout.historyRow(i);
        w.formula(row, layout.historyColumn(), ctx.layout().data().periodFormula(i),
                data ? DataSheet.serial(r.data().periods().get(i)) : Double.NaN, date);
        List<String> cells = new ArrayList<>();
        for (int s = 0; s < list.size(); s++) {
            Stage st = list.get(s);
            String src = Refs.q(ctx.layout().stageSheet(st.id())) + "!$" + Refs.col(stages.stageScoreColumn(st.id()))
                    + stages.row(i);
            int c = layout.historyStageColumn(s);
            w.formula(row, c, "IF(ISNUMBER(" + src + ")," + src + ",\"\")", data ? r.stageScore(st.id(), i) : Double.NaN,
                    percent);
            cells.add("$" + Refs.col(c) + row);
        }
        w.formula(row, layout.historyJourneyColumn(), Refs.weightedMean(cells, weights),
                data ? r.journeyScore(i) : Double.NaN, bold);
    }

    // ---- KPI table -------------------------------------------------------------------------

    private String cell(Detail column, int row) {
        return layout.detailCell(column, row);
    }

    /** {@code INDEX(range, selected)}, blank when that cell is not a number. */
    private String index(String range) {
        String i = "INDEX(" + range + "," + layout.selectedIndexCell() + ")";
        return "IFERROR(IF(ISNUMBER(" + i + ")," + i + ",\"\"),\"\")";
    }

    /** The KPI table of the selected period: a row per stage, then its KPIs. */
    private void kpiTable() {
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        int da = layout.detailColumn(Detail.LABEL);
        w.text(layout.detailTitleRow(), da, ctx.word("detail.title"), styles.get(Styles.Role.BOLD_VALUE));
        String[] headers = {ctx.word("head.kpi"), ctx.word("head.value"), ctx.word("head.target"), ctx.word("head.vsTarget"),
            ctx.word("head.vsPrevious"), ctx.word("head.status"), ctx.word("head.score"), ctx.word("head.sortKey"),
            ctx.word("head.stage"), ctx.word("head.amberScore")};
        for (Detail c : Detail.values()) {
            w.text(layout.detailHeaderRow(), layout.detailColumn(c), headers[c.ordinal()],
                    c == Detail.LABEL ? styles.get(Styles.Role.HEADER_LEFT) : header);
        }
        XSSFCellStyle stageStyle = styles.get(Styles.Role.STAGE);
        XSSFCellStyle stagePercent = styles.get(Styles.Role.STAGE_RIGHT, "0%");
        StageLayout stages = ctx.layout().stages();
        for (Stage st : ctx.journey().stages()) {
            int row = layout.detailStageRow(st.id());
            for (int c = 0; c <= Detail.SCORE.ordinal(); c++) {
                w.cell(row, da + c).setCellStyle(stageStyle);
            }
            w.text(row, da, ctx.layout().stageSheet(st.id()), stageStyle);
            w.formula(row, layout.detailColumn(Detail.SCORE), index(stages.range(st.id(), stages.stageScoreColumn(st.id()))),
                    r.stageScore(st.id(), sel), stagePercent);
            for (Kpi k : st.kpis()) {
                kpiRow(layout.detailKpiRow(k.id()), st, k);
            }
        }
        iconSets();
    }

    private void kpiRow(int row, Stage st, Kpi k) {
        StageLayout stages = ctx.layout().stages();
        String valueRange = stages.range(st.id(), stages.valueColumn(k.id()));
        String idx = layout.selectedIndexCell();
        double value = r.kpi(k.id(), sel);
        double prev = sel > 0 ? r.kpi(k.id(), sel - 1) : Double.NaN;
        double score = r.score(k.id(), sel);
        String fmt = styles.pattern(k.format(), k.unit(), k.target());
        Variance variance = Variance.of(k, styles, ctx.word("unit.points"));
        XSSFCellStyle signed = styles.get(Styles.Role.TEXT, variance.pattern());
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        w.text(row, layout.detailColumn(Detail.LABEL), k.label(), text);
        w.formula(row, layout.detailColumn(Detail.VALUE), index(valueRange), value, styles.get(Styles.Role.BOLD_VALUE, fmt));
        // the target in force in the selected period: its row of the Targets sheet's period table
        double target = r.target(k, sel);
        w.formula(row, layout.detailColumn(Detail.TARGET), index(ctx.layout().targets().targetRange(k.id())),
                target, styles.get(Styles.Role.TEXT, fmt));
        String v = cell(Detail.VALUE, row);
        w.formula(row, layout.detailColumn(Detail.VS_TARGET), "IF(ISNUMBER(" + v + ")," + variance.formula(v + "-"
                + cell(Detail.TARGET, row)) + ",\"\")", variance.value(value - target), signed);
        String prevCell = "INDEX(" + valueRange + "," + idx + "-1)";
        w.formula(row, layout.detailColumn(Detail.VS_PREVIOUS), "IF(AND(ISNUMBER(" + v + ")," + idx + ">1),IF(ISNUMBER("
                + prevCell + ")," + variance.formula(v + "-" + prevCell) + ",\"\"),\"\")", variance.value(value - prev), signed);
        String s = cell(Detail.SCORE, row);
        String amber = cell(Detail.AMBER, row);
        w.formula(row, layout.detailColumn(Detail.AMBER), ctx.layout().targets().cell(k.id(), TargetsLayout.Column.AMBER),
                k.amber(), styles.get(Styles.Role.TEXT, "0%"));
        w.formula(row, layout.detailColumn(Detail.STATUS), StatusCells.formula(s, amber), StatusCells.code(r.status(k, sel)),
                styles.get(Styles.Role.CENTER, StatusCells.format(ctx.labels())));
        w.formula(row, layout.detailColumn(Detail.SCORE), index(stages.range(st.id(), stages.scoreColumn(k.id()))), score,
                styles.get(Styles.Role.TEXT, "0%"));
        // the KPIs not on track, by score, ties in table order: what the friction points rank
        w.formula(row, layout.detailColumn(Detail.SORT_KEY), "IF(ISNUMBER(" + s + "),IF(" + s + "<1," + s
                + "+ROW()/1000000000,\"\"),\"\")", score < 1 ? score + row / 1e9 : Double.NaN,
                styles.get(Styles.Role.MUTED, "0.000000000"));
        w.text(row, layout.detailColumn(Detail.STAGE), st.name(), text);
    }

    /** Traffic lights on each KPI's score (amber from the table's amber column), status colours on the statuses. */
    private void iconSets() {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        int score = layout.detailColumn(Detail.SCORE);
        for (Kpi k : ctx.journey().kpis().toList()) {
            int row = layout.detailKpiRow(k.id());
            ConditionalFormats.trafficLights(cf, new CellRangeAddress(row - 1, row - 1, score, score),
                    cell(Detail.AMBER, row));
        }
        ConditionalFormats.statusColours(cf, layout.detailColumn(Detail.STATUS), layout.detailFirstRow(),
                layout.detailLastRow(), styles);
    }

    // ---- stage scores and funnel -----------------------------------------------------------

    private void stageScores() {
        int top = layout.stageScoresHeaderRow();
        int name = layout.detailColumn(Detail.LABEL);
        int value = name + 1;
        w.text(top, name, ctx.word("head.stage"), styles.get(Styles.Role.HEADER_LEFT));
        w.text(top, value, ctx.word("head.score"), styles.get(Styles.Role.HEADER));
        List<Stage> list = ctx.journey().stages();
        for (int s = 0; s < list.size(); s++) {
            Stage st = list.get(s);
            w.text(layout.stageScoresRow(s), name, st.name(), styles.get(Styles.Role.TEXT));
            w.formula(layout.stageScoresRow(s), value, cell(Detail.SCORE, layout.detailStageRow(st.id())),
                    r.stageScore(st.id(), sel), styles.get(Styles.Role.TEXT, "0%"));
        }
    }

    /** The funnel of the selected period, with the largest drop-off under it. */
    private void funnelTable() {
        List<FunnelStep> steps = ctx.journey().funnel();
        int top = layout.funnelHeaderRow();
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        String[] headers = {ctx.word("head.funnel"), ctx.word("head.volume"), ctx.word("head.conversion"), ctx.word("head.dropOff"),
            ctx.word("head.ofFirst"), ctx.word("head.chartLabel")};
        for (FunnelColumn c : FunnelColumn.values()) {
            w.text(top, layout.funnelColumn(c), headers[c.ordinal()],
                    c == FunnelColumn.LABEL ? styles.get(Styles.Role.HEADER_LEFT) : header);
        }
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        XSSFCellStyle volume = styles.get(Styles.Role.BOLD_VALUE, "#,##0");
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0.0%");
        Funnel funnel = r.funnel(sel);
        for (int s = 0; s < steps.size(); s++) {
            funnelRow(s, funnel.steps().get(s), text, volume, percent);
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        if (!steps.isEmpty()) {
            int c = layout.funnelColumn(FunnelColumn.VOLUME);
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(top, top + steps.size() - 1, c, c)},
                    ConditionalFormats.dataBar(cf, styles.color(styles.theme().accent())));
        }
        if (steps.size() > 1) {
            largestDrop(funnel);
        }
    }

    private String funnelCell(FunnelColumn column, int row) {
        return Refs.cell(layout.funnelColumn(column), row);
    }

    private void funnelRow(int s, Funnel.Step step, XSSFCellStyle text, XSSFCellStyle volume, XSSFCellStyle percent) {
        int row = layout.funnelRow(s);
        FunnelStep f = step.step();
        DataLayout data = ctx.layout().data();
        w.text(row, layout.funnelColumn(FunnelColumn.LABEL), f.label(), text);
        w.formula(row, layout.funnelColumn(FunnelColumn.VOLUME), index(data.range(data.measureColumn(f.measure()))),
                step.volume(), volume);
        String vol = funnelCell(FunnelColumn.VOLUME, row);
        String conv = funnelCell(FunnelColumn.CONVERSION, row);
        if (s > 0) {
            String prev = funnelCell(FunnelColumn.VOLUME, row - 1);
            w.formula(row, layout.funnelColumn(FunnelColumn.CONVERSION), "IF(AND(ISNUMBER(" + vol + "),ISNUMBER(" + prev
                    + ")),IFERROR(" + vol + "/" + prev + ",\"\"),\"\")", step.conversion(), percent);
            w.formula(row, layout.funnelColumn(FunnelColumn.DROP_OFF), "IF(ISNUMBER(" + conv + "),1-" + conv + ",\"\")",
                    step.dropOff(), percent);
        }
        String first = funnelCell(FunnelColumn.VOLUME, layout.funnelRow(0));
        w.formula(row, layout.funnelColumn(FunnelColumn.OF_FIRST), "IF(AND(ISNUMBER(" + vol + "),ISNUMBER(" + first
                + ")),IFERROR(" + vol + "/" + first + ",\"\"),\"\")", step.ofFirst(), percent);
        String label = funnelCell(FunnelColumn.LABEL, row);
        w.formulaText(row, layout.funnelColumn(FunnelColumn.CHART_LABEL), s == 0 ? label : "IF(ISNUMBER(" + conv + "),"
                + label + "&\" (\"&ROUND(" + conv + "*100,1)&\"%)\"," + label + ")", chartLabel(step), text);
    }

    /** The largest drop-off's text ("Largest drop-off: A \u2192 B") and value, on the row under the funnel. */
    private void largestDrop(Funnel funnel) {
        int n = funnel.steps().size();
        int row = layout.largestDropRow();
        int labels = layout.funnelColumn(FunnelColumn.LABEL);
        String drops = Refs.abs(layout.funnelColumn(FunnelColumn.DROP_OFF), layout.funnelRow(1), layout.funnelRow(n - 1));
        String m = "MATCH(MAX(" + drops + ")," + drops + ",0)";
        String from = Refs.abs(labels, layout.funnelRow(0), layout.funnelRow(n - 2));
        String to = Refs.abs(labels, layout.funnelRow(1), layout.funnelRow(n - 1));
        // with two steps there is one drop: Gnumeric gives #REF! for INDEX over a one-cell range
        String text = n == 2 ? PeriodText.fill(ctx.labels().get("dash.largestDrop"), from.substring(0, from.indexOf(':')),
                to.substring(0, to.indexOf(':')))
                : PeriodText.fill(ctx.labels().get("dash.largestDrop"), "INDEX(" + from + "," + m + ")", "INDEX(" + to + "," + m + ")");
        w.formulaText(row, labels, "IF(COUNT(" + drops + ")=0,\"\"," + text + ")",
                largestDropText(funnel, ctx.labels()), styles.get(Styles.Role.BOLD_VALUE));
        w.formula(row, layout.funnelColumn(FunnelColumn.DROP_OFF), "IF(COUNT(" + drops + ")=0,\"\",MAX(" + drops + "))",
                funnel.hasLargestDrop() ? funnel.steps().get(funnel.largestDrop()).dropOff() : Double.NaN,
                styles.get(Styles.Role.BOLD_VALUE, "0.0%"));
    }
}
