package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Journey;
import dev.journeydash.model.KeptRows;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data set from sources, rendered and read back with POI: the Data sheet computes the kept
 * sources' measures with formulas over their raw-data sheets and caches the hand-worked values,
 * distinct counts and the survey are values, the raw sheets hold the rows as numbers and texts,
 * partial periods are marked on the Data sheet and under the Dashboard's selector, and the About
 * sheet lists the sources.
 */
class SourcedWorkbookTest {

    static XSSFWorkbook render(Results r, int selected) throws IOException {
        return WorkbookFormulaTest.open(Samples.workbook(r, RenderOptions.builder().selected(selected).build()));
    }

    /** The layout rebuilt as a refresh would: the journey, the capacity and the kept sources' columns. */
    static WorkbookLayout layout(Results r) {
        return WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0).withSourceRows(r.data().sourcing().kept().stream()
                .map(k -> new WorkbookLayout.KeptSource(k.source(), k.columns().stream().map(KeptRows.Column::header).toList()))
                .toList());
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
    void oneKeptSourceHasTheSheetRawDataAndTheTableRawTable() throws IOException {
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(Samples.workbook(HostileSources.results(), RenderOptions.builder().build()))) {
            assertThat(wb.getSheet("Raw data").getTables()).extracting(t -> t.getName()).containsExactly("RawTable");
        }
    }
}
