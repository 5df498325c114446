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
        String positive = "A number greater than 0.";
        add(sheet, helper.createExplicitListConstraint(new String[] {"higher", "lower"}), first, last, 4, "Better",
                "Choose higher or lower.");
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                first, last, 5, "Target", positive);
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0.01", "0.99"),
                first, last, 6, "Amber", "Amber is a score between 1% and 99%: from this score up a KPI is at risk, below it off track.");
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                first, last, 7, "Weight", positive);
        int wFirst = layout.stageWeightRow.get(layout.journey.stages().get(0).id());
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                wFirst, wFirst - 1 + layout.journey.stages().size(), 2, "Weight", positive);
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
