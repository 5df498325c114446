package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Kpi;
import dev.journeydash.xlsx.DashboardLayout.Detail;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status cells hold codes (1 on track, 2 at risk, 3 off track, "" blank) that their number
 * format shows as words; the conditional formats compare the codes.
 */
class StatusCellsTest {
    private static final DataFormatter FORMAT = new DataFormatter();

    /** What the cell shows: its cached value through its number format. */
    static String shown(Cell c) {
        if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
            return FORMAT.formatRawCellContents(c.getNumericCellValue(), c.getCellStyle().getDataFormat(),
                    c.getCellStyle().getDataFormatString());
        }
        return c.getStringCellValue();
    }

    /** The status word of a score against an amber score, by the rule the About sheet states. */
    private static String expectedWord(Cell score, double amber) {
        if (score.getCachedFormulaResultType() != CellType.NUMERIC) {
            return "";
        }
        double s = score.getNumericCellValue();
        return s >= 1 ? "On track" : s >= amber ? "At risk" : "Off track";
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void theDetailTableHoldsCodesShownAsWords(Samples sample) throws IOException {
        Results r = sample.results();
        WorkbookLayout l = WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0);
        DashboardLayout d = l.dashboard();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            XSSFSheet targets = wb.getSheet(WorkbookLayout.TARGETS);
            for (Kpi k : r.journey().kpis().toList()) {
                Row row = dash.getRow(d.detailKpiRow(k.id()) - 1);
                Cell status = row.getCell(d.detailColumn(Detail.STATUS));
                double amber = targets.getRow(l.targets().kpiRow(k.id()) - 1).getCell(TargetsLayout.Column.AMBER.index())
                        .getNumericCellValue();
                String expected = expectedWord(row.getCell(d.detailColumn(Detail.SCORE)), amber);
                assertThat(shown(status)).as(k.id() + " status").isEqualTo(expected);
                if (!expected.isEmpty()) {
                    assertThat(status.getCachedFormulaResultType()).as(k.id() + " holds a code").isEqualTo(CellType.NUMERIC);
                    assertThat(status.getNumericCellValue()).isIn(1.0, 2.0, 3.0);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void cardsAndFrictionPointsShowTheDetailTablesWords(Samples sample) throws IOException {
        Results r = sample.results();
        DashboardLayout d = WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0).dashboard();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            Map<String, String> words = new HashMap<>();
            for (Kpi k : r.journey().kpis().toList()) {
                Row row = dash.getRow(d.detailKpiRow(k.id()) - 1);
                words.put(k.label(), shown(row.getCell(d.detailColumn(Detail.STATUS))));
            }
            int cards = 0;
            int friction = 0;
            for (Row row : dash) {
                for (Cell c : row) {
                    if (c.getColumnIndex() > d.pageLastColumn() || c.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = c.getStringCellValue();
                    if (words.containsKey(text) && c.getColumnIndex() + 1 <= d.pageLastColumn()) {
                        // a card: the label, and under its right half the status
                        Cell status = dash.getRow(row.getRowNum() + 1).getCell(c.getColumnIndex() + 1);
                        assertThat(shown(status)).as("card of " + text).isEqualTo(words.get(text));
                        cards++;
                    }
                }
                Cell first = row.getCell(1);
                if (first != null && first.getCellType() == CellType.FORMULA && shown(first).matches("\\d\\. .*")) {
                    String label = shown(first).substring(3);
                    List<String> shownInRow = new ArrayList<>();
                    row.forEach(c -> shownInRow.add(shown(c)));
                    assertThat(shownInRow).as("friction point " + label).contains(words.get(label));
                    assertThat(words.get(label)).isIn("At risk", "Off track");
                    friction++;
                }
            }
            assertThat(cards).isEqualTo(r.journey().kpis().count());
            assertThat(friction).isEqualTo(Math.min(3, r.frictionPoints(r.periodCount() - 1).size()));
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void statusColoursCompareCodes(Samples sample) throws IOException {
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            var cf = wb.getSheet(WorkbookLayout.DASHBOARD).getSheetConditionalFormatting();
            int statusRules = 0;
            for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                ConditionalFormatting f = cf.getConditionalFormattingAt(i);
                for (int k = 0; k < f.getNumberOfRules(); k++) {
                    String formula = f.getRule(k).getFormula1();
                    if (formula != null && formula.matches("\\$?[A-Z]+\\$?\\d+=\\d")) {
                        statusRules++;
                    }
                }
            }
            // three rules each: one column of cards per stage side by side (bands of five under each other share
            // them), the detail table, the friction points
            int across = Math.min(DashboardLayout.BAND, sample.results().journey().stages().size());
            assertThat(statusRules).isEqualTo(3 * (across + 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void aLowerAmberTurnsAStatusAsAnEngineWould(Samples sample) throws IOException {
        Results r = sample.results();
        WorkbookLayout l = WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0);
        Kpi k = r.frictionPoints(r.periodCount() - 1).get(0).kpi();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            // the worst KPI's amber set to 0.01: it is at risk now, whatever its score above 1 %
            wb.getSheet(WorkbookLayout.TARGETS).getRow(l.targets().kpiRow(k.id()) - 1)
                    .getCell(TargetsLayout.Column.AMBER.index()).setCellValue(0.01);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            Cell status = wb.getSheet(WorkbookLayout.DASHBOARD).getRow(l.dashboard().detailKpiRow(k.id()) - 1)
                    .getCell(l.dashboard().detailColumn(Detail.STATUS));
            assertThat(shown(status)).as(k.id()).isEqualTo("At risk");
            assertThat(status.getNumericCellValue()).isEqualTo(2.0);
        }
    }
}
