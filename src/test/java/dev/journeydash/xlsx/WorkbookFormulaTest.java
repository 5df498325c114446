package dev.journeydash.xlsx;

import dev.journeydash.Oracle;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Kpi;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The sample workbooks recomputed by Apache POI's formula evaluator. */
class WorkbookFormulaTest {

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void everyFormulaCellMatchesItsCachedValue(Samples sample) throws IOException {
        try (XSSFWorkbook wb = open(sample.workbook())) {
            FormulaCheck.Report report = FormulaCheck.run(wb);
            assertThat(report.formulaCells()).as("formula cells").isGreaterThan(2000);
            assertThat(report.mismatches()).as("cells whose cached value POI does not reproduce").isEmpty();
        }
    }

    @Test
    void theCheckCatchesAWrongCachedValue() throws IOException {
        try (XSSFWorkbook wb = open(Samples.ECOMMERCE.workbook())) {
            int secondPeriod = stageRow(Samples.ECOMMERCE.results(), 1);
            Cell c = wb.getSheet("3 Purchase").getRow(secondPeriod - 1).getCell(1);
            assertThat(c.getCellType()).isEqualTo(CellType.FORMULA);
            c.setCellValue(c.getNumericCellValue() * (1 + 1e-6));
            assertThat(FormulaCheck.run(wb).mismatches()).singleElement().asString().startsWith("3 Purchase!B8 =");
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void sheetsComeInTheDocumentedOrder(Samples sample) throws IOException {
        try (XSSFWorkbook wb = open(sample.workbook())) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names.get(0)).isEqualTo("Dashboard");
            assertThat(names.subList(names.size() - 3, names.size())).containsExactly("Targets", "Data", "About");
            assertThat(names.get(1)).startsWith("1 ");
            assertThat(wb.getSheet("Data").getTables()).hasSize(1);
            assertThat(wb.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void choosingAnotherPeriodShowsThatPeriodsOracleValues() throws IOException {
        Samples sample = Samples.ECOMMERCE;
        Map<String, Double> expected = Oracle.read(sample.oracle()).stream()
                .filter(o -> o.period().equals("2024-11") && !o.id().contains(":") && !o.id().equals("journey"))
                .collect(Collectors.toMap(Oracle::id, Oracle::value));
        double journey = Oracle.read(sample.oracle()).stream()
                .filter(o -> o.period().equals("2024-11") && o.id().equals("journey")).findFirst().orElseThrow().value();
        Results results = sample.results();
        try (XSSFWorkbook wb = open(sample.workbook())) {
            XSSFSheet dash = wb.getSheet("Dashboard");
            pick(dash, LocalDate.of(2024, 11, 1));
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            assertThat(selectorInfo(dash, 1)).as("selected index").isEqualTo(11);
            assertThat(journeyScore(dash)).as("journey score").isCloseTo(journey, within(1e-12));
            for (Kpi k : results.journey().kpis().toList()) {
                double value = detail(dash, k.label(), 1);
                assertThat(value).as("Dashboard value of " + k.id() + " in Nov 2024").isCloseTo(expected.get(k.id()),
                        within(Math.abs(expected.get(k.id())) * 1e-12));
                assertThat(detail(dash, k.label(), 3)).as("variance of " + k.id())
                        .isEqualTo(VarianceCellsTest.shownDifference(k, expected.get(k.id()) - k.target()));
            }
        }
    }

    @Test
    void appendingARowToTheDataTableMakesTheNewPeriodAppear() throws IOException {
        Samples sample = Samples.ECOMMERCE;
        Results results = sample.results();
        List<String> ids = results.journey().measures().stream().map(m -> m.id()).toList();
        // January 2026, typed in as a user would; the expected KPIs below are worked out by hand from these numbers
        Map<String, Double> jan = Map.ofEntries(Map.entry("sessions", 50000.0), Map.entry("visitors", 40000.0),
                Map.entry("engaged_sessions", 28000.0), Map.entry("product_viewers", 22000.0),
                Map.entry("add_to_carts", 3200.0), Map.entry("checkouts", 1600.0), Map.entry("payment_attempts", 1100.0),
                Map.entry("payments_successful", 1045.0), Map.entry("orders", 1000.0), Map.entry("revenue", 90000.0),
                Map.entry("active_customers", 20000.0), Map.entry("customers_lost", 800.0),
                Map.entry("repeat_customers", 320.0), Map.entry("promoters", 50.0), Map.entry("detractors", 10.0),
                Map.entry("nps_responses", 100.0), Map.entry("referrals", 70.0), Map.entry("reviews", 250.0));
        double decActiveCustomers = results.data().value("active_customers", 23);
        try (XSSFWorkbook wb = open(sample.workbook())) {
            XSSFSheet data = wb.getSheet("Data");
            int newRow = 1 + 24; // 0-based: header + 24 periods
            Row row = data.createRow(newRow);
            row.createCell(0).setCellValue(DateUtil.getExcelDate(LocalDate.of(2026, 1, 1)));
            for (int c = 0; c < ids.size(); c++) {
                row.createCell(1 + c).setCellValue(jan.get(ids.get(c)));
            }
            var table = data.getTables().get(0);
            table.setArea(new org.apache.poi.ss.util.AreaReference(
                    new org.apache.poi.ss.util.CellReference(0, 0),
                    new org.apache.poi.ss.util.CellReference(newRow, ids.size()),
                    org.apache.poi.ss.SpreadsheetVersion.EXCEL2007));
            // the latest period was selected: the selector follows to January by itself
            XSSFSheet dash = wb.getSheet("Dashboard");
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();

            assertThat(selectorInfo(dash, 2)).as("period count").isEqualTo(25);
            assertThat(selectorInfo(dash, 1)).as("selected index").isEqualTo(25);
            assertThat(value(dash, "Unique visitors")).isEqualTo(40000.0);
            assertThat(value(dash, "Conversion rate")).isCloseTo(1000.0 / 40000, within(1e-15));
            assertThat(value(dash, "Cart abandonment rate")).isCloseTo(1 - 1000.0 / 3200, within(1e-15));
            assertThat(value(dash, "Average order value")).isCloseTo(90.0, within(1e-12));
            assertThat(value(dash, "Churn rate")).isCloseTo(800.0 / decActiveCustomers, within(1e-15));
            assertThat(value(dash, "Net Promoter Score")).isCloseTo((50.0 - 10) / 100 * 100, within(1e-12));
            // vs previous reads December 2025 from the stage sheet: 1000 / 40000 - 1203 / 72899 is
            // 0.84977 percentage points, shown (and rounded) to a hundredth as the rate is (2.50 %)
            assertThat(detail(dash, "Conversion rate", 4)).isEqualTo(0.85);

            XSSFSheet purchase = wb.getSheet("3 Purchase");
            Row stageRow = purchase.getRow(stageRow(results, 24) - 1);
            assertThat(DateUtil.getLocalDateTime(stageRow.getCell(0).getNumericCellValue()).toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(stageRow.getCell(1).getNumericCellValue()).as("conversion rate on the stage sheet")
                    .isCloseTo(1000.0 / 40000, within(1e-15));
            // the row after it stays blank
            Row next = purchase.getRow(stageRow(results, 25) - 1);
            assertThat(next.getCell(0).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(next.getCell(1).getStringCellValue()).isEmpty();
        }
    }

    /** A pick of {@code period} from the selector's list, which replaces whatever the cell held (a formula) by a value. */
    static void pick(XSSFSheet dash, LocalDate period) {
        var cell = dash.getRow(3).getCell(2);
        if (cell.getCellType() == CellType.FORMULA) {
            cell.removeFormula();
        }
        cell.setCellValue(DateUtil.getExcelDate(period));
    }

    /** The 1-based row of period {@code period} on the stage sheets of the sample's workbook. */
    private static int stageRow(Results results, int period) {
        return WorkbookLayout.of(results.journey(), results.periodCount() + 36, 0).stages().row(period);
    }

    /** The journey score: the big number to the right of the "Journey score" label on row 4. */
    static double journeyScore(XSSFSheet dash) {
        for (Cell c : dash.getRow(3)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Journey score")) {
                return dash.getRow(3).getCell(c.getColumnIndex() + 1).getNumericCellValue();
            }
        }
        throw new AssertionError("no journey score on the Dashboard");
    }

    private static double value(XSSFSheet dash, String label) {
        return detail(dash, label, 1);
    }

    /** Selected index and period count, beside the detail table on row 4. */
    private static double selectorInfo(XSSFSheet dash, int offset) {
        return dash.getRow(3).getCell(detailColumn(dash) + offset).getNumericCellValue();
    }

    /** The first column of the Dashboard's calculation detail table (its "KPI" header on row 6). */
    static int detailColumn(XSSFSheet dash) {
        for (Cell c : dash.getRow(5)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("KPI")) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no detail table on the Dashboard");
    }

    /** The detail table's row of a KPI; its value is at detailColumn + 1. */
    static Row rowLabelled(XSSFSheet dash, String label) {
        int col = detailColumn(dash);
        for (Row row : dash) {
            Cell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label + " on " + dash.getSheetName());
    }

    static double detail(XSSFSheet dash, String label, int offset) {
        return rowLabelled(dash, label).getCell(detailColumn(dash) + offset).getNumericCellValue();
    }
}
