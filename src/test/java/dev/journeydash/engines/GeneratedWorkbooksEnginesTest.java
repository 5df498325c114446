package dev.journeydash.engines;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Kpi;
import dev.journeydash.xlsx.RenderOptions;
import dev.journeydash.xlsx.TargetsLayout;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workbook the project can produce, checked in real engines: the e-commerce and SaaS
 * templates with their sample data and the selector on the first, a middle and the last period,
 * each of the six library journeys with the last period selected (about 40 s of the run), plus a workbook
 * to which a period row was appended as a user would, and one in which a user turned every KPI's
 * direction round on the Targets sheet, and a history shorter than the charts' window. Schema-valid parts, no recalculation
 * mismatch in LibreOffice or Gnumeric, no error values, and identical bytes on regeneration.
 */
class GeneratedWorkbooksEnginesTest {
    @TempDir
    static Path dir;
    static List<Path> workbooks = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        // the first two built-in journeys with three selections, the six library journeys with the latest
        for (Samples s : Samples.values()) {
            int n = s.results().periodCount();
            boolean firstTwo = s == Samples.ECOMMERCE || s == Samples.SAAS;
            for (int selected : firstTwo ? new int[] {0, n / 2, -1} : new int[] {-1}) {
                Path p = dir.resolve(s.name + "-selected-" + (selected < 0 ? "last" : String.valueOf(selected)) + ".xlsx");
                Files.write(p, s.workbook(selected));
                workbooks.add(p);
            }
        }
        workbooks.add(appendedRow(dir.resolve("ecommerce-appended.xlsx")));
        workbooks.add(directionsTurned(dir.resolve("saas-directions-turned.xlsx")));
        workbooks.add(rawRows(dir, 3000));
        workbooks.addAll(shortHistory(dir));
    }

    /**
     * The e-commerce sample's first 6 months, the latest and the third selected: a history
     * shorter than the charts' 12-period window, whose last positions are #N/A gaps.
     */
    static List<Path> shortHistory(Path dir) throws IOException {
        Path csv = dir.resolve("ecommerce-6.csv");
        Files.write(csv, Files.readAllLines(Samples.ECOMMERCE.data()).subList(0, 7));
        try {
            Results results = dev.journeydash.Journeydash.compute(dev.journeydash.Request.of(Samples.ECOMMERCE.template(), csv));
            assertThat(results.periodCount()).isEqualTo(6);
            List<Path> out = new ArrayList<>();
            for (int selected : new int[] {-1, 2}) {
                Path p = dir.resolve("ecommerce-6-selected-" + selected + ".xlsx");
                Files.write(p, Samples.workbook(results, RenderOptions.builder().selected(selected).build()));
                out.add(p);
            }
            return out;
        } catch (dev.journeydash.model.InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Daily rows of 5 stores for a monthly journey: the raw data sheet and SUMIFS/AVERAGEIFS/last-row measures. */
    static Path rawRows(Path dir, int rows) throws IOException {
        Path template = dir.resolve("bench.yaml");
        Path csv = dir.resolve("bench-" + rows + ".csv");
        Files.writeString(template, dev.journeydash.bench.SyntheticData.template());
        dev.journeydash.bench.SyntheticData.csv(csv, rows);
        try {
            Results results = dev.journeydash.Journeydash.compute(dev.journeydash.Request.of(template, csv));
            assertThat(results.data().raw()).as("raw rows kept").isNotNull();
            Path out = dir.resolve("bench-" + rows + ".xlsx");
            Files.write(out, Samples.workbook(results, RenderOptions.builder().build()));
            return out;
        } catch (dev.journeydash.model.InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The e-commerce sample with January 2026 appended to the Data table and recalculated by POI, as saved by a user. */
    static Path appendedRow(Path out) throws IOException {
        Results r = Samples.ECOMMERCE.results();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Samples.ECOMMERCE.workbook()))) {
            XSSFSheet data = wb.getSheet("Data");
            int newRow = 1 + r.periodCount();
            Row row = data.createRow(newRow);
            row.createCell(0).setCellValue(DateUtil.getExcelDate(LocalDate.of(2026, 1, 1)));
            int measures = r.journey().measures().size();
            for (int c = 0; c < measures; c++) {
                // December's values, 5 % up: plausible numbers for every measure
                row.createCell(1 + c).setCellValue(Math.round(r.data().value(r.journey().measures().get(c).id(), r.periodCount() - 1) * 1.05));
            }
            data.getTables().get(0).setArea(new AreaReference(new CellReference(0, 0),
                    new CellReference(newRow, measures), SpreadsheetVersion.EXCEL2007));
            // the latest period was selected: the selector follows to January by itself
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /**
     * The SaaS sample with every KPI's Better cell set to the other word of the Targets sheet's
     * list, as a user would pick it, recalculated by POI: scores, statuses and friction points
     * follow the other rule in every engine.
     */
    static Path directionsTurned(Path out) throws IOException {
        Results r = Samples.SAAS.results();
        WorkbookLayout layout = WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Samples.SAAS.workbook()))) {
            XSSFSheet targets = wb.getSheet(WorkbookLayout.TARGETS);
            for (Kpi k : r.journey().kpis().toList()) {
                Direction other = k.direction() == Direction.HIGHER ? Direction.LOWER : Direction.HIGHER;
                targets.getRow(layout.targets().kpiRow(k.id()) - 1).getCell(TargetsLayout.Column.DIRECTION.index())
                        .setCellValue(other.word());
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** The charts' and sparklines' window cells are formulas, so the engine checks below compare them with Java's values. */
    @Test
    void theWindowCellsAreFormulasWithJavasValues() throws IOException {
        for (Path p : workbooks) {
            try (XSSFWorkbook wb = RecalcComparer.open(p)) {
                XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
                var charts = dash.createDrawingPatriarch().getCharts();
                String range = charts.get(charts.size() - 1).getChartSeries().get(0).getSeries(0).getValuesData()
                        .getDataRangeReference();
                for (CellReference ref : new AreaReference(range, wb.getSpreadsheetVersion()).getAllReferencedCells()) {
                    var cell = dash.getRow(ref.getRow()).getCell(ref.getCol());
                    assertThat(cell.getCellType()).as(p.getFileName() + " " + ref.formatAsString())
                            .isEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    assertThat(cell.getCellFormula()).as(p.getFileName() + " " + ref.formatAsString()).contains("INDEX(");
                }
            }
        }
    }

    @Test
    void everyPartIsSchemaValid() throws IOException {
        int parts = 0;
        for (Path p : workbooks) {
            SchemaValidator.Report report = SchemaValidator.validate(p);
            assertThat(report.problems()).as(p.getFileName() + ": " + report.summary()).isEmpty();
            parts += report.partsValidated();
        }
        System.out.printf("engines: %d workbooks, %d XML parts schema-validated, 0 invalid%n", workbooks.size(), parts);
    }

    @Test
    void libreOfficeAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireLibreOffice();
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            check(lo.checkAll(workbooks), lo);
        }
    }

    @Test
    void gnumericAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireGnumeric();
        try (GnumericRecalc gn = new GnumericRecalc()) {
            check(gn.checkAll(workbooks), gn);
        }
    }

    private static void check(List<RecalcReport> reports, RecalcEngine engine) {
        int cells = 0;
        for (RecalcReport r : reports) {
            assertThat(r.problems()).as(r.summary()).isEmpty();
            assertThat(r.formulaCellsCompared()).as(r.original().getFileName() + " formula cells").isGreaterThan(2000);
            cells += r.formulaCellsCompared();
        }
        System.out.printf("engines: %s recalculated %d workbooks, %d formula cells compared, 0 mismatches, 0 errors%n",
                engine.name(), reports.size(), cells);
    }

    @Test
    void regeneratingGivesIdenticalBytes() {
        for (Samples s : Samples.values()) {
            Results results = s.results();
            RenderOptions options = RenderOptions.builder().documentDate(Instant.parse("2025-12-01T00:00:00Z")).build();
            byte[] first = Samples.workbook(results, options);
            byte[] second = Samples.workbook(s.results(), options);
            assertThat(second).as(s.name + " regenerated").isEqualTo(first);
            byte[] otherDate = Samples.workbook(results,
                    RenderOptions.builder().documentDate(Instant.parse("2026-01-01T00:00:00Z")).build());
            assertThat(otherDate).as("the document date is part of the output").isNotEqualTo(first);
        }
    }

    @AfterAll
    static void summary() {
        System.out.println("engines: checked " + workbooks.size() + " workbooks");
    }
}
