package dev.journeydash.xlsx;

import dev.journeydash.BudgetFixture;
import dev.journeydash.Journeydash;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The budget fixture's workbook: the Targets sheet's period table holds a value where a target
 * starts and "the cell above" elsewhere; every score reads its period's row; POI's evaluator
 * agrees with every cached value; and a target typed into one period's row moves that period and
 * the following ones up to the next target of their own, never the earlier ones.
 */
class PeriodTargetsWorkbookTest {
    static byte[] workbook() {
        Results r = BudgetFixture.results(false);
        return Samples.workbook(r, Journeydash.renderOptions(BudgetFixture.request(), r));
    }

    static WorkbookLayout layout() {
        Results r = BudgetFixture.results(false);
        return WorkbookLayout.of(r.journey(), r.periodCount() + 3, 0);
    }

    @Test
    void theTargetsTableCarriesEachTargetForwardFromWhereItStarts() throws IOException {
        TargetsLayout t = layout().targets();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(workbook())) {
            XSSFSheet sheet = wb.getSheet(WorkbookLayout.TARGETS);
            int c = t.targetColumn("conversion");
            for (int i = 0; i < BudgetFixture.CONVERSION_TARGET.length; i++) {
                XSSFCell cell = sheet.getRow(t.periodRow(i) - 1).getCell(c);
                boolean starts = i == 0 || i == 3 || i == 7; // Jan (the single target), Apr 2025, Aug 2025
                assertThat(cell.getCellType()).as("period " + i).isEqualTo(starts ? CellType.NUMERIC : CellType.FORMULA);
                if (!starts) {
                    assertThat(cell.getCellFormula()).isEqualTo(Refs.col(c) + (t.periodRow(i) - 1));
                }
                assertThat(cell.getNumericCellValue()).as("period " + i).isEqualTo(BudgetFixture.CONVERSION_TARGET[i]);
            }
            assertThat(sheet.getRow(t.lastPeriodRow()) == null || sheet.getRow(t.lastPeriodRow()).getCell(c) == null)
                    .as("nothing under the prepared periods").isTrue();
        }
    }

    @Test
    void everyScoreReadsTheTargetOfItsPeriodAndPoiAgrees() throws IOException {
        WorkbookLayout l = layout();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(workbook())) {
            XSSFSheet buy = wb.getSheet(l.stageSheet("buy"));
            for (int i = 0; i < 9; i++) {
                String score = buy.getRow(l.stages().row(i) - 1).getCell(l.stages().scoreColumn("conversion")).getCellFormula();
                assertThat(score).as("period " + i).contains(l.targets().targetCell("conversion", i));
            }
            FormulaCheck.Report report = FormulaCheck.run(wb);
            assertThat(report.mismatches()).isEmpty();
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            DashboardLayout d = l.dashboard();
            for (int i = 0; i < 6; i++) {
                assertThat(dash.getRow(d.historyRow(i) - 1).getCell(d.historyJourneyColumn()).getNumericCellValue())
                        .as("journey score in period " + i).isCloseTo(BudgetFixture.JOURNEY[i], within(1e-12));
            }
            // June is shown: its conversion target is April's 0.025
            double target = dash.getRow(d.detailKpiRow("conversion") - 1).getCell(d.detailColumn(DashboardLayout.Detail.TARGET))
                    .getNumericCellValue();
            assertThat(target).isEqualTo(0.025);
        }
    }

    @Test
    void aTargetTypedIntoOnePeriodMovesThatPeriodAndTheFollowingOnesOnly() throws IOException {
        WorkbookLayout l = layout();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(PeriodTargetsEdit.edited(workbook(), l))) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            PeriodTargetsEdit.assertScores(wb, l);
        }
    }
}
