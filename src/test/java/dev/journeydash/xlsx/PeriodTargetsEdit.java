package dev.journeydash.xlsx;

import dev.journeydash.BudgetFixture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The budget fixture's workbook with conversion's target raised to 0.022 in February (period 1),
 * typed over the carried-forward formula as a user would, and what every engine must then show.
 *
 * <p>By hand: February 0.020 / 0.022 = 0.909091, Buy (2 x 0.909091 + 1) / 3 = 0.939394, journey
 * (2 x 0.939394 + 1) / 3 = 0.959596; March 0.021 / 0.022 = 0.954545, Buy (1.909091 + 1) / 3 =
 * 0.969697, journey (1.939394 + 1) / 3 = 0.979798. January keeps 0.961111 (before the edit),
 * April to June keep theirs (April sets its own target, 0.025).
 */
public final class PeriodTargetsEdit {
    private PeriodTargetsEdit() { }

    /** The workbook's bytes with the edit made by POI (nothing recalculated). */
    public static byte[] edited(byte[] workbook, WorkbookLayout l) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet t = wb.getSheet(WorkbookLayout.TARGETS);
            var cell = t.getRow(l.targets().periodRow(1) - 1).getCell(l.targets().targetColumn("conversion"));
            cell.removeFormula();
            cell.setCellValue(0.022);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The fixture's layout: six months and three prepared ahead. */
    public static WorkbookLayout layout() {
        var r = BudgetFixture.results(false);
        return WorkbookLayout.of(r.journey(), r.periodCount() + 3, 0);
    }

    /** Asserts the scores of a recalculated edited workbook against the numbers worked out by hand. */
    public static void assertScores(XSSFWorkbook wb, WorkbookLayout l) {
        double feb = 0.020 / 0.022;
        double mar = 0.021 / 0.022;
        double[] conversion = {0.95, feb, mar, 0.96, 0.88, 1};
        double[] buy = {2.9 / 3, (2 * feb + 1) / 3, (2 * mar + 1) / 3, 0.94, 0.92, 1};
        double[] journey = {BudgetFixture.JOURNEY[0], (2 * buy[1] + 1) / 3, (2 * buy[2] + 1) / 3, 0.96, 2.83 / 3, 1};
        assertThat(journey[1]).isCloseTo(0.959596, within(1e-6));
        assertThat(journey[2]).isCloseTo(0.979798, within(1e-6));
        XSSFSheet sheet = wb.getSheet(l.stageSheet("buy"));
        StageLayout s = l.stages();
        DashboardLayout d = l.dashboard();
        XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
        for (int i = 0; i < 6; i++) {
            var row = sheet.getRow(s.row(i) - 1);
            assertThat(row.getCell(s.scoreColumn("conversion")).getNumericCellValue()).as("conversion score, period " + i)
                    .isCloseTo(conversion[i], within(1e-9));
            assertThat(row.getCell(s.stageScoreColumn("buy")).getNumericCellValue()).as("Buy, period " + i)
                    .isCloseTo(buy[i], within(1e-9));
            assertThat(dash.getRow(d.historyRow(i) - 1).getCell(d.historyJourneyColumn()).getNumericCellValue())
                    .as("journey score, period " + i).isCloseTo(journey[i], within(1e-9));
            if (i == 0 || i >= 3) {
                assertThat(journey[i]).as("period " + i + " keeps its score").isEqualTo(BudgetFixture.JOURNEY[i]);
            }
        }
        double marchTarget = sheet.getRow(s.row(2) - 1).getCell(s.targetColumn("conversion")).getNumericCellValue();
        assertThat(marchTarget).as("March's target follows February's").isEqualTo(0.022);
    }
}
