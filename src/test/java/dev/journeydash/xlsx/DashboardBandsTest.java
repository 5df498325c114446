package dev.journeydash.xlsx;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import dev.journeydash.template.TemplateLoader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Dashboard that scales with the journey: the largest journey supported (12 stages, 60 KPIs,
 * labels to 50 characters) in bands of at most five stages, long labels wrapped on two lines,
 * printed on as many pages as it needs with text at 8 pt or more, page breaks between bands and
 * never through a chart; and the stage sheets printed without their empty prepared rows.
 */
class DashboardBandsTest {
    static final Path LARGE = Path.of("templates/examples/large-journey.yaml");
    static final Path LARGE_DATA = Path.of("sample-data/large-journey.csv");
    private static Results large;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void generate() throws Exception {
        large = Journeydash.compute(Request.of(LARGE, LARGE_DATA));
        wb = WorkbookFormulaTest.open(Samples.workbook(large, RenderOptions.builder().build()));
    }

    @Test
    void twelveStagesMakeThreeBandsOfAtMostFive() {
        DashboardLayout d = WorkbookLayout.of(large.journey(), 1, 0).dashboard();
        assertThat(large.journey().stages()).hasSize(12);
        assertThat(large.journey().kpis().count()).isEqualTo(60);
        assertThat(d.bands()).isEqualTo(3);
        // five stages of three columns (the last without its gap) and column A
        assertThat(d.pageLastColumn()).isEqualTo(14);
        XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
        List<Integer> stageRows = new ArrayList<>();
        for (int g = 0; g < 12; g++) {
            Stage st = large.journey().stages().get(g);
            int col = 1 + 3 * (g % 5);
            int row = rowOf(dash, col, (g + 1) + " " + st.name());
            assertThat(row).as(st.name()).isPositive();
            if (g % 5 == 0) {
                stageRows.add(row);
            } else {
                assertThat(row).as(st.name() + " on its band's row").isEqualTo(stageRows.get(g / 5));
            }
        }
        assertThat(stageRows).hasSize(3).isSorted();
    }

    @Test
    void longLabelsWrapOnTwoLinesInTheirMergedCardAndNeverOverlapTheStatus() {
        XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
        int checked = 0;
        for (Kpi k : large.journey().kpis().toList()) {
            for (int r = 0; r <= dash.getLastRowNum(); r++) {
                if (dash.getRow(r) == null) {
                    continue;
                }
                for (int c = 1; c <= 14; c++) {
                    XSSFCell cell = dash.getRow(r).getCell(c);
                    if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                            || !cell.getStringCellValue().equals(k.label())) {
                        continue;
                    }
                    if (k.label().length() > DashboardPage.LABEL_LINE) {
                        checked++;
                        assertThat(cell.getCellStyle().getWrapText()).as(k.label()).isTrue();
                        assertThat(dash.getRow(r).getHeightInPoints()).as(k.label() + " row height").isGreaterThanOrEqualTo(26);
                        int row = r;
                        int col = c;
                        assertThat(dash.getMergedRegions()).as(k.label() + " merged over its card")
                                .anyMatch(m -> m.equals(new CellRangeAddress(row, row, col, col + 1)));
                    }
                }
            }
        }
        assertThat(checked).as("labels longer than a line").isGreaterThan(20);
    }

    @Test
    void printedOnePageWideAtEightPointsOrMoreWithBreaksBetweenBlocksOnly() {
        XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
        assertThat(dash.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(dash.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        double scale = DashboardPrint.scale(dash, 14);
        assertThat(DashboardPrint.SMALLEST_FONT * scale).as("smallest text printed, pt").isGreaterThanOrEqualTo(8);
        int[] breaks = dash.getRowBreaks();
        assertThat(breaks).as("three bands and the charts take four pages").hasSize(3);
        List<int[]> charts = charts(dash);
        assertThat(charts).hasSize(2);
        for (int[] a : charts) {
            assertThat(a[2]).as("inside the printed columns").isLessThanOrEqualTo(15);
            for (int b : breaks) {
                assertThat(b >= a[0] && b < a[1] - 1).as("break after row " + b + " through a chart at rows "
                        + a[0] + "-" + a[1]).isFalse();
            }
        }
        // every page's content fits the page at that scale
        double room = (DashboardPrint.PAGE_HEIGHT - (DashboardPrint.TOP_MARGIN + DashboardPrint.BOTTOM_MARGIN) * 72) / scale;
        int[] edges = new int[breaks.length + 2];
        edges[0] = 0;
        for (int i = 0; i < breaks.length; i++) {
            edges[i + 1] = breaks[i] + 1;
        }
        String area = wb.getPrintArea(wb.getSheetIndex(dash));
        edges[edges.length - 1] = Integer.parseInt(area.substring(area.lastIndexOf('$') + 1));
        for (int p = 0; p + 1 < edges.length; p++) {
            assertThat(DashboardPrint.height(dash, edges[p] + 1, edges[p + 1])).as("page " + (p + 1) + " of rows "
                    + Arrays.toString(edges)).isLessThanOrEqualTo(room);
        }
    }

    @Test
    void aSampleOfOneBandPrintsItsCardsThenItsChartsOnTwoPages() throws IOException {
        try (XSSFWorkbook sample = WorkbookFormulaTest.open(Samples.workbook(Samples.ECOMMERCE.results(),
                RenderOptions.builder().build()))) {
            XSSFSheet dash = sample.getSheet(WorkbookLayout.DASHBOARD);
            assertThat(dash.getRowBreaks()).hasSize(1);
            assertThat(DashboardPrint.SMALLEST_FONT * DashboardPrint.scale(dash, 14)).isGreaterThanOrEqualTo(8);
            int firstChartRow = charts(dash).stream().mapToInt(a -> a[0]).min().orElseThrow();
            assertThat(dash.getRowBreaks()[0]).as("the break just above the charts").isLessThan(firstChartRow);
        }
    }

    @Test
    void stageSheetsPrintTheirPeriodsAndAYearAheadOrDownToTheirChartsFoot() {
        StageLayout layout = WorkbookLayout.of(large.journey(), large.periodCount() + 36, 36).stages();
        for (Stage st : large.journey().stages()) {
            XSSFSheet sheet = wb.getSheet(WorkbookLayout.of(large.journey(), 1, 0).stageSheet(st.id()));
            String area = wb.getPrintArea(wb.getSheetIndex(sheet));
            int last = Integer.parseInt(area.substring(area.lastIndexOf('$') + 1));
            // 24 periods from row 7 and 12 ahead end on row 42; five charts of 16 rows under the header row end lower
            assertThat(last).as(st.name()).isEqualTo(Math.max(layout.row(23) + 12, layout.headerRow() + 16 * 5));
        }
    }

    @Test
    void aJourneyOfMoreThanSixtyKpisIsRefused() throws Exception {
        String text = Files.readString(LARGE);
        String extra = text.substring(text.indexOf("      - id: s12_k5"));
        String more = text.replace(extra, extra + extra.replace("s12_k5", "s12_k6").replace("id: s12_k6_", "id: s12_k5_"));
        assertThat(TemplateLoader.parse("t.yaml", text).kpis().count()).isEqualTo(60);
        assertThatThrownBy(() -> TemplateLoader.parse("t.yaml", more)).isInstanceOf(InputException.class)
                .hasMessageContaining("the stages have 61 KPIs; a journey has at most 60 (and 12 stages): split it into two "
                        + "journeys");
    }

    /** Each chart's anchor: first row, last row (0-based, as the drawing holds them), last column. */
    private static List<int[]> charts(XSSFSheet sheet) {
        List<int[]> out = new ArrayList<>();
        for (var a : sheet.createDrawingPatriarch().getCTDrawing().getTwoCellAnchorList()) {
            if (a.isSetGraphicFrame()) {
                out.add(new int[] {a.getFrom().getRow(), a.getTo().getRow(), a.getTo().getCol()});
            }
        }
        return out;
    }

    private static int rowOf(XSSFSheet sheet, int col, String text) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFCell c = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(col);
            boolean isText = c != null && (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    || c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                    && c.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.STRING);
            if (isText && text.equals(c.getStringCellValue())) {
                return r + 1;
            }
        }
        return -1;
    }
}
