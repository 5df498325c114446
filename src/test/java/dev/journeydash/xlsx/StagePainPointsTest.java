package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stage's pain points on its sheet (a title on row 1 and a list merged over rows 2-4 of the
 * chart columns) and on the About sheet; nothing else on the sheet moves for them.
 */
class StagePainPointsTest {
    /** The e-commerce template's pain points of its consideration stage, as templates/ecommerce.yaml spells them. */
    private static final String CONSIDERATION = "\u2022 Search finds nothing for misspelled product names\n"
            + "\u2022 Shipping costs and delivery times appear only at checkout\n"
            + "\u2022 Too few reviews on new products to trust them";

    private static Results withPainPoints(UnaryOperator<List<String>> change) {
        Results r = Samples.ECOMMERCE.results();
        Journey j = r.journey();
        List<Stage> stages = j.stages().stream().map(st -> new Stage(st.id(), st.name(), st.description(), st.touchpoints(),
                change.apply(st.painPoints()), st.weight(), st.kpis())).toList();
        return Calculator.compute(j.withStages(stages), r.data());
    }

    private static XSSFWorkbook render(Results r) throws IOException {
        return WorkbookFormulaTest.open(Samples.workbook(r, RenderOptions.builder().build()));
    }

    private static String text(XSSFSheet sheet, int row1, int column) {
        Row row = sheet.getRow(row1 - 1);
        Cell c = row == null ? null : row.getCell(column);
        return c == null ? null : c.getStringCellValue();
    }

    @Test
    void aboveTheChartsTitledAndMergedOverTheChartColumns() throws IOException {
        Results r = Samples.ECOMMERCE.results();
        WorkbookLayout layout = WorkbookLayout.of(r.journey(), 1, 0);
        StageLayout stages = layout.stages();
        try (XSSFWorkbook wb = render(r)) {
            XSSFSheet sheet = wb.getSheet("2 Consideration");
            // three KPIs: A periods, B-D values, E gap, F-H scores, I stage score, J gap, K-M targets, N gap, O the charts
            int column = 14;
            assertThat(stages.painPointsColumn("consideration")).isEqualTo(column).isEqualTo(stages.chartColumn("consideration"));
            assertThat(text(sheet, 1, column)).isEqualTo("Pain points");
            assertThat(text(sheet, 2, column)).isEqualTo(CONSIDERATION);
            assertThat(sheet.getRow(1).getCell(column).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(1, 3, column, column + 8));
            assertThat(text(sheet, 3, 0)).as("the touchpoints, where they were")
                    .isEqualTo("Touchpoints: Product pages \u00b7 Search and filters \u00b7 Reviews \u00b7 Size guide");
            // the charts (one under another, 16 rows apart) start under them, on the table's header row
            var tops = sheet.getDrawingPatriarch().getShapes().stream()
                    .map(shape -> ((org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor()).getRow1()).toList();
            assertThat(tops).containsExactly(4, 20, 36);
        }
    }

    @Test
    void theyMoveNothingElseOnTheStageSheets() throws IOException {
        Results with = Samples.ECOMMERCE.results();
        Results without = withPainPoints(p -> List.of());
        WorkbookLayout layout = WorkbookLayout.of(with.journey(), 1, 0);
        try (XSSFWorkbook a = render(with); XSSFWorkbook b = render(without)) {
            for (Stage st : with.journey().stages()) {
                assertThat(st.painPoints()).as(st.id()).isNotEmpty();
                XSSFSheet sa = a.getSheet(layout.stageSheet(st.id()));
                XSSFSheet sb = b.getSheet(layout.stageSheet(st.id()));
                int pain = layout.stages().painPointsColumn(st.id());
                assertThat(cells(sa, pain)).as(st.id()).isEqualTo(cells(sb, pain));
                assertThat(text(sb, 1, pain)).isNull();
                assertThat(text(sb, 2, pain)).isNull();
                assertThat(sb.getMergedRegions()).isEmpty();
            }
        }
    }

    /** Every cell as "A1=formula or value", the pain points' column on rows 1 and 2 left out. */
    private static List<String> cells(XSSFSheet sheet, int painColumn) {
        List<String> out = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getColumnIndex() == painColumn && c.getRowIndex() <= 1) {
                    continue;
                }
                out.add(c.getAddress() + "=" + switch (c.getCellType()) {
                    case FORMULA -> "=" + c.getCellFormula();
                    case STRING -> c.getStringCellValue();
                    case NUMERIC -> String.valueOf(c.getNumericCellValue());
                    default -> c.getCellType().name();
                });
            }
        }
        return out;
    }

    @Test
    void manyLongOnesMakeTheLinkRowTallAndLeaveTheRowsAboveIt() throws IOException {
        String longOne = "x".repeat(9) + (" " + "y".repeat(9)).repeat(19);
        assertThat(longOne).hasSize(199);
        Results r = withPainPoints(p -> Collections.nCopies(10, longOne));
        try (XSSFWorkbook wb = render(r)) {
            XSSFSheet sheet = wb.getSheet("1 Awareness");
            float defaultHeight = sheet.getDefaultRowHeightInPoints();
            assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(defaultHeight);
            assertThat(sheet.getRow(2).getHeightInPoints()).isEqualTo(defaultHeight);
            // 72 units of width hold at most 1.5 x 72 = 108 characters of 10-point Calibri a line: 2 lines
            // for each of the ten, 20 lines of at least 12 points
            float rows = sheet.getRow(1).getHeightInPoints() + sheet.getRow(2).getHeightInPoints()
                    + sheet.getRow(3).getHeightInPoints();
            assertThat(rows).isGreaterThanOrEqualTo(20 * 12f);
            assertThat(sheet.getRow(4).getHeightInPoints()).as("the header row keeps its height").isEqualTo(40f);
        }
    }

    @Test
    void aDescriptionThatWouldRunIntoThemWrapsLeftOfThem() throws IOException {
        Results sample = Samples.ECOMMERCE.results();
        Journey j = sample.journey();
        Stage first = j.stages().get(0);
        String description = "People discover the store and decide whether it is worth a closer look, comparing it with the"
                + " marketplaces and the shops they already know and trust.";
        // one KPI: A periods, B values, C gap, D scores, E stage score, F gap, G targets, H gap, I the charts
        Stage narrow = new Stage(first.id(), first.name(), description, first.touchpoints(), first.painPoints(), first.weight(),
                first.kpis().subList(0, 1));
        List<Stage> stages = new java.util.ArrayList<>(j.stages());
        stages.set(0, narrow);
        Results r = Calculator.compute(j.withStages(stages), sample.data());
        try (XSSFWorkbook wb = render(r)) {
            XSSFSheet sheet = wb.getSheet("1 Awareness");
            assertThat(WorkbookLayout.of(r.journey(), 1, 0).stages().painPointsColumn(first.id())).isEqualTo(8);
            assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(new CellRangeAddress(1, 1, 0, 6),
                    new CellRangeAddress(1, 3, 8, 16));
            assertThat(text(sheet, 2, 0)).isEqualTo(description);
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
            // A-G are 71 units wide, some 85 characters of 11-point Carlito: two lines at least
            assertThat(sheet.getRow(1).getHeightInPoints()).isGreaterThanOrEqualTo(2 * 14f);
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getWrapText()).as("the touchpoints fit").isFalse();
        }
    }

    @Test
    void theAboutSheetListsEachStageWithItsTouchpointsAndPainPointsBeforeTheDataSource() throws IOException {
        try (XSSFWorkbook wb = render(Samples.ECOMMERCE.results())) {
            List<String> lines = AboutLines.of(wb.getSheet(WorkbookLayout.ABOUT));
            int title = lines.indexOf("Stages");
            assertThat(title).isPositive().isLessThan(lines.indexOf("Data source"));
            assertThat(lines.get(title + 1)).isEqualTo("Stage | Touchpoints | Pain points");
            assertThat(lines.get(title + 3)).isEqualTo("Consideration | Product pages \u00b7 Search and filters \u00b7 Reviews"
                    + " \u00b7 Size guide | " + CONSIDERATION);
            assertThat(lines.subList(title + 2, title + 7)).extracting(l -> l.substring(0, l.indexOf(' ')))
                    .containsExactly("Awareness", "Consideration", "Purchase", "Retention", "Advocacy");
            Row consideration = null;
            for (Row row : wb.getSheet(WorkbookLayout.ABOUT)) {
                if (row.getLastCellNum() == 3 && row.getCell(0).getStringCellValue().equals("Consideration")) {
                    consideration = row;
                }
            }
            assertThat(consideration).isNotNull();
            assertThat(consideration.getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(consideration.getHeightInPoints()).as("three lines").isGreaterThanOrEqualTo(3 * 12f);
        }
    }

    @Test
    void aStageWithoutPainPointsHasADashOnAbout() throws IOException {
        try (XSSFWorkbook wb = render(withPainPoints(p -> List.of()))) {
            List<String> lines = AboutLines.of(wb.getSheet(WorkbookLayout.ABOUT));
            int title = lines.indexOf("Stages");
            assertThat(lines.get(title + 2)).isEqualTo("Awareness | Search ads \u00b7 Social media \u00b7 Blog \u00b7 Email newsletter"
                    + " | \u2013");
        }
    }
}
