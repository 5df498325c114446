package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data set from sources, rendered and read back with POI: the Data sheet computes the kept
 * sources' measures with formulas over their raw-data sheets and caches the hand-worked values,
 * distinct counts and the survey are values, the raw sheets hold the rows as numbers and texts,
 * partial periods are marked on the Data sheet and under the Dashboard's selector, and the About
 * sheet lists the sources.
 */
class SourcedWorkbookTest {
    static final Set<String> VALUES = Set.of("orders", "new_customers", "peak_clicks", "nps");

    static XSSFWorkbook render(Results r, int selected) throws IOException {
        return WorkbookFormulaTest.open(Samples.workbook(r, RenderOptions.builder().selected(selected).build()));
    }

    /** The layout rebuilt as a refresh would: the journey, the capacity and the kept sources' columns. */
    static WorkbookLayout layout(Results r) {
        return WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0).withSourceRows(r.data().sourcing().kept().stream()
                .map(WorkbookLayout.KeptSource::of).toList());
    }

    /** The cell at {@code Sheet!A1}, asserted present. */
    static Cell cell(XSSFWorkbook wb, String sheet, String a1) {
        CellReference ref = new CellReference(a1);
        Row row = wb.getSheet(sheet).getRow(ref.getRow());
        Cell c = row == null ? null : row.getCell(ref.getCol());
        assertThat(c).as(sheet + "!" + a1).isNotNull();
        return c;
    }

    static String a1(int row, int col) {
        return Refs.col(col) + row;
    }

    @Test
    void theRawSheetsComeAfterTheDataSheetAndHoldTheRowsAsNumbersAndTexts() throws IOException {
        Results r = SourcedSamples.results();
        WorkbookLayout l = layout(r);
        try (XSSFWorkbook wb = render(r, -1)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Dashboard", "1 Acquire", "2 Buy", "3 Love", "Targets", "Data", "Raw shop",
                    "Raw ads", "About");
            assertThat(l.sheetNames()).isEqualTo(names);
            SourceRowsLayout shop = l.sourceRows("shop");
            XSSFSheet sheet = wb.getSheet(shop.sheetName());
            assertThat(sheet.getTables()).extracting(t -> t.getName()).containsExactly("Raw_shop");
            assertThat(wb.getSheet("Raw ads").getTables()).extracting(t -> t.getName()).containsExactly("Raw_ads");
            assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:I10");
            assertThat(cell(wb, "Raw shop", "A1").getStringCellValue()).isEqualTo("Created at");
            assertThat(cell(wb, "Raw shop", "B1").getStringCellValue()).isEqualTo("Period (month)");
            assertThat(cell(wb, "Raw shop", a1(1, shop.column("financial status"))).getStringCellValue())
                    .isEqualTo("Financial Status");
            Cell date = cell(wb, "Raw shop", "A4");
            assertThat(date.getNumericCellValue()).as("Raw shop!A4").isEqualTo(DateUtil.getExcelDate(LocalDate.of(2026, 1, 20)));
            assertThat(cell(wb, "Raw shop", "B4").getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDate.of(2026, 1, 1)));
            Cell name = cell(wb, "Raw shop", a1(4, shop.column("Name")));
            assertThat(name.getCellType()).as("Raw shop!" + name.getAddress()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("#1002");
            Cell total = cell(wb, "Raw shop", a1(4, shop.column("Total")));
            assertThat(total.getCellType()).as("Raw shop!" + total.getAddress()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(50);
            // blank number and empty text: no cell at all
            assertThat(wb.getSheet("Raw shop").getRow(1).getCell(shop.column("Refunded Amount"))).as("Raw shop!F2").isNull();
            assertThat(wb.getSheet("Raw shop").getRow(4).getCell(shop.column("Email"))).as("Raw shop!G5").isNull();
        }
    }

    @Test
    void severalRawSheetsHaveShortUniqueNamesAndValidTableNames() {
        Journey j = SourcedSamples.results().journey();
        List<WorkbookLayout.KeptSource> kept = List.of(new WorkbookLayout.KeptSource("a/b:c?", List.of("X")),
                new WorkbookLayout.KeptSource("data", List.of("X")),
                new WorkbookLayout.KeptSource("x".repeat(40), List.of("X")),
                new WorkbookLayout.KeptSource("X".repeat(40), List.of("X")),
                new WorkbookLayout.KeptSource("déjà vu", List.of("X")));
        List<SourceRowsLayout> sheets = WorkbookLayout.of(j, 10, 0).withSourceRows(kept).sourceRows();
        assertThat(sheets).extracting(SourceRowsLayout::sheetName).containsExactly("Raw a b c", "Raw data 2",
                "Raw " + "x".repeat(27), "Raw " + "X".repeat(25) + " 2", "Raw déjà vu");
        assertThat(sheets).extracting(SourceRowsLayout::tableName).containsExactly("Raw_a_b_c_", "Raw_data",
                "Raw_" + "x".repeat(40), "Raw_" + "X".repeat(40) + "_2", "Raw_d_j__vu");
        assertThat(sheets).allSatisfy(s -> assertThat(s.sheetName().length()).isLessThanOrEqualTo(31));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkbookLayout.of(j, 10, 0).withSourceRows(List.of(
                kept.get(1), kept.get(1)))).hasMessageContaining("two kept sources are named data");
    }

    @Test
    void theDataSheetComputesKeptMeasuresWithFormulasAndCachesTheHandWorkedValues() throws IOException {
        Results r = SourcedSamples.results();
        WorkbookLayout l = layout(r);
        Map<String, double[]> expected = SourcedSamples.measures(60, 7);
        try (XSSFWorkbook wb = render(r, -1)) {
            for (Measure m : r.journey().measures()) {
                for (int p = 0; p < r.periodCount(); p++) {
                    Cell c = cell(wb, "Data", a1(l.data().row(p), l.data().measureColumn(m.id())));
                    String where = "Data!" + c.getAddress() + " (" + m.id() + ", period " + p + ")";
                    double want = expected.get(m.id())[p];
                    if (VALUES.contains(m.id())) {
                        assertThat(c.getCellType()).as(where).isIn(CellType.NUMERIC, CellType.BLANK);
                        assertThat(Double.valueOf(c.getCellType() == CellType.BLANK ? Double.NaN : c.getNumericCellValue())).as(where)
                                .isEqualTo(Double.valueOf(want));
                        continue;
                    }
                    assertThat(c.getCellType()).as(where).isEqualTo(CellType.FORMULA);
                    if (Double.isNaN(want)) {
                        assertThat(c.getCachedFormulaResultType()).as(where).isEqualTo(CellType.STRING);
                        assertThat(c.getStringCellValue()).as(where).isEmpty();
                    } else {
                        assertThat(c.getNumericCellValue()).as(where).isCloseTo(want, org.assertj.core.api.Assertions.within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void eachFormulaHasTheDocumentedForm() throws IOException {
        String shop = "'Raw shop'!";
        String p = shop + "$B$2:$B$1048576,$A3";
        String total = shop + "$E$2:$E$1048576";
        String filter = total + ",\">0\"";
        String status = shop + "$D$2:$D$1048576";
        String ads = "'Raw ads'!";
        String ap = ads + "$B$2:$B$1048576,$A3";
        String spend = ads + "$D$2:$D$1048576";
        String campaign = ads + "$C$2:$C$1048576";
        // the ads source starts in February: January, before its first period, is blank, not 0
        long feb1 = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(1899, 12, 30),
                java.time.LocalDate.of(2026, 2, 1));
        String since = "IF($A3<" + feb1 + ",\"\",";
        try (XSSFWorkbook wb = render(SourcedSamples.results(), -1)) {
            assertThat(cell(wb, "Data", "C3").getCellFormula()).as("count").isEqualTo("COUNTIFS(" + p + "," + filter + ")");
            assertThat(cell(wb, "Data", "D3").getCellFormula()).as("sum, one_of").isEqualTo(
                    "SUMIFS(" + total + "," + p + "," + filter + "," + status + ",\"paid\")+SUMIFS(" + total + "," + p + ","
                    + filter + "," + status + ",\"partially_refunded\")");
            assertThat(cell(wb, "Data", "H3").getCellFormula()).as("count, not_contains").isEqualTo("COUNTIFS(" + p + ","
                    + filter + ")-COUNTIFS(" + p + "," + filter + "," + shop + "$H$2:$H$1048576,\"*wholesale*\")");
            assertThat(cell(wb, "Data", "I3").getCellFormula()).as("average, starts_with").isEqualTo("IFERROR(AVERAGEIFS("
                    + total + "," + p + "," + filter + "," + shop + "$C$2:$C$1048576,\"#100*\"),\"\")");
            assertThat(cell(wb, "Data", "J3").getCellFormula()).as("max, not").isEqualTo("IF(COUNTIFS(" + p + "," + filter + ","
                    + status + ",\"<>voided\"," + total + ",\"<>\")=0,\"\",_xlfn.MAXIFS(" + total + "," + p + "," + filter + ","
                    + status + ",\"<>voided\"))");
            String paid = p + "," + filter + "," + status + ",\"paid\"";
            String refunded = p + "," + filter + "," + status + ",\"refunded\"";
            assertThat(cell(wb, "Data", "K3").getCellFormula()).as("min, one_of").isEqualTo("IF(COUNTIFS(" + paid + "," + total
                    + ",\"<>\")+COUNTIFS(" + refunded + "," + total + ",\"<>\")=0,\"\",MIN(IF(COUNTIFS(" + paid + "," + total
                    + ",\"<>\")=0,1E+307,_xlfn.MINIFS(" + total + "," + paid + ")),IF(COUNTIFS(" + refunded + "," + total
                    + ",\"<>\")=0,1E+307,_xlfn.MINIFS(" + total + "," + refunded + "))))");
            assertThat(cell(wb, "Data", "L3").getCellFormula()).as("count, empty").isEqualTo("COUNTIFS(" + p + "," + filter + ","
                    + shop + "$G$2:$G$1048576,\"=\")");
            assertThat(cell(wb, "Data", "O3").getCellFormula()).as("sum of totals, not_starts_with").isEqualTo(since + "IF(COUNTIFS("
                    + ap + "," + spend + ",\"<>\")-COUNTIFS(" + ap + "," + campaign + ",\"test*\"," + spend + ",\"<>\")=0,\"\","
                    + "SUMIFS(" + spend + "," + ap + ")-SUMIFS(" + spend + "," + ap + "," + campaign + ",\"test*\")))");
            assertThat(cell(wb, "Data", "P3").getCellFormula()).as("sum of totals, is").isEqualTo(since + "IF(COUNTIFS(" + ap + ","
                    + campaign + ",\"Brand\"," + ads + "$E$2:$E$1048576,\"<>\")=0,\"\",SUMIFS(" + ads + "$E$2:$E$1048576," + ap
                    + "," + campaign + ",\"Brand\")))");
            String last = "INDEX(" + ads + "$E$2:$E$7,MATCH($A3," + ads + "$B$2:$B$7,1))";
            assertThat(cell(wb, "Data", "Q3").getCellFormula()).as("last").isEqualTo(since + "IF(COUNTIF(" + ads + "$B$2:$B$7,$A3)=0,\"\","
                    + "IF(ISNUMBER(" + last + ")," + last + ",\"\")))");
            assertThat(cell(wb, "Data", "S3").getCellFormula()).as("count of totals").isEqualTo(since + "IF(COUNTIFS(" + ap + ")=0,\"\","
                    + "COUNTIFS(" + ap + ")))");
        }
    }

    @Test
    void partialPeriodsAreMarkedOnTheDataSheetAndUnderTheSelector() throws IOException {
        Results r = SourcedSamples.results();
        WorkbookLayout l = layout(r);
        int cov = l.data().coverageColumn();
        assertThat(cov).isEqualTo(1 + r.journey().measures().size());
        DashboardLayout d = l.dashboard();
        String note = a1(d.partialNoteRow(), d.partialNoteColumn());
        assertThat(note).isEqualTo("C5");
        try (XSSFWorkbook wb = render(r, 3)) {
            assertThat(cell(wb, "Data", a1(1, cov)).getStringCellValue()).isEqualTo("Data covers");
            Cell jan = cell(wb, "Data", a1(l.data().row(0), cov));
            assertThat(jan.getStringCellValue()).isEqualTo("5\u201331 Jan 2026");
            assertThat(jan.getCellStyle().getDataFormatString()).isEqualTo("@\" (partial)\"");
            assertThat(cell(wb, "Data", a1(l.data().row(3), cov)).getStringCellValue()).isEqualTo("1\u201310 Apr 2026");
            assertThat(wb.getSheet("Data").getRow(l.data().row(1) - 1).getCell(cov)).as("Feb: complete").isNull();
            assertThat(wb.getSheet("Data").getTables().get(0).getArea().formatAsString()).isEqualTo("A1:" + a1(5, cov));
            Cell n = cell(wb, "Dashboard", note);
            String index = Refs.cell(d.selectedIndexColumn(), d.selectorRow());
            assertThat(n.getCellFormula()).isEqualTo("IFERROR(IF(INDEX(Data!$U$2:$U$41," + index + ")=\"\",\"\",\"Partial period: data \"&"
                    + "INDEX(Data!$U$2:$U$41," + index + ")),\"\")");
            assertThat(n.getStringCellValue()).isEqualTo("Partial period: data 1\u201310 Apr 2026");
        }
        try (XSSFWorkbook wb = render(r, 0)) {
            assertThat(cell(wb, "Dashboard", note).getStringCellValue()).isEqualTo("Partial period: data 5\u201331 Jan 2026");
        }
        try (XSSFWorkbook wb = render(r, 1)) {
            assertThat(cell(wb, "Dashboard", note).getStringCellValue()).as("Feb is complete").isEmpty();
        }
    }

    @Test
    void theDashboardOpensOnTheLatestCompletePeriodUnlessTheJourneySaysLatest() throws IOException {
        Results r = SourcedSamples.results();
        try (XSSFWorkbook wb = render(r, -1)) {
            assertThat(cell(wb, "Dashboard", "C4").getNumericCellValue()).as("Mar 2026")
                    .isEqualTo(DateUtil.getExcelDate(LocalDate.of(2026, 3, 1)));
        }
        Results latest = dev.journeydash.compute.Calculator.compute(r.journey().withSelect(Journey.Selection.LATEST), r.data());
        try (XSSFWorkbook wb = render(latest, -1)) {
            assertThat(cell(wb, "Dashboard", "C4").getNumericCellValue()).as("Apr 2026")
                    .isEqualTo(DateUtil.getExcelDate(LocalDate.of(2026, 4, 1)));
        }
    }

    @Test
    void theAboutSheetListsTheSourcesTheirMeasuresAndTheValues() throws IOException {
        try (XSSFWorkbook wb = render(SourcedSamples.results(), -1)) {
            List<String> lines = AboutLines.of(wb.getSheet("About"));
            assertThat(lines).contains("Data sources",
                    "shop | orders_export.csv | shopify-orders | 9 | 8 | 2026-01-05 to 2026-04-10",
                    "ads | ads-daily.csv |  | 6 | 6 | 2026-02-01 to 2026-04-10",
                    "revenue | shop | formula over the sheet Raw shop | sum of Total, where Total > 0 and Financial Status is one"
                            + " of paid, partially_refunded",
                    "orders | shop | value | count_distinct of Name, where Total > 0",
                    "nps | survey | value (one row per period) | average of Score",
                    "Measures written as values instead of formulas",
                    "orders: a distinct count cannot be a formula without dynamic arrays.",
                    "new_customers: a count of values seen for the first time cannot be a formula without dynamic arrays.");
            assertThat(lines).anyMatch(s -> s.startsWith("peak_clicks: a max cannot leave out the rows of a negated pattern"));
            assertThat(lines).as("the reader's word for a measure the workbook writes as a formula")
                    .noneMatch(s -> s.startsWith("revenue:"));
            assertThat(lines).contains("early_avg | Early orders average | currency | average");
        }
    }

    @Test
    void aJourneyWithoutSourcesHasNoneOfThis() throws IOException {
        for (Samples s : Samples.values()) {
            Results r = s.results();
            WorkbookLayout l = WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0);
            assertThat(l.data().hasCoverageColumn()).isFalse();
            assertThat(l.dashboard().hasPartialNote()).isFalse();
            assertThat(l.sourceRows()).isEmpty();
            try (XSSFWorkbook wb = WorkbookFormulaTest.open(s.workbook())) {
                assertThat(AboutLines.of(wb.getSheet("About"))).doesNotContain("Data sources");
                assertThat(wb.getSheet("Dashboard").getRow(4).getCell(2)).as(s.name + " Dashboard!C5").isNull();
            }
        }
    }

    @Test
    void oneKeptSourceHasTheSheetRawDataAndTheTableRawTable() throws IOException {
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(Samples.workbook(HostileSources.results(), RenderOptions.builder().build()))) {
            assertThat(wb.getSheet("Raw data").getTables()).extracting(t -> t.getName()).containsExactly("RawTable");
            assertThat(cell(wb, "Data", "B2").getCellFormula()).startsWith("SUMIFS('Raw data'!$E$2:$E$1048576,");
        }
    }
}
