package dev.journeydash.xlsx;

import dev.journeydash.model.Direction;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Period;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.TargetsLayout.Column;
import dev.journeydash.xlsx.TargetsLayout.StageColumn;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * The Targets sheet: every KPI's direction, amber band and weight, the stage weights, the
 * direction words, and the targets per period (see {@link TargetsLayout}).
 */
final class TargetsSheet {
    /** Width of a KPI's column of targets per period, in characters; its header wraps. */
    private static final double TARGET_WIDTH = 11;
    /** Width of an A4 landscape page inside the default margins, in characters of the default font at 100 %. */
    private static final double PAGE_CHARS = 124;
    /** Columns right of the periods that the printed title line of the targets table needs. */
    private static final int TITLE_COLUMNS = 13;

    private TargetsSheet() { }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        Styles styles = ctx.styles();
        TargetsLayout t = ctx.layout().targets();
        SheetWriter w = new SheetWriter(sheet);
        w.text(1, 0, ctx.layout().targetsSheet(), styles.get(Styles.Role.TITLE));
        w.text(2, 0, ctx.word("targets.subtitle"), styles.get(Styles.Role.SUBTITLE));
        String[] headers = {ctx.word("head.stage"), ctx.word("head.kpi"), ctx.word("head.kpiId"), ctx.word("head.format"),
            ctx.word("head.better"), ctx.word("head.amberFrom"), ctx.word("head.weightInStage")};
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        for (Column c : Column.values()) {
            w.text(t.headerRow(), c.index(), headers[c.ordinal()], header);
        }
        rows(w, ctx, t, styles, header);
        directionList(w, t, ctx, header);
        periodTargets(w, ctx, t, header);
        validations(sheet, t, ctx);
        sheet.createFreezePane(0, t.headerRow());
        double[] widths = {18, 30, 24, ctx.formatWidth(10), ctx.directionWidth(9), 12, 10};
        for (int c = 0; c < widths.length; c++) {
            w.width(c, widths[c]);
        }
        w.width(t.directionListColumn() - 1, 3);
        w.width(t.directionListColumn(), 14);
        w.width(t.periodColumn() - 1, 3);
        w.width(t.periodColumn(), 11);
        ctx.journey().kpis().forEach(k -> w.width(t.targetColumn(k.id()), TARGET_WIDTH));
        sheet.getRow(t.headerRow() - 1).setHeightInPoints(44);
    }

    /**
     * Printed as two parts, the KPI settings, then (after a column break) the targets per period at
     * a scale that fits them on the page's width, down to the last period with data or with a
     * target of its own. Call after the workbook's common print setup, which it overrides.
     */
    static void printSetup(XSSFSheet sheet, RenderContext ctx) {
        TargetsLayout t = ctx.layout().targets();
        int last = ctx.periodCount() - 1;
        List<Kpi> kpis = ctx.journey().kpis().toList();
        Period p = ctx.preparedPeriod(last);
        for (int i = last + 1; i < ctx.layout().capacity(); i++) {
            p = p.next();
            for (Kpi k : kpis) {
                if (k.changeIn(p) != null) {
                    last = i;
                }
            }
        }
        // wide enough for the table's title line even when the journey has few KPIs
        int right = Math.max(t.targetColumn(kpis.get(kpis.size() - 1).id()), t.periodColumn() + TITLE_COLUMNS);
        int bottom = Math.max(t.lastStageRow(), t.periodRow(last));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, right, 0, bottom - 1);
        sheet.setColumnBreak(t.periodColumn() - 1); // a break after the blank column before the periods
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(t.headerRow() - 1, t.headerRow() - 1, -1, -1));
        // LibreOffice ignores manual breaks on a sheet fitted to pages: a scale instead
        double chars = Math.max(11 + TARGET_WIDTH * kpis.size(), 18 + 30 + 24 + 10 + 9 + 12 + 10 + 3 + 14);
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale((short) Math.max(40, Math.min(100, Math.floor(PAGE_CHARS / chars * 100))));
    }

    /** A row per KPI, then the stage weights under their title and header. */
    private static void rows(SheetWriter w, RenderContext ctx, TargetsLayout t, Styles styles, XSSFCellStyle header) {
        Journey journey = ctx.journey();
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        XSSFCellStyle input = styles.get(Styles.Role.INPUT);
        XSSFCellStyle amber = styles.get(Styles.Role.INPUT, "0%");
        XSSFCellStyle weight = styles.get(Styles.Role.INPUT, "0.0#");
        for (Stage st : journey.stages()) {
            for (Kpi k : st.kpis()) {
                int row = t.kpiRow(k.id());
                w.text(row, Column.STAGE.index(), st.name(), text);
                w.text(row, Column.KPI.index(), k.label(), text);
                w.text(row, Column.KPI_ID.index(), k.id(), styles.get(Styles.Role.MUTED));
                w.text(row, Column.FORMAT.index(), ctx.word("format." + k.format().word()), text);
                w.text(row, Column.DIRECTION.index(), ctx.word("direction." + k.direction().word()), input);
                w.number(row, Column.AMBER.index(), k.amber(), amber);
                w.number(row, Column.WEIGHT.index(), k.weight(), weight);
            }
        }
        w.text(t.stageTitleRow(), 0, ctx.word("targets.stageWeights"), styles.get(Styles.Role.BOLD_VALUE));
        w.text(t.stageHeaderRow(), StageColumn.STAGE.index(), ctx.word("head.stage"), header);
        w.text(t.stageHeaderRow(), StageColumn.STAGE_ID.index(), ctx.word("head.stageId"), header);
        w.text(t.stageHeaderRow(), StageColumn.WEIGHT.index(), ctx.word("head.weight"), header);
        for (Stage st : journey.stages()) {
            int row = t.stageRow(st.id());
            w.text(row, StageColumn.STAGE.index(), st.name(), text);
            w.text(row, StageColumn.STAGE_ID.index(), st.id(), styles.get(Styles.Role.MUTED));
            w.number(row, StageColumn.WEIGHT.index(), st.weight(), weight);
        }
    }

    /**
     * The period-by-KPI targets: the first period and every period where a target starts hold a
     * value (an input cell); the others repeat the cell above, so the target in force carries forward.
     */
    private static void periodTargets(SheetWriter w, RenderContext ctx, TargetsLayout t, XSSFCellStyle header) {
        Styles styles = ctx.styles();
        int pc = t.periodColumn();
        w.text(t.periodTitleRow(), pc, ctx.word("targets.perPeriod"), styles.get(Styles.Role.SUBTITLE));
        w.text(t.headerRow(), pc, ctx.word("head.period"), styles.get(Styles.Role.HEADER_LEFT));
        List<Kpi> kpis = ctx.journey().kpis().toList();
        for (Kpi k : kpis) {
            w.text(t.headerRow(), t.targetColumn(k.id()), k.label(), header);
        }
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(ctx.journey().granularity()));
        XSSFCellStyle[] set = new XSSFCellStyle[kpis.size()];
        XSSFCellStyle[] carried = new XSSFCellStyle[kpis.size()];
        for (int j = 0; j < kpis.size(); j++) {
            Kpi k = kpis.get(j);
            String fmt = styles.pattern(k.format(), k.unit(), k.target());
            set[j] = styles.get(Styles.Role.INPUT, fmt);
            carried[j] = styles.get(Styles.Role.MUTED, fmt);
        }
        Period p = ctx.preparedPeriod(0);
        for (int i = 0; i < ctx.layout().capacity(); i++, p = p.next()) {
            int row = t.periodRow(i);
            w.number(row, pc, DataSheet.serial(p), date);
            for (int j = 0; j < kpis.size(); j++) {
                Kpi k = kpis.get(j);
                int c = t.targetColumn(k.id());
                if (i == 0 || k.changeIn(p) != null) {
                    w.number(row, c, k.target(p), set[j]);
                } else {
                    w.formula(row, c, Refs.col(c) + (row - 1), k.target(p), carried[j]);
                }
            }
        }
    }

    /** The words the Better cells accept, under their header, and the name formulas and the drop-down read them by. */
    private static void directionList(SheetWriter w, TargetsLayout t, RenderContext ctx, XSSFCellStyle header) {
        w.text(t.headerRow(), t.directionListColumn(), ctx.word("targets.betterChoices"), header);
        for (Direction d : Direction.values()) {
            w.text(t.directionListRow(d), t.directionListColumn(), ctx.word("direction." + d.word()),
                    ctx.styles().get(Styles.Role.MUTED));
        }
        XSSFName name = w.sheet.getWorkbook().createName();
        name.setNameName(TargetsLayout.DIRECTION_LIST);
        name.setRefersToFormula(t.directionListRange());
    }

    private static void validations(XSSFSheet sheet, TargetsLayout t, RenderContext ctx) {
        Journey journey = ctx.journey();
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        String positive = ctx.word("targets.positive");
        int first = t.firstKpiRow();
        int last = t.lastKpiRow();
        add(sheet, helper.createFormulaListConstraint(TargetsLayout.DIRECTION_LIST), first, last,
                Column.DIRECTION.index(), Column.DIRECTION.index(), ctx.word("head.better"),
                ctx.word("targets.chooseDirection", ctx.word("direction.higher"), ctx.word("direction.lower")));
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0.01", "0.99"),
                first, last, Column.AMBER.index(), Column.AMBER.index(), ctx.word("targets.amber"), ctx.word("targets.amberError"));
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                first, last, Column.WEIGHT.index(), Column.WEIGHT.index(), ctx.word("head.weight"), positive);
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                t.firstStageRow(), t.lastStageRow(), StageColumn.WEIGHT.index(), StageColumn.WEIGHT.index(),
                ctx.word("head.weight"), positive);
        List<Kpi> kpis = journey.kpis().toList();
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                t.periodRow(0), t.lastPeriodRow(), t.targetColumn(kpis.get(0).id()),
                t.targetColumn(kpis.get(kpis.size() - 1).id()), ctx.word("head.target"), positive);
    }

    /** A validation with an error box on rows {@code first..last} (1-based) of columns {@code col1..col2}. */
    private static void add(XSSFSheet sheet, DataValidationConstraint constraint, int first, int last, int col1, int col2,
                            String title, String message) {
        DataValidation v = new XSSFDataValidationHelper(sheet).createValidation(constraint,
                new CellRangeAddressList(first - 1, last - 1, col1, col2));
        v.setShowErrorBox(true);
        v.createErrorBox(title, message);
        sheet.addValidationData(v);
    }
}
