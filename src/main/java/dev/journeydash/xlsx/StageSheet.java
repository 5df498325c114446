package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/** One sheet per stage: a period-by-KPI table of formulas over the Data sheet, KPI scores and the stage score. */
final class StageSheet {
    /** Rows of one KPI's chart, and the rows between the tops of two charts. */
    private static final int CHART_ROWS = 16;
    /** Prepared period rows the print area covers under the data: a year of monthly periods. */
    static final int PRINTED_AHEAD = 12;

    private final XSSFSheet sheet;
    private final SheetWriter w;
    private final Stage stage;
    private final List<Kpi> kpis;
    private final RenderContext ctx;
    private final StageLayout layout;
    private final TargetsLayout targets;
    private final Styles styles;

    private StageSheet(XSSFSheet sheet, Stage stage, RenderContext ctx) {
        this.sheet = sheet;
        this.w = new SheetWriter(sheet);
        this.stage = stage;
        this.kpis = stage.kpis();
        this.ctx = ctx;
        this.layout = ctx.layout().stages();
        this.targets = ctx.layout().targets();
        this.styles = ctx.styles();
    }

    static void write(XSSFSheet sheet, Stage stage, RenderContext ctx) {
        new StageSheet(sheet, stage, ctx).write();
    }

    private void write() {
        heading();
        XSSFCellStyle[] targetStyles = tableHeader();
        periodRows(targetStyles);
        amberScores();
        formatting();
        int chartsRight = charts();
        pageSetup(chartsRight);
        PainPoints.write(sheet, stage, layout, styles, ctx.word("head.painPoints"));
    }

    /** Title, description, touchpoints and the link back to the Dashboard (the pain points come with the charts' widths). */
    private void heading() {
        int number = ctx.layout().stageIndex(stage.id()) + 1;
        w.text(layout.titleRow(), 0, number + " \u00b7 " + stage.name(), styles.get(Styles.Role.TITLE));
        w.text(2, 0, stage.description(), styles.get(Styles.Role.SUBTITLE));
        w.text(3, 0, stage.touchpoints().isEmpty() ? "" : ctx.word("stage.touchpoints", String.join(" \u00b7 ", stage.touchpoints())),
                styles.get(Styles.Role.SUBTITLE));
        XSSFHyperlink back = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        back.setAddress(Refs.q(ctx.layout().dashboardSheet()) + "!A1");
        w.text(4, 0, "\u2190 " + ctx.layout().dashboardSheet(), styles.get(Styles.Role.LINK)).setHyperlink(back);
        SegmentLayout segments = ctx.segmentLayout();
        if (segments != null) {
            // the segment these numbers are for: the Dashboard's selector (the label is text, never in the formula)
            w.text(4, 2, ctx.journey().segmentation().label() + ":", styles.get(Styles.Role.BOLD_VALUE));
            w.formulaText(4, 3, Refs.sheet(ctx.layout().dashboardSheet()) + "!" + Refs.cell(segments.selectorColumn(),
                    segments.selectorRow()), ctx.word("segment.all"), styles.get(Styles.Role.BOLD_VALUE));
        }
    }

    /** The header row and the target row; returns each KPI's style for its targets. */
    private XSSFCellStyle[] tableHeader() {
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle muted = styles.get(Styles.Role.MUTED);
        w.text(layout.headerRow(), layout.periodColumn(), ctx.word("head.period"), header);
        w.text(layout.targetRow(), layout.periodColumn(), ctx.word("stage.targetSelected"), muted);
        XSSFCellStyle[] targetStyles = kpis.stream()
                .map(k -> styles.get(Styles.Role.MUTED, styles.pattern(k.format(), k.unit(), k.target())))
                .toArray(XSSFCellStyle[]::new);
        for (int j = 0; j < kpis.size(); j++) {
            Kpi k = kpis.get(j);
            int c = layout.valueColumn(k.id());
            w.text(layout.headerRow(), c, k.label(), header);
            // the target of the period the Dashboard shows: targets differ by period
            w.formula(layout.targetRow(), c, "IFERROR(INDEX(" + targets.targetRange(k.id()) + ","
                    + ctx.layout().dashboard().selectedIndexReference() + "),\"\")", ctx.results().target(k, ctx.selected()),
                    targetStyles[j]);
            w.text(layout.headerRow(), layout.scoreColumn(k.id()), ctx.word("stage.scoreOf", k.label()), header);
            w.text(layout.headerRow(), layout.targetColumn(k.id()), ctx.word("stage.targetOf", k.label()), header);
        }
        w.text(layout.headerRow(), layout.stageScoreColumn(stage.id()), ctx.word("head.stageScore"), header);
        sheet.getRow(layout.headerRow() - 1).setHeightInPoints(40);
        return targetStyles;
    }

    /** A row per prepared period: the period, each KPI's value, score and target, the stage score. */
    private void periodRows(XSSFCellStyle[] targetStyles) {
        Results r = ctx.results();
        ExcelFormula formulas = new ExcelFormula(ctx.layout());
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        XSSFCellStyle bold = styles.get(Styles.Role.BOLD_VALUE, "0%");
        XSSFCellStyle[] valueStyles = kpis.stream()
                .map(k -> styles.get(Styles.Role.TEXT, styles.pattern(k.format(), k.unit(), k.target())))
                .toArray(XSSFCellStyle[]::new);
        // per KPI, the cells every row reads: its direction on Targets, its weight (its target is the row's period's)
        String[] directionCells = kpis.stream().map(k -> targets.cell(k.id(), TargetsLayout.Column.DIRECTION))
                .toArray(String[]::new);
        List<String> weightCells = kpis.stream().map(k -> targets.cell(k.id(), TargetsLayout.Column.WEIGHT)).toList();
        int n = r.periodCount();
        int stageCol = layout.stageScoreColumn(stage.id());
        for (int i = 0; i < ctx.layout().capacity(); i++) {
            int row = layout.row(i);
            boolean data = i < n;
            w.formula(row, layout.periodColumn(), ctx.layout().data().periodFormula(i),
                    data ? DataSheet.serial(r.data().periods().get(i)) : Double.NaN, date);
            for (int j = 0; j < kpis.size(); j++) {
                Kpi k = kpis.get(j);
                int c = layout.valueColumn(k.id());
                w.formula(row, c, formulas.kpiCell(k, i), data ? r.kpi(k.id(), i) : Double.NaN, valueStyles[j]);
                String v = Refs.col(c) + row;
                String target = targets.targetCell(k.id(), i);
                w.formula(row, layout.scoreColumn(k.id()), score("$" + v, target, directionCells[j]),
                        data ? r.score(k.id(), i) : Double.NaN, percent);
                w.formula(row, layout.targetColumn(k.id()), "IF($" + Refs.col(layout.periodColumn()) + row + "=\"\",\"\","
                        + target + ")", data ? r.target(k, i) : Double.NaN, targetStyles[j]);
            }
            List<String> scores = kpis.stream().map(k -> "$" + Refs.col(layout.scoreColumn(k.id())) + row).toList();
            w.formula(row, stageCol, Refs.weightedMean(scores, weightCells), data ? r.stageScore(stage.id(), i) : Double.NaN,
                    bold);
        }
    }

    /**
     * The score of the value in cell {@code v}: as {@code Scoring.score}, clipped to 0..1, blank
     * when {@code v} is. The direction is compared by its position in the Targets sheet's list of
     * direction words, not by a word.
     */
    static String score(String v, String target, String direction) {
        String lower = "MATCH(" + direction + "," + TargetsLayout.DIRECTION_LIST + ",0)="
                + TargetsLayout.directionPosition(Direction.LOWER);
        return "IF(ISNUMBER(" + v + "),MAX(0,MIN(1,IF(" + lower + ",IF(" + v + "<=0,1," + target + "/" + v
                + ")," + v + "/" + target + "))),\"\")";
    }

    /** Each KPI's amber score from the Targets sheet, outside the print area, for the conditional formats. */
    private void amberScores() {
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle percent = styles.get(Styles.Role.MUTED, "0%");
        for (Kpi k : kpis) {
            int c = layout.amberColumn(k.id());
            w.text(layout.headerRow(), c, ctx.word("stage.amberOf", k.label()), header);
            w.formula(layout.targetRow(), c, targets.cell(k.id(), TargetsLayout.Column.AMBER), k.amber(), percent);
            w.width(c, 13);
        }
    }

    /**
     * RAG fills on the values, traffic lights on the scores, a colour scale on the stage score;
     * the amber scores are read on this sheet ({@link #amberScores()}), as Excel 2007 requires.
     */
    private void formatting() {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        int first = layout.firstRow();
        int last = layout.lastPreparedRow();
        for (Kpi k : kpis) {
            // green, amber and red fills on the values, read from the score column and the amber score
            int c = layout.valueColumn(k.id());
            String s = "$" + Refs.col(layout.scoreColumn(k.id())) + first;
            String amber = layout.amberCell(k.id());
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first - 1, last - 1, c, c)},
                    new ConditionalFormattingRule[] {
                        ConditionalFormats.rule(cf, "AND(ISNUMBER(" + s + ")," + s + ">=1)", styles.color(styles.theme().good())),
                        ConditionalFormats.rule(cf, "AND(ISNUMBER(" + s + ")," + s + ">=" + amber + ")", styles.color(styles.theme().warn())),
                        ConditionalFormats.rule(cf, "ISNUMBER(" + s + ")", styles.color(styles.theme().bad()))});
        }
        for (Kpi k : kpis) {
            int c = layout.scoreColumn(k.id());
            ConditionalFormats.trafficLights(cf, new CellRangeAddress(first - 1, last - 1, c, c), layout.amberCell(k.id()));
        }
        int stageCol = layout.stageScoreColumn(stage.id());
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first - 1, last - 1, stageCol, stageCol)},
                ConditionalFormats.colourScale(cf, styles));
    }

    /** One chart per KPI, actual against target over the trend window, right of the table; returns their last column. */
    private int charts() {
        WindowCells window = new WindowCells(ctx);
        window.stage(sheet, stage);
        Charts charts = new Charts(sheet, styles.palette());
        int left = layout.chartColumn(stage.id());
        int top = layout.headerRow() - 1;
        for (Kpi k : kpis) {
            chart(charts, window, k, left, top);
            top += CHART_ROWS;
        }
        return left + StageLayout.CHART_COLUMNS;
    }

    /** A KPI's chart over its trend window, its top left corner at 0-based ({@code left}, {@code top}). */
    private void chart(Charts charts, WindowCells window, Kpi k, int left, int top) {
        Results r = ctx.results();
        String q = Refs.q(sheet.getSheetName()) + "!";
        WindowCells.Span span = window.kpi(k);
        int row1 = layout.windowRow(0);
        int row2 = layout.windowRow(span.length() - 1);
        String unit = switch (k.format()) {
            case PERCENT -> " (%)";
            case CURRENCY -> " (" + r.journey().currency() + ")";
            case DURATION -> " (" + k.unit() + ")";
            default -> "";
        };
        var chart = charts.create(left, top, left + StageLayout.CHART_COLUMNS, top + 15, ctx.word("chart.kpi", k.label() + unit));
        String fmt = styles.pattern(k.format(), k.unit(), k.target());
        Double[] target = window.values(span, i -> WindowCells.cached(sheet, layout.row(i), layout.targetColumn(k.id())));
        charts.lines(chart, q + Refs.abs(layout.windowPeriodColumn(k.id()), row1, row2), window.labels(span), List.of(
                new Charts.Series(ctx.word("chart.actual"), q + Refs.abs(layout.windowValueColumn(k.id()), row1, row2),
                        window.values(span, i -> r.kpi(k.id(), i)), styles.theme().primary(), false),
                new Charts.Series(ctx.word("head.target"), q + Refs.abs(layout.windowTargetColumn(k.id()), row1, row2), target,
                        styles.theme().alert(), true)),
                fmt, styles.datePattern(r.journey().granularity()), null);
    }

    /** Print area, tab colour, frozen panes, column widths. */
    private void pageSetup(int chartsRight) {
        // the periods and a year of prepared rows under them (periods pasted in the coming months print; all 36 would
        // print a page of empty rows), or the charts' foot, whichever is lower; not the trend window right of the charts
        int lastRow = Math.min(layout.lastPreparedRow(), layout.row(ctx.results().periodCount() - 1) + PRINTED_AHEAD) - 1;
        lastRow = Math.max(lastRow, layout.headerRow() - 1 + CHART_ROWS * kpis.size());
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, chartsRight, 0, lastRow);
        sheet.setTabColor(styles.color(styles.theme().accent()));
        sheet.createFreezePane(1, layout.targetRow());
        w.width(0, 12);
        for (Kpi k : kpis) {
            w.width(layout.valueColumn(k.id()), 15);
            w.width(layout.scoreColumn(k.id()), 13);
        }
        w.width(kpis.size() + 1, 3);
        int stageCol = layout.stageScoreColumn(stage.id());
        w.width(stageCol, 12);
        w.width(stageCol + 1, 3);
        for (Kpi k : kpis) {
            w.width(layout.targetColumn(k.id()), 13);
        }
    }
}
