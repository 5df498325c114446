package dev.journeydash.refresh;

import dev.journeydash.model.InputException;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.xlsx.DashboardLayout;
import dev.journeydash.xlsx.TargetsLayout;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Refreshing a workbook with new data: as fresh as a new one, with every edit kept, twice the same. */
class RefreshTest {
    @TempDir
    Path dir;

    @Test
    void aWorkbookOfTwentyMonthsRefreshedWithTwentyFourIsTheWorkbookOfTwentyFour() throws Exception {
        Path book = RefreshFixtures.generate(RefreshFixtures.firstMonths(dir, 20), dir.resolve("book.xlsx"));
        byte[] before = Files.readAllBytes(book);
        Refreshed r = RefreshFixtures.refresh(book, RefreshFixtures.SAMPLE);
        Path fresh = RefreshFixtures.generate(RefreshFixtures.SAMPLE, dir.resolve("fresh.xlsx"));

        assertThat(Files.readAllBytes(book)).as("refreshed = generated from the full data").isEqualTo(Files.readAllBytes(fresh));
        assertThat(r.added()).containsExactly("Sep 2025", "Oct 2025", "Nov 2025", "Dec 2025");
        assertThat(r.revisions()).isEmpty();
        assertThat(r.selected()).as("the latest was shown, so the newest is").isEqualTo("Dec 2025");
        assertThat(Files.readAllBytes(r.backup())).as("backup").isEqualTo(before);
        assertThat(r.backup().getFileName()).hasToString("book.previous.xlsx");
    }

    @Test
    void restatedValuesAreReportedAndListedOnTheAboutSheet() throws Exception {
        Path book = RefreshFixtures.generate(RefreshFixtures.SAMPLE, dir.resolve("book.xlsx"));
        String was = RefreshFixtures.cell("2025-11", "revenue");
        Refreshed r = RefreshFixtures.refresh(book, RefreshFixtures.withValue(dir, "2025-11", "revenue", "84010"));

        // the sample's Nov 2025 revenue, written with separators and two decimals by hand here
        String expected = "Nov 2025 Revenue: " + String.format(java.util.Locale.ROOT, "%,.2f",
                new java.math.BigDecimal(was).setScale(2, java.math.RoundingMode.HALF_UP)) + " \u2192 84,010.00";
        assertThat(r.revisions()).containsExactly(expected);
        try (XSSFWorkbook wb = open(book)) {
            assertThat(texts(wb.getSheet(WorkbookLayout.ABOUT))).contains("Refresh with revised.csv: " + expected);
        }
        // the same data again restates nothing, and the history stays: byte for byte the same file
        byte[] once = Files.readAllBytes(book);
        Refreshed again = RefreshFixtures.refresh(book, dir.resolve("revised.csv"));
        assertThat(again.revisions()).isEmpty();
        assertThat(Files.readAllBytes(book)).isEqualTo(once);
    }

    @Test
    void dataThatLacksPeriodsTheWorkbookHasIsRefusedAndNothingIsWritten() throws Exception {
        Path book = RefreshFixtures.generate(RefreshFixtures.SAMPLE, dir.resolve("book.xlsx"));
        byte[] before = Files.readAllBytes(book);
        Path shorter = RefreshFixtures.firstMonths(dir, 20);
        assertThatThrownBy(() -> RefreshFixtures.refresh(book, shorter)).isInstanceOf(InputException.class)
                .hasMessage(shorter + ": the new data lacks 4 periods the workbook has: Sep 2025, Oct 2025, Nov 2025, Dec 2025. "
                        + "The data shrank (an export of a shorter range, or a filter left on?); refresh with data that covers "
                        + "them, or generate a new workbook");
        assertThat(Files.readAllBytes(book)).isEqualTo(before);
        assertThat(dir.resolve("book.previous.xlsx")).doesNotExist();
    }

    @Test
    void everyEditSurvivesARefreshAndASecondRefreshChangesNothing() throws Exception {
        Path book = RefreshFixtures.generate(RefreshFixtures.firstMonths(dir, 20), dir.resolve("book.xlsx"));
        WorkbookLayout layout = WorkbookLayout.of(TemplateLoader.load(RefreshFixtures.TEMPLATE), 20, 0);
        TargetsLayout t = layout.targets();
        DashboardLayout d = layout.dashboard();
        int visitorsRow = t.kpiRow("unique_visitors");
        String awareness = layout.stageSheet("awareness");
        LocalDate march = LocalDate.of(2025, 3, 1);
        int free = layout.stages().stageScoreColumn("awareness") + 3;
        editEverything(book, layout, march);

        Refreshed r = RefreshFixtures.refresh(book, RefreshFixtures.SAMPLE);
        assertThat(r.editedTargets()).containsExactly("Unique visitors");
        assertThat(r.kept().sheets()).containsExactly("Notes");
        assertThat(r.kept().comments()).isEqualTo(1);
        assertThat(r.kept().names()).isEqualTo(1);
        assertThat(r.selected()).as("the user's pick stays").isEqualTo("Mar 2025");

        try (XSSFWorkbook wb = open(book)) {
            XSSFSheet targets = wb.getSheet(WorkbookLayout.TARGETS);
            XSSFCell july = targets.getRow(t.periodRow(18) - 1).getCell(t.targetColumn("unique_visitors"));
            assertThat(july.getCellType()).as("a typed target stays a value").isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(july.getNumericCellValue()).isEqualTo(40_000);
            // Dec 2025, a month the refresh added, scored against the target raised from Jul 2025 on: visitors / 40,000,
            // at most 1; Jan 2024 still against the template's 45,000
            XSSFCell dec = wb.getSheet(awareness).getRow(layout.stages().row(23) - 1)
                    .getCell(layout.stages().scoreColumn("unique_visitors"));
            assertThat(dec.getNumericCellValue()).isCloseTo(Math.min(1, RefreshFixtures.value("2025-12", "visitors") / 40_000),
                    within(1e-12));
            XSSFCell jan = wb.getSheet(awareness).getRow(layout.stages().row(0) - 1)
                    .getCell(layout.stages().scoreColumn("unique_visitors"));
            assertThat(jan.getNumericCellValue()).isCloseTo(Math.min(1, RefreshFixtures.value("2024-01", "visitors") / 45_000),
                    within(1e-12));
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            assertThat(DateUtil.getLocalDateTime(dash.getRow(d.selectorRow() - 1).getCell(d.selectorColumn())
                    .getNumericCellValue()).toLocalDate()).isEqualTo(march);
            XSSFComment c = dash.getCellComment(new org.apache.poi.ss.util.CellAddress(1, 0));
            assertThat((Object) c).isNotNull();
            assertThat(c.getString().getString()).isEqualTo("Board pack: check with Ana");
            assertThat(wb.getSheet(awareness).getRow(2).getCell(free).getStringCellValue()).isEqualTo("Campaign paused in March");
            XSSFSheet data = wb.getSheet(WorkbookLayout.DATA);
            int margin = layout.data().columnCount() + 1;
            assertThat(data.getRow(0).getCell(margin).getStringCellValue()).isEqualTo("Margin");
            XSSFCell m5 = data.getRow(5).getCell(margin);
            assertThat(m5.getCellFormula()).isEqualTo("K6*0.3");
            assertThat(m5.getNumericCellValue()).isCloseTo(RefreshFixtures.value("2024-05", "revenue") * 0.3, within(1e-9));
            XSSFSheet notes = wb.getSheet("Notes");
            assertThat(wb.getSheetIndex(notes)).as("after the generated sheets, where it was")
                    .isEqualTo(wb.getSheetIndex(dev.journeydash.xlsx.StampSheet.NAME) + 1);
            double sessions = 0;
            for (String p : new String[] {"2024-01", "2024-02", "2024-03", "2024-04"}) {
                sessions += RefreshFixtures.value(p, "sessions");
            }
            assertThat(notes.getRow(0).getCell(1).getCellFormula()).isEqualTo("SUM(Data!B2:B5)");
            assertThat(notes.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(sessions);
            assertThat(notes.getColumnWidth(0)).isEqualTo(30 * 256);
            XSSFDrawing drawing = notes.getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(1);
            assertThat(drawing.getShapes().stream().filter(s -> s instanceof XSSFPicture).count()).isEqualTo(1);
            assertThat(wb.getName("MyRevenue").getRefersToFormula()).isEqualTo("Data!$K$2:$K$21");
        }

        byte[] once = Files.readAllBytes(book);
        RefreshFixtures.refresh(book, RefreshFixtures.SAMPLE);
        assertThat(Files.readAllBytes(book)).as("the second refresh with the same data").isEqualTo(once);
    }

    /**
     * The edits a finance team makes, through POI: the visitors target set to 40,000 from Jul 2025 on, the
     * selector set to {@code shown}, a comment on the Dashboard, text right of a stage table, a
     * Margin column beside the Data table, a Notes sheet with formulas, a chart and a picture, a
     * defined name.
     */
    static void editEverything(Path book, WorkbookLayout layout, LocalDate shown) throws Exception {
        TargetsLayout t = layout.targets();
        DashboardLayout d = layout.dashboard();
        int visitorsRow = t.kpiRow("unique_visitors");
        String awareness = layout.stageSheet("awareness");
        int free = layout.stages().stageScoreColumn("awareness") + 3;
        LocalDate march = shown;
        try (XSSFWorkbook wb = open(book)) {
            XSSFSheet targets = wb.getSheet(WorkbookLayout.TARGETS);
            var july = targets.getRow(t.periodRow(18) - 1).getCell(t.targetColumn("unique_visitors"));
            july.setBlank(); // typing replaces the formula repeating the row above
            july.setCellValue(40_000);
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            var selector = dash.getRow(d.selectorRow() - 1).getCell(d.selectorColumn());
            selector.setBlank();
            selector.setCellValue(march);
            comment(wb, dash, 1, 0, "Board pack: check with Ana");
            XSSFSheet stage = wb.getSheet(awareness);
            if (stage.getRow(2).getCell(free) != null) {
                throw new IllegalStateException("precondition: a free cell right of the stage table");
            }
            stage.getRow(2).createCell(free).setCellValue("Campaign paused in March");
            XSSFSheet data = wb.getSheet(WorkbookLayout.DATA);
            int margin = layout.data().columnCount() + 1;
            data.getRow(0).createCell(margin).setCellValue("Margin");
            for (int r = 1; r <= 20; r++) {
                data.getRow(r).createCell(margin).setCellFormula("K" + (r + 1) + "*0.3");
            }
            XSSFSheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Sessions, first four months");
            notes.getRow(0).createCell(1).setCellFormula("SUM(Data!B2:B5)");
            notes.createRow(1).createCell(0).setCellValue("Shown period");
            notes.getRow(1).createCell(1).setCellFormula("Dashboard!" + ref(d.selectorRow(), d.selectorColumn()));
            notes.setColumnWidth(0, 30 * 256);
            chart(notes);
            picture(wb, notes);
            XSSFName name = wb.createName();
            name.setNameName("MyRevenue");
            name.setRefersToFormula("Data!$K$2:$K$21");
            write(wb, book);
        }

    }

    static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    static void write(Workbook wb, Path p) throws Exception {
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
    }

    static String ref(int row, int col) {
        return new org.apache.poi.ss.util.CellReference(row - 1, col, true, true).formatAsString();
    }

    static String texts(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                sb.append(c.getStringCellValue()).append('\n');
            }
        }));
        return sb.toString();
    }

    static void comment(XSSFWorkbook wb, XSSFSheet sheet, int row, int col, String text) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(col + 1);
        anchor.setCol2(col + 4);
        anchor.setRow1(row);
        anchor.setRow2(row + 3);
        XSSFComment c = drawing.createCellComment(anchor);
        c.setString(new XSSFRichTextString(text));
        c.setAuthor("Finance");
        c.setAddress(row, col);
    }

    static void chart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 0, 10, 15));
        var x = chart.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM);
        var y = chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT);
        XDDFChartData line = chart.createData(ChartTypes.LINE, x, y);
        ((org.apache.poi.xddf.usermodel.chart.XDDFLineChartData) line).setGrouping(
                org.apache.poi.xddf.usermodel.chart.Grouping.STANDARD);
        line.addSeries(XDDFDataSourcesFactory.fromNumericCellRange(sheet.getWorkbook().getSheet("Data"),
                        new CellRangeAddress(1, 20, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet.getWorkbook().getSheet("Data"), new CellRangeAddress(1, 20, 10, 10)));
        chart.plot(line);
    }

    static void picture(XSSFWorkbook wb, XSSFSheet sheet) throws Exception {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        img.setRGB(2, 2, 0xFF0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        int index = wb.addPicture(png.toByteArray(), Workbook.PICTURE_TYPE_PNG);
        sheet.createDrawingPatriarch().createPicture(sheet.getDrawingPatriarch().createAnchor(0, 0, 0, 0, 0, 20, 2, 24), index);
    }
}
