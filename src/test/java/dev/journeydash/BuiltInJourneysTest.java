package dev.journeydash;

import dev.journeydash.compute.Results;
import dev.journeydash.engines.SchemaValidator;
import dev.journeydash.io.Output;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Progress;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every built-in journey, end to end through {@link Journeydash}: the template loads with its
 * sample data, has the shape of a library journey, its funnel narrows, the workbook written is
 * schema-valid, and the cached values of its stage sheets and Dashboard equal the independent
 * oracle (src/test/resources/oracle) for every KPI, stage score and journey score it lists.
 */
class BuiltInJourneysTest {
    /** The stage each sample's story puts off target at the end of 2025 (see sample-data/*.py). */
    static final Map<Samples, String> OFF_TARGET = Map.of(
            Samples.ECOMMERCE, "purchase", Samples.SAAS, "retention",
            Samples.B2B_PIPELINE, "close", Samples.MOBILE_APP, "experience",
            Samples.MARKETPLACE, "fulfilment", Samples.SUBSCRIPTION_BOX, "renew",
            Samples.CUSTOMER_SUPPORT, "resolve", Samples.AGENCY, "deliver");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Samples.class)
    void loadsWithItsSampleDataAsALibraryJourney(Samples sample) throws InputException {
        Results results = Journeydash.compute(Request.of(sample.template(), sample.data()));
        Journey j = results.journey();
        assertThat(j.client()).as("client").startsWith("Demo ");
        assertThat(j.stages()).as("stages").hasSizeBetween(4, 6);
        assertThat(j.kpis().count()).as("KPIs").isBetween(12L, 18L);
        assertThat(j.stages()).allSatisfy(s -> assertThat(s.touchpoints()).as(s.id() + " touchpoints").hasSizeGreaterThanOrEqualTo(3));
        assertThat(results.periodCount()).as("periods").isEqualTo(24);
        assertThat(j.funnel()).as("funnel").hasSizeGreaterThanOrEqualTo(3);
        for (int p = 0; p < 24; p++) {
            for (int f = 1; f < j.funnel().size(); f++) {
                FunnelStep wider = j.funnel().get(f - 1);
                FunnelStep step = j.funnel().get(f);
                assertThat(results.data().value(step.measure(), p)).as(sample + " funnel " + step.measure() + " in period " + p)
                        .isPositive().isLessThan(results.data().value(wider.measure(), p));
            }
        }
    }

    /** The story of the sample: one stage clearly off target at the end that was on target in the first year. */
    @ParameterizedTest
    @EnumSource(Samples.class)
    void oneStageIsOffTargetAtTheEnd(Samples sample) {
        List<Oracle> oracle = Oracle.read(sample.oracle());
        Oracle lowest = oracle.stream().filter(o -> o.period().equals("2025-12") && o.id().startsWith("stage:"))
                .min(Comparator.comparingDouble(Oracle::value)).orElseThrow();
        assertThat(lowest.id()).as(sample + ": the lowest stage in Dec 2025").isEqualTo("stage:" + OFF_TARGET.get(sample));
        assertThat(lowest.value()).as(sample + ": its score").isLessThan(0.85);
        assertThat(oracle.stream().filter(o -> o.period().startsWith("2024") && o.id().equals(lowest.id())))
                .as(sample + ": its scores in 2024").hasSize(3).allSatisfy(o -> assertThat(o.value()).as(o.toString()).isGreaterThan(0.95));
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void itsWorkbookIsSchemaValidAndHoldsTheOraclesValues(Samples sample) throws Exception {
        Request request = Request.of(sample.template(), sample.data());
        Results results = Journeydash.compute(request);
        Path book = dir.resolve(sample.name + ".xlsx");
        Journeydash.write(results, request, Output.file(book), Progress.NONE);

        SchemaValidator.Report report = SchemaValidator.validate(book);
        assertThat(report.problems()).as(sample + ": " + report.summary()).isEmpty();
        assertThat(report.partsValidated()).as("parts validated").isGreaterThan(10);

        Journey j = results.journey();
        WorkbookLayout layout = WorkbookLayout.of(j, results.periodCount() + request.periodsAhead(), results.data().extras().size());
        List<Oracle> oracle = Oracle.read(sample.oracle());
        assertThat(oracle).as("oracle rows").hasSize(5 * ((int) j.kpis().count() + j.stages().size() + 1));
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            for (Oracle o : oracle) {
                int p = Oracle.monthIndex("2024-01", o.period());
                Double actual;
                if (o.id().equals("journey")) {
                    actual = cached(dash, layout.dashboard().historyRow(p), layout.dashboard().historyJourneyColumn());
                } else if (o.id().startsWith("stage:")) {
                    String stage = o.id().substring(6);
                    actual = cached(wb.getSheet(layout.stageSheet(stage)), layout.stages().row(p), layout.stages().stageScoreColumn(stage));
                } else {
                    String stage = layout.stages().stageOf(o.id());
                    actual = cached(wb.getSheet(layout.stageSheet(stage)), layout.stages().row(p), layout.stages().valueColumn(o.id()));
                }
                String what = sample + " " + o.id() + " in " + o.period();
                if (Double.isNaN(o.value())) {
                    assertThat(actual).as(what + " should be blank").isNull();
                } else {
                    assertThat(actual).as(what).isNotNull();
                    assertThat(actual).as(what).isCloseTo(o.value(), within(Math.abs(o.value()) * 1e-12));
                }
            }
        }
    }

    /** The cached number of a cell (row 1-based, column 0-based); null when blank or text. */
    private static Double cached(XSSFSheet sheet, int row1, int column) {
        XSSFRow r = sheet.getRow(row1 - 1);
        XSSFCell c = r == null ? null : r.getCell(column);
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.NUMERIC ? c.getNumericCellValue() : null;
    }
}
