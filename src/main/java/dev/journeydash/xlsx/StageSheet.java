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

    static void write(XSSFSheet sheet, Stage stage, Layout layout, Styles styles) {
        SheetWriter w = new SheetWriter(sheet);
        Results r = layout.results;
        int number = layout.stageIndex.get(stage.id()) + 1;
        w.text(1, 0, number + " \u00b7 " + stage.name(), styles.get(Styles.Role.TITLE));
        w.text(2, 0, stage.description(), styles.get(Styles.Role.SUBTITLE));
        w.text(3, 0, stage.touchpoints().isEmpty() ? "" : "Touchpoints: " + String.join(" \u00b7 ", stage.touchpoints()),
                styles.get(Styles.Role.SUBTITLE));
        XSSFHyperlink back = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        back.setAddress(Refs.q(Layout.DASHBOARD) + "!A1");
        w.text(4, 0, "\u2190 Dashboard", styles.get(Styles.Role.LINK)).setHyperlink(back);

        List<Kpi> kpis = stage.kpis();
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle muted = styles.get(Styles.Role.MUTED);
        w.text(Layout.STAGE_HEADER_ROW, 0, "Period", header);
        w.text(Layout.STAGE_TARGET_ROW, 0, "Target", muted);
        XSSFCellStyle[] targetStyles = kpis.stream()
                .map(k -> styles.get(Styles.Role.MUTED, styles.pattern(k.format(), k.unit(), k.target(), false)))
                .toArray(XSSFCellStyle[]::new);
        for (int j = 0; j < kpis.size(); j++) {
            Kpi k = kpis.get(j);
            int c = layout.kpiColumn.get(k.id());
            w.text(Layout.STAGE_HEADER_ROW, c, k.label(), header);
            w.formula(Layout.STAGE_TARGET_ROW, c, layout.targetCell(k.id()), k.target(), targetStyles[j]);
            w.text(Layout.STAGE_HEADER_ROW, layout.kpiScoreColumn.get(k.id()), "Score: " + k.label(), header);
            w.text(Layout.STAGE_HEADER_ROW, layout.kpiTargetColumn.get(k.id()), "Target: " + k.label(), header);
        }
        int stageCol = layout.stageScoreColumn.get(stage.id());
        w.text(Layout.STAGE_HEADER_ROW, stageCol, "Stage score", header);
        sheet.getRow(Layout.STAGE_HEADER_ROW - 1).setHeightInPoints(40);

        ExcelFormula formulas = new ExcelFormula(layout);
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(layout.journey.granularity()));
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        XSSFCellStyle bold = styles.get(Styles.Role.BOLD_VALUE, "0%");
        XSSFCellStyle[] valueStyles = kpis.stream()
                .map(k -> styles.get(Styles.Role.TEXT, styles.pattern(k.format(), k.unit(), k.target(), false)))
                .toArray(XSSFCellStyle[]::new);
        // per KPI, the cells every row reads: its target and direction on Targets, its weight
        String[] targetCells = kpis.stream().map(k -> layout.targetCell(k.id())).toArray(String[]::new);
        String[] directionCells = kpis.stream().map(k -> layout.directionCell(k.id())).toArray(String[]::new);
        List<String> weightCells = kpis.stream().map(k -> layout.weightCell(k.id())).toList();
        int n = r.periodCount();
        for (int i = 0; i < layout.capacity; i++) {
            int row = Layout.STAGE_FIRST_ROW + i;
            double serial = i < n ? DataSheet.serial(r.data().periods().get(i)) : Double.NaN;
            w.formula(row, 0, Layout.periodFormula(i), serial, date);
            for (int j = 0; j < kpis.size(); j++) {
                Kpi k = kpis.get(j);
                int c = layout.kpiColumn.get(k.id());
                w.formula(row, c, formulas.kpiCell(k, i), i < n ? r.kpi(k.id(), i) : Double.NaN, valueStyles[j]);
                String v = "$" + Refs.col(c) + row;
                String score = "IF(ISNUMBER(" + v + "),MAX(0,MIN(1,IF(" + directionCells[j] + "=\"lower\",IF("
                        + v + "<=0,1," + targetCells[j] + "/" + v + ")," + v + "/" + targetCells[j] + "))),\"\")";
                w.formula(row, layout.kpiScoreColumn.get(k.id()), score, i < n ? r.score(k.id(), i) : Double.NaN, percent);
                w.formula(row, layout.kpiTargetColumn.get(k.id()), "IF($A" + row + "=\"\",\"\"," + targetCells[j] + ")",
                        i < n ? k.target() : Double.NaN, targetStyles[j]);
            }
            w.formula(row, stageCol, Refs.weightedMean(kpis.stream().map(k -> "$" + Refs.col(layout.kpiScoreColumn.get(k.id())) + row).toList(),
                    weightCells), i < n ? r.stageScore(stage.id(), i) : Double.NaN, bold);
        }
        ragFormatting(sheet, stage, layout, styles);
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (Kpi k : kpis) {
            int c = layout.kpiScoreColumn.get(k.id());
            ConditionalFormats.trafficLights(cf, new CellRangeAddress(Layout.STAGE_FIRST_ROW - 1, layout.stageLastRow() - 1, c, c),
                    layout.amberCell(k.id()));
        }
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(Layout.STAGE_FIRST_ROW - 1,
                layout.stageLastRow() - 1, stageCol, stageCol)}, ConditionalFormats.colourScale(cf, styles.theme()));
        int chartsRight = charts(sheet, stage, layout, styles);
        // print the periods that have data and the charts, not the rows prepared for appended data
        int lastRow = Math.max(Layout.STAGE_FIRST_ROW + r.periodCount() - 1, Layout.STAGE_HEADER_ROW - 1 + 16 * kpis.size());
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, chartsRight, 0, lastRow);
        sheet.setTabColor(Styles.color(styles.theme().accent()));
        sheet.createFreezePane(1, Layout.STAGE_TARGET_ROW);
        w.width(0, 12);
        for (Kpi k : kpis) {
            w.width(layout.kpiColumn.get(k.id()), 15);
            w.width(layout.kpiScoreColumn.get(k.id()), 13);
        }
        w.width(kpis.size() + 1, 3);
        w.width(stageCol, 12);
        w.width(stageCol + 1, 3);
        for (Kpi k : kpis) {
            w.width(layout.kpiTargetColumn.get(k.id()), 13);
        }
    }

    /** One chart per KPI, actual against target over the data's periods, right of the table; returns their last column. */
    private static int charts(XSSFSheet sheet, Stage stage, Layout layout, Styles styles) {
        Charts charts = new Charts(sheet);
        Results r = layout.results;
        int n = r.periodCount();
        int left = layout.kpiTargetColumn.get(stage.kpis().get(stage.kpis().size() - 1).id()) + 2;
        String q = Refs.q(sheet.getSheetName()) + "!";
        String[] periods = r.data().periods().stream().map(p -> p.label()).toArray(String[]::new);
        int top = Layout.STAGE_HEADER_ROW - 1;
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
            int row1 = Layout.STAGE_FIRST_ROW + first;
            int row2 = Layout.STAGE_FIRST_ROW + n - 1;
            String unit = switch (k.format()) {
                case PERCENT -> " (%)";
                case CURRENCY -> " (" + r.journey().currency() + ")";
                case DURATION -> " (" + k.unit() + ")";
                default -> "";
            };
            var chart = charts.create(left, top, left + 9, top + 15, k.label() + unit + ": actual vs target");
            String fmt = styles.pattern(k.format(), k.unit(), k.target(), false);
            charts.lines(chart, q + Refs.abs(0, row1, row2), Arrays.copyOfRange(periods, first, n), java.util.List.of(
                    new Charts.Series("Actual", q + Refs.abs(layout.kpiColumn.get(k.id()), row1, row2), actual,
                            styles.theme().primary(), false),
                    new Charts.Series("Target", q + Refs.abs(layout.kpiTargetColumn.get(k.id()), row1, row2), target,
                            styles.theme().alert(), true)),
                    fmt, styles.datePattern(r.journey().granularity()), null);
            top += 16;
        }
        return left + 9;
    }

    /** Green, amber and red fills on KPI values, read from the score column and the Targets sheet's amber. */
    private static void ragFormatting(XSSFSheet sheet, Stage stage, Layout layout, Styles styles) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (Kpi k : stage.kpis()) {
            int c = layout.kpiColumn.get(k.id());
            String s = "$" + Refs.col(layout.kpiScoreColumn.get(k.id())) + Layout.STAGE_FIRST_ROW;
            CellRangeAddress[] range = {new CellRangeAddress(Layout.STAGE_FIRST_ROW - 1, layout.stageLastRow() - 1, c, c)};
            cf.addConditionalFormatting(range, new ConditionalFormattingRule[] {
                ConditionalFormats.rule(cf, "AND(ISNUMBER(" + s + ")," + s + ">=1)", styles.theme().good()),
                ConditionalFormats.rule(cf, "AND(ISNUMBER(" + s + ")," + s + ">=" + layout.amberCell(k.id()) + ")", styles.theme().warn()),
                ConditionalFormats.rule(cf, "ISNUMBER(" + s + ")", styles.theme().bad())});
        }
    }
}
