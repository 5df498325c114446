package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.Arrays;
import java.util.List;

/** One sheet per stage: a period-by-KPI table of formulas over the Data sheet, KPI scores and the stage score. */
final class StageSheet {
    private StageSheet() { }

    static void write(XSSFSheet sheet, Stage stage, RenderContext ctx) {
        Styles styles = ctx.styles();
        SheetWriter w = new SheetWriter(sheet);
        Results r = ctx.results();
        int number = ctx.layout().stageIndex(stage.id()) + 1;
        w.text(1, 0, number + " \u00b7 " + stage.name(), styles.get(Styles.Role.TITLE));
        w.text(2, 0, stage.description(), styles.get(Styles.Role.SUBTITLE));
        w.text(3, 0, stage.touchpoints().isEmpty() ? "" : "Touchpoints: " + String.join(" \u00b7 ", stage.touchpoints()),
                styles.get(Styles.Role.SUBTITLE));
        XSSFHyperlink back = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        back.setAddress(Refs.q(WorkbookLayout.DASHBOARD) + "!A1");
        w.text(4, 0, "\u2190 Dashboard", styles.get(Styles.Role.LINK)).setHyperlink(back);

        List<Kpi> kpis = stage.kpis();
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle muted = styles.get(Styles.Role.MUTED);
        w.text(ctx.layout().stages().headerRow(), 0, "Period", header);
        w.text(ctx.layout().stages().targetRow(), 0, "Target", muted);
        XSSFCellStyle[] targetStyles = kpis.stream()
                .map(k -> styles.get(Styles.Role.MUTED, styles.pattern(k.format(), k.unit(), k.target(), false)))
                .toArray(XSSFCellStyle[]::new);
        for (int j = 0; j < kpis.size(); j++) {
            Kpi k = kpis.get(j);
            int c = ctx.layout().stages().valueColumn(k.id());
            w.text(ctx.layout().stages().headerRow(), c, k.label(), header);
            w.formula(ctx.layout().stages().targetRow(), c, ctx.layout().targets().cell(k.id(), TargetsLayout.Column.TARGET), k.target(), targetStyles[j]);
            w.text(ctx.layout().stages().headerRow(), ctx.layout().stages().scoreColumn(k.id()), "Score: " + k.label(), header);
            w.text(ctx.layout().stages().headerRow(), ctx.layout().stages().targetColumn(k.id()), "Target: " + k.label(), header);
        }
        int stageCol = ctx.layout().stages().stageScoreColumn(stage.id());
        w.text(ctx.layout().stages().headerRow(), stageCol, "Stage score", header);
        sheet.getRow(ctx.layout().stages().headerRow() - 1).setHeightInPoints(40);

        ExcelFormula formulas = new ExcelFormula(ctx.layout());
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        XSSFCellStyle bold = styles.get(Styles.Role.BOLD_VALUE, "0%");
        XSSFCellStyle[] valueStyles = kpis.stream()
                .map(k -> styles.get(Styles.Role.TEXT, styles.pattern(k.format(), k.unit(), k.target(), false)))
                .toArray(XSSFCellStyle[]::new);
        // per KPI, the cells every row reads: its target and direction on Targets, its weight
        String[] targetCells = kpis.stream().map(k -> ctx.layout().targets().cell(k.id(), TargetsLayout.Column.TARGET)).toArray(String[]::new);
        String[] directionCells = kpis.stream().map(k -> ctx.layout().targets().cell(k.id(), TargetsLayout.Column.DIRECTION)).toArray(String[]::new);
        List<String> weightCells = kpis.stream().map(k -> ctx.layout().targets().cell(k.id(), TargetsLayout.Column.WEIGHT)).toList();
        int n = r.periodCount();
        for (int i = 0; i < ctx.layout().capacity(); i++) {
            int row = ctx.layout().stages().firstRow() + i;
            double serial = i < n ? DataSheet.serial(r.data().periods().get(i)) : Double.NaN;
            w.formula(row, 0, ctx.layout().data().periodFormula(i), serial, date);
            for (int j = 0; j < kpis.size(); j++) {
                Kpi k = kpis.get(j);
                int c = ctx.layout().stages().valueColumn(k.id());
                w.formula(row, c, formulas.kpiCell(k, i), i < n ? r.kpi(k.id(), i) : Double.NaN, valueStyles[j]);
                String v = "$" + Refs.col(c) + row;
                String score = "IF(ISNUMBER(" + v + "),MAX(0,MIN(1,IF(" + directionCells[j] + "=\"lower\",IF("
                        + v + "<=0,1," + targetCells[j] + "/" + v + ")," + v + "/" + targetCells[j] + "))),\"\")";
                w.formula(row, ctx.layout().stages().scoreColumn(k.id()), score, i < n ? r.score(k.id(), i) : Double.NaN, percent);
                w.formula(row, ctx.layout().stages().targetColumn(k.id()), "IF($A" + row + "=\"\",\"\"," + targetCells[j] + ")",
                        i < n ? k.target() : Double.NaN, targetStyles[j]);
            }
            w.formula(row, stageCol, Refs.weightedMean(kpis.stream().map(k -> "$" + Refs.col(ctx.layout().stages().scoreColumn(k.id())) + row).toList(),
                    weightCells), i < n ? r.stageScore(stage.id(), i) : Double.NaN, bold);
        }
        ragFormatting(sheet, stage, ctx);
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (Kpi k : kpis) {
            int c = ctx.layout().stages().scoreColumn(k.id());
            ConditionalFormats.trafficLights(cf, new CellRangeAddress(ctx.layout().stages().firstRow() - 1, ctx.layout().stages().lastPreparedRow() - 1, c, c),
                    ctx.layout().targets().cell(k.id(), TargetsLayout.Column.AMBER));
        }
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(ctx.layout().stages().firstRow() - 1,
                ctx.layout().stages().lastPreparedRow() - 1, stageCol, stageCol)}, ConditionalFormats.colourScale(cf, styles.theme()));
        int chartsRight = charts(sheet, stage, ctx);
        // print the periods that have data and the charts, not the rows prepared for appended data
        int lastRow = Math.max(ctx.layout().stages().firstRow() + r.periodCount() - 1, ctx.layout().stages().headerRow() - 1 + 16 * kpis.size());
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, chartsRight, 0, lastRow);
        sheet.setTabColor(Styles.color(styles.theme().accent()));
        sheet.createFreezePane(1, ctx.layout().stages().targetRow());
        w.width(0, 12);
        for (Kpi k : kpis) {
            w.width(ctx.layout().stages().valueColumn(k.id()), 15);
            w.width(ctx.layout().stages().scoreColumn(k.id()), 13);
        }
        w.width(kpis.size() + 1, 3);
        w.width(stageCol, 12);
        w.width(stageCol + 1, 3);
        for (Kpi k : kpis) {
            w.width(ctx.layout().stages().targetColumn(k.id()), 13);
        }
    }

    /** One chart per KPI, actual against target over the data's periods, right of the table; returns their last column. */
    private static int charts(XSSFSheet sheet, Stage stage, RenderContext ctx) {
        Styles styles = ctx.styles();
        Charts charts = new Charts(sheet);
        Results r = ctx.results();
        int n = r.periodCount();
        int left = ctx.layout().stages().targetColumn(stage.kpis().get(stage.kpis().size() - 1).id()) + 2;
        String q = Refs.q(sheet.getSheetName()) + "!";
        String[] periods = r.data().periods().stream().map(p -> p.label()).toArray(String[]::new);
        int top = ctx.layout().stages().headerRow() - 1;
        for (Kpi k : stage.kpis()) {
            // leading periods without a value (prev() in the first period, data starting later) are
            // left out: a formula's "" is plotted as zero by Excel and LibreOffice alike
            int first = 0;
            while (first < n - 1 && Double.isNaN(r.kpi(k.id(), first))) {
                first++;
            }
            int m = n - first;
            Double[] actual = new Double[m];
            Double[] target = new Double[m];
            for (int i = 0; i < m; i++) {
                double v = r.kpi(k.id(), first + i);
                actual[i] = Double.isNaN(v) ? null : v;
                target[i] = k.target();
            }
            int row1 = ctx.layout().stages().firstRow() + first;
            int row2 = ctx.layout().stages().firstRow() + n - 1;
            String unit = switch (k.format()) {
                case PERCENT -> " (%)";
                case CURRENCY -> " (" + r.journey().currency() + ")";
                case DURATION -> " (" + k.unit() + ")";
                default -> "";
            };
            var chart = charts.create(left, top, left + 9, top + 15, k.label() + unit + ": actual vs target");
            String fmt = styles.pattern(k.format(), k.unit(), k.target(), false);
            charts.lines(chart, q + Refs.abs(0, row1, row2), Arrays.copyOfRange(periods, first, n), java.util.List.of(
                    new Charts.Series("Actual", q + Refs.abs(ctx.layout().stages().valueColumn(k.id()), row1, row2), actual,
                            styles.theme().primary(), false),
                    new Charts.Series("Target", q + Refs.abs(ctx.layout().stages().targetColumn(k.id()), row1, row2), target,
                            styles.theme().alert(), true)),
                    fmt, styles.datePattern(r.journey().granularity()), null);
            top += 16;
        }
        return left + 9;
    }

    /** Green, amber and red fills on KPI values, read from the score column and the Targets sheet's amber. */
    private static void ragFormatting(XSSFSheet sheet, Stage stage, RenderContext ctx) {
        Styles styles = ctx.styles();
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (Kpi k : stage.kpis()) {
            int c = ctx.layout().stages().valueColumn(k.id());
            String s = "$" + Refs.col(ctx.layout().stages().scoreColumn(k.id())) + ctx.layout().stages().firstRow();
            CellRangeAddress[] range = {new CellRangeAddress(ctx.layout().stages().firstRow() - 1, ctx.layout().stages().lastPreparedRow() - 1, c, c)};
            cf.addConditionalFormatting(range, new ConditionalFormattingRule[] {
                ConditionalFormats.rule(cf, "AND(ISNUMBER(" + s + ")," + s + ">=1)", styles.theme().good()),
                ConditionalFormats.rule(cf, "AND(ISNUMBER(" + s + ")," + s + ">=" + ctx.layout().targets().cell(k.id(), TargetsLayout.Column.AMBER) + ")", styles.theme().warn()),
                ConditionalFormats.rule(cf, "ISNUMBER(" + s + ")", styles.theme().bad())});
        }
    }
}
