package dev.journeydash.xlsx;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.engines.SchemaValidator;
import dev.journeydash.io.Output;
import dev.journeydash.model.Progress;
import dev.journeydash.refresh.Refreshed;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-commerce sample by channel as a workbook: schema-valid and byte-identical when made
 * again; the selector's list and the cells that follow it; a journey without segments has none of
 * it; a refresh keeps the segments, and a workbook saved with one channel chosen comes back
 * showing All, without a revision check of the numbers its Data sheet held for that channel.
 */
class SegmentWorkbookTest {
    private static final Path TEMPLATE = Path.of("templates/examples/ecommerce-channels.yaml");
    private static final Path DATA = Path.of("sample-data/ecommerce-channels.csv");

    @TempDir
    static Path dir;
    static Results results;
    static byte[] book;
    static WorkbookLayout layout;
    static SegmentLayout segments;

    @BeforeAll
    static void generate() throws Exception {
        results = Journeydash.compute(Request.of(TEMPLATE, DATA));
        book = Samples.workbook(results, RenderOptions.builder().build());
        layout = WorkbookLayout.of(results.journey(), results.periodCount() + 36, 0).withWindow(results.periodCount())
                .withRawData(results.data().raw().textHeaders().size());
        segments = SegmentLayout.of(results.journey(), layout.dashboard(), results.segments());
    }

    @Test
    void isSchemaValidAndTheSameWhenMadeAgain() throws Exception {
        Path file = dir.resolve("channels.xlsx");
        Files.write(file, book);
        SchemaValidator.Report report = SchemaValidator.validate(file);
        assertThat(report.problems()).as(report.summary()).isEmpty();
        assertThat(Samples.workbook(Journeydash.compute(Request.of(TEMPLATE, DATA)), RenderOptions.builder().build()))
                .isEqualTo(book);
    }

    @Test
    void theSelectorListsAllThenTheChannelsByVolumeAndEveryMeasureFollowsIt() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            XSSFSheet dash = wb.getSheet(layout.dashboardSheet());
            assertThat(text(dash, segments.selectorRow(), segments.selectorColumn())).isEqualTo("All");
            List<String> names = new ArrayList<>();
            for (int c = 0; c < segments.choices(); c++) {
                names.add(text(dash, segments.headerRow(0), segments.choiceColumn(c)));
            }
            // sessions over the 24 months, largest first: independent of the ranking code, summed from the CSV here
            assertThat(names).isEqualTo(channelsBySessions());
            var validation = dash.getDataValidations().stream()
                    .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                            .anyMatch(r -> r.isInRange(segments.selectorRow() - 1, segments.selectorColumn()))).findFirst()
                    .orElseThrow();
            assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo(segments.namesRange());
            XSSFSheet data = wb.getSheet(layout.dataSheet());
            String index = segments.indexReference(layout.dashboardSheet());
            for (var m : results.journey().measures()) {
                String f = data.getRow(layout.data().row(0) - 1).getCell(layout.data().measureColumn(m.id())).getCellFormula();
                assertThat(f).as(m.id()).startsWith("IF(" + index + "=1,");
            }
            // each stage sheet names the segment it shows
            XSSFSheet stage = wb.getSheet(layout.stageSheet(results.journey().stages().get(0).id()));
            assertThat(stage.getRow(3).getCell(3).getCellFormula()).contains("$C$" + segments.selectorRow());
        }
    }

    @Test
    void aJourneyWithoutSegmentsHasNoSecondSelector() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Samples.ECOMMERCE.workbook()))) {
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            var row = dash.getRow(SegmentLayout.selectorRow(layout.dashboard()) - 1);
            assertThat(row == null || row.getCell(1) == null || row.getCell(1).getCellType() == CellType.BLANK).isTrue();
            assertThat(dash.getDataValidations()).hasSize(1);
        }
    }

    @Test
    void aRefreshKeepsTheSegmentsAndComesBackToAllFromAChosenChannel() throws Exception {
        Path file = dir.resolve("refresh.xlsx");
        Journeydash.generate(Request.of(TEMPLATE, DATA), Output.file(file), Progress.NONE);
        Refreshed same = Journeydash.refresh(file, Request.builder().data(DATA).build(), false, Progress.NONE);
        assertThat(same.revisions()).isEmpty();
        assertThat(same.templateChanges()).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet dash = wb.getSheet(layout.dashboardSheet());
            assertThat(text(dash, segments.headerRow(0), segments.choiceColumn(1))).isEqualTo(channelsBySessions().get(1));
            // a user picks Social and saves: the Data sheet's cached numbers are Social's from then on (written here as Excel would)
            dash.getRow(segments.selectorRow() - 1).getCell(segments.selectorColumn()).setCellValue("Social");
            XSSFSheet data = wb.getSheet(layout.dataSheet());
            int social = channelsBySessions().indexOf("Social");
            for (int i = 0; i < results.periodCount(); i++) {
                for (var m : results.journey().measures()) {
                    XSSFCell c = data.getRow(layout.data().row(i) - 1).getCell(layout.data().measureColumn(m.id()));
                    c.setCellValue(results.segments().results().get(social - 1).data().value(m.id(), i));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Refreshed fromSocial = Journeydash.refresh(file, Request.builder().data(DATA).build(), false, Progress.NONE);
        assertThat(fromSocial.revisions()).as("Social's numbers are not revisions of the totals").isEmpty();
        assertThat(fromSocial.templateChanges()).singleElement().asString().startsWith("Channel showed Social: revisions");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(text(wb.getSheet(layout.dashboardSheet()), segments.selectorRow(), segments.selectorColumn())).isEqualTo("All");
        }
    }

    /** "All" and the channels of the sample CSV by their sessions over all months, largest first, read with plain Java. */
    private static List<String> channelsBySessions() throws Exception {
        List<String> lines = Files.readAllLines(DATA);
        List<String> header = List.of(lines.get(0).split(","));
        int channel = header.indexOf("channel");
        int sessions = header.indexOf("sessions");
        java.util.Map<String, Double> total = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            total.merge(cells[channel], Double.parseDouble(cells[sessions]), Double::sum);
        }
        List<String> out = new ArrayList<>(List.of("All"));
        total.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).forEach(e -> out.add(e.getKey()));
        return out;
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        XSSFCell c = sheet.getRow(row - 1).getCell(col);
        return c.getCellType() == CellType.FORMULA ? c.getStringCellValue() : c.getStringCellValue();
    }
}
