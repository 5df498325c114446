package dev.journeydash.xlsx;

import dev.journeydash.model.Direction;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
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

import java.util.Arrays;

/** The Targets sheet: every KPI's direction, target, amber band and weight, the stage weights, and the direction words. */
final class TargetsSheet {
    private TargetsSheet() { }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        Styles styles = ctx.styles();
        TargetsLayout t = ctx.layout().targets();
        SheetWriter w = new SheetWriter(sheet);
        w.text(1, 0, "Targets", styles.get(Styles.Role.TITLE));
        w.text(2, 0, "Edit the yellow cells: every score, status and chart in the workbook reads them.",
                styles.get(Styles.Role.SUBTITLE));
        String[] headers = {"Stage", "KPI", "KPI id", "Format", "Better", "Target", "Amber from score", "Weight in stage"};
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        for (Column c : Column.values()) {
            w.text(t.headerRow(), c.index(), headers[c.ordinal()], header);
        }
        rows(w, ctx.journey(), t, styles, header);
        directionList(w, t, styles, header);
        validations(sheet, t);
        sheet.createFreezePane(0, t.headerRow());
        double[] widths = {18, 30, 24, 10, 9, 14, 12, 10};
        for (int c = 0; c < widths.length; c++) {
            w.width(c, widths[c]);
        }
        w.width(t.directionListColumn() - 1, 3);
        w.width(t.directionListColumn(), 14);
    }

    /** A row per KPI, then the stage weights under their title and header. */
    private static void rows(SheetWriter w, Journey journey, TargetsLayout t, Styles styles, XSSFCellStyle header) {
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
                w.text(row, Column.FORMAT.index(), k.format().word(), text);
                w.text(row, Column.DIRECTION.index(), k.direction().word(), input);
                w.number(row, Column.TARGET.index(), k.target(),
                        styles.get(Styles.Role.INPUT, styles.pattern(k.format(), k.unit(), k.target())));
                w.number(row, Column.AMBER.index(), k.amber(), amber);
                w.number(row, Column.WEIGHT.index(), k.weight(), weight);
            }
        }
        w.text(t.stageTitleRow(), 0, "Stage weights in the journey score", styles.get(Styles.Role.BOLD_VALUE));
        w.text(t.stageHeaderRow(), StageColumn.STAGE.index(), "Stage", header);
        w.text(t.stageHeaderRow(), StageColumn.STAGE_ID.index(), "Stage id", header);
        w.text(t.stageHeaderRow(), StageColumn.WEIGHT.index(), "Weight", header);
        for (Stage st : journey.stages()) {
            int row = t.stageRow(st.id());
            w.text(row, StageColumn.STAGE.index(), st.name(), text);
            w.text(row, StageColumn.STAGE_ID.index(), st.id(), styles.get(Styles.Role.MUTED));
            w.number(row, StageColumn.WEIGHT.index(), st.weight(), weight);
        }
    }

    /** The words the Better cells accept, under their header, and the name formulas and the drop-down read them by. */
    private static void directionList(SheetWriter w, TargetsLayout t, Styles styles, XSSFCellStyle header) {
        w.text(t.headerRow(), t.directionListColumn(), "Better: choices", header);
        for (Direction d : Direction.values()) {
            w.text(t.directionListRow(d), t.directionListColumn(), d.word(), styles.get(Styles.Role.MUTED));
        }
        XSSFName name = w.sheet.getWorkbook().createName();
        name.setNameName(TargetsLayout.DIRECTION_LIST);
        name.setRefersToFormula(t.directionListRange());
    }

    private static void validations(XSSFSheet sheet, TargetsLayout t) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        String positive = "A number greater than 0.";
        int first = t.firstKpiRow();
        int last = t.lastKpiRow();
        String words = String.join(" or ", Arrays.stream(Direction.values()).map(Direction::word).toList());
        add(sheet, helper.createFormulaListConstraint(TargetsLayout.DIRECTION_LIST), first, last,
                Column.DIRECTION.index(), "Better", "Choose " + words + ".");
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                first, last, Column.TARGET.index(), "Target", positive);
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0.01", "0.99"),
                first, last, Column.AMBER.index(), "Amber",
                "Amber is a score between 1% and 99%: from this score up a KPI is at risk, below it off track.");
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                first, last, Column.WEIGHT.index(), "Weight", positive);
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                t.firstStageRow(), t.lastStageRow(), StageColumn.WEIGHT.index(), "Weight", positive);
    }

    /** A validation with an error box on rows {@code first..last} (1-based) of column {@code col}. */
    private static void add(XSSFSheet sheet, DataValidationConstraint constraint, int first, int last, int col,
                            String title, String message) {
        DataValidation v = new XSSFDataValidationHelper(sheet).createValidation(constraint,
                new CellRangeAddressList(first - 1, last - 1, col, col));
        v.setShowErrorBox(true);
        v.createErrorBox(title, message);
        sheet.addValidationData(v);
    }
}
