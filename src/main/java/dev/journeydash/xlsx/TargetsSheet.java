package dev.journeydash.xlsx;

import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The Targets sheet: every KPI's direction, target, amber band and weight, and the stage weights. */
final class TargetsSheet {
    private TargetsSheet() { }

    static void write(XSSFSheet sheet, Layout layout, Styles styles) {
        SheetWriter w = new SheetWriter(sheet);
        w.text(1, 0, "Targets", styles.get(Styles.Role.TITLE));
        w.text(2, 0, "Edit the yellow cells: every score, status and chart in the workbook reads them.",
                styles.get(Styles.Role.SUBTITLE));
        String[] headers = {"Stage", "KPI", "KPI id", "Format", "Better", "Target", "Amber from score", "Weight in stage"};
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        for (int c = 0; c < headers.length; c++) {
            w.text(Layout.TARGETS_HEADER_ROW, c, headers[c], header);
        }
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        XSSFCellStyle input = styles.get(Styles.Role.INPUT);
        XSSFCellStyle amber = styles.get(Styles.Role.INPUT, "0%");
        XSSFCellStyle weight = styles.get(Styles.Role.INPUT, "0.0#");
        int first = Layout.TARGETS_HEADER_ROW + 1;
        int last = first;
        for (Stage st : layout.journey.stages()) {
            for (Kpi k : st.kpis()) {
                int row = layout.kpiTargetRow.get(k.id());
                last = row;
                w.text(row, 0, st.name(), text);
                w.text(row, 1, k.label(), text);
                w.text(row, 2, k.id(), styles.get(Styles.Role.MUTED));
                w.text(row, 3, k.format().word(), text);
                w.text(row, 4, k.direction().word(), input);
                w.number(row, 5, k.target(), styles.get(Styles.Role.INPUT, styles.pattern(k.format(), k.unit(), k.target(), false)));
                w.number(row, 6, k.amber(), amber);
                w.number(row, 7, k.weight(), weight);
            }
        }
        int stageHeader = layout.stageWeightRow.get(layout.journey.stages().get(0).id()) - 1;
        w.text(stageHeader - 1, 0, "Stage weights in the journey score", styles.get(Styles.Role.BOLD_VALUE));
        w.text(stageHeader, 0, "Stage", header);
        w.text(stageHeader, 1, "Stage id", header);
        w.text(stageHeader, 2, "Weight", header);
        for (Stage st : layout.journey.stages()) {
            int row = layout.stageWeightRow.get(st.id());
            w.text(row, 0, st.name(), text);
            w.text(row, 1, st.id(), styles.get(Styles.Role.MUTED));
            w.number(row, 2, st.weight(), weight);
        }
        validations(sheet, first, last, layout);
        sheet.createFreezePane(0, Layout.TARGETS_HEADER_ROW);
        double[] widths = {18, 30, 24, 10, 9, 14, 12, 10};
        for (int c = 0; c < widths.length; c++) {
            w.width(c, widths[c]);
        }
    }

    private static void validations(XSSFSheet sheet, int first, int last, Layout layout) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation better = helper.createValidation(helper.createExplicitListConstraint(new String[] {"higher", "lower"}),
                new CellRangeAddressList(first - 1, last - 1, 4, 4));
        better.setShowErrorBox(true);
        better.createErrorBox("Better", "Choose higher or lower.");
        sheet.addValidationData(better);
        DataValidation target = helper.createValidation(
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                new CellRangeAddressList(first - 1, last - 1, 5, 5));
        target.setShowErrorBox(true);
        target.createErrorBox("Target", "A target is a number greater than 0.");
        sheet.addValidationData(target);
        DataValidation amber = helper.createValidation(
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0.01", "0.99"),
                new CellRangeAddressList(first - 1, last - 1, 6, 6));
        amber.setShowErrorBox(true);
        amber.createErrorBox("Amber", "Amber is a score between 1% and 99%: from this score up a KPI is at risk, below it off track.");
        sheet.addValidationData(amber);
        int wFirst = layout.stageWeightRow.get(layout.journey.stages().get(0).id());
        DataValidation weights = helper.createValidation(
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                new CellRangeAddressList(first - 1, last - 1, 7, 7));
        weights.setShowErrorBox(true);
        weights.createErrorBox("Weight", "A weight is a number greater than 0.");
        sheet.addValidationData(weights);
        DataValidation stageWeights = helper.createValidation(
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                new CellRangeAddressList(wFirst - 1, wFirst - 2 + layout.journey.stages().size(), 2, 2));
        stageWeights.setShowErrorBox(true);
        stageWeights.createErrorBox("Weight", "A weight is a number greater than 0.");
        sheet.addValidationData(stageWeights);
    }
}
