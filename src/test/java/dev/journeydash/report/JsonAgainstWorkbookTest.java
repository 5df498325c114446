package dev.journeydash.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.DataLayout;
import dev.journeydash.xlsx.StageLayout;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON export's numbers equal the workbook's cached values, cell by cell: every measure on
 * Data, every KPI value, target and score and every stage score on the stage sheets, the journey
 * score in the Dashboard's history, each status against the score and amber cells of the
 * workbook, the funnel's volumes against Data, the partial periods against the Data sheet's
 * coverage column. The JSON is read back with Jackson, not with our writer.
 */
class JsonAgainstWorkbookTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"templates/ecommerce.yaml|sample-data/ecommerce.csv", "templates/saas.yaml|sample-data/saas.csv",
            "src/test/resources/exports/shopify-orders/journey.yaml|"})
    void everyNumberOfTheJsonIsTheWorkbooksCachedValue(String input) throws Exception {
        String[] parts = input.split("\\|", -1);
        Request.Builder b = Request.builder().template(Path.of(parts[0]));
        if (!parts[1].isEmpty()) {
            b.data(Path.of(parts[1]));
        }
        Request request = b.build();
        Results results = Journeydash.compute(request);
        Path book = dir.resolve("book.xlsx");
        Journeydash.write(results, request, Output.file(book), dev.journeydash.model.Progress.NONE);
        JsonNode json = new ObjectMapper().readTree(Journeydash.jsonBytes(request, results));
        Journey journey = results.journey();
        int n = results.periodCount();
        WorkbookLayout layout = WorkbookLayout.of(journey, n + request.periodsAhead(), results.data().extras().size());
        int compared = 0;
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(json.get("schema").asText()).isEqualTo("journeydash-model/1");
            assertThat(json.get("periods")).hasSize(n);
            DataLayout data = layout.data();
            XSSFSheet dataSheet = wb.getSheet(WorkbookLayout.DATA);
            for (int p = 0; p < n; p++) {
                JsonNode period = json.get("periods").get(p);
                boolean partial = data.hasCoverageColumn() && !cell(dataSheet, data.row(p), data.coverageColumn()).isEmpty();
                assertThat(period.get("partial").asBoolean()).as("partial flag of " + period.get("label")).isEqualTo(partial);
            }
            List<Measure> measures = journey.measures();
            for (int m = 0; m < measures.size(); m++) {
                JsonNode values = json.get("measures").get(m).get("values");
                assertThat(json.get("measures").get(m).get("id").asText()).isEqualTo(measures.get(m).id());
                for (int p = 0; p < n; p++) {
                    compare(values.get(p), cell(dataSheet, data.row(p), data.measureColumn(measures.get(m).id())),
                            "Data " + measures.get(m).id() + " period " + p);
                    compared++;
                }
            }
            StageLayout stages = layout.stages();
            for (int s = 0; s < journey.stages().size(); s++) {
                Stage st = journey.stages().get(s);
                JsonNode stage = json.get("stages").get(s);
                XSSFSheet sheet = wb.getSheet(layout.stageSheet(st.id()));
                List<String> pains = new ArrayList<>();
                stage.get("painPoints").forEach(x -> pains.add(x.asText()));
                assertThat(pains).as(st.id() + " pain points").isEqualTo(st.painPoints());
                for (int p = 0; p < n; p++) {
                    compare(stage.get("scores").get(p), cell(sheet, stages.row(p), stages.stageScoreColumn(st.id())),
                            st.id() + " score period " + p);
                    compared++;
                }
                for (int k = 0; k < st.kpis().size(); k++) {
                    Kpi kpi = st.kpis().get(k);
                    JsonNode node = stage.get("kpis").get(k);
                    assertThat(node.get("id").asText()).isEqualTo(kpi.id());
                    for (int p = 0; p < n; p++) {
                        int row = stages.row(p);
                        List<Object> score = cell(sheet, row, stages.scoreColumn(kpi.id()));
                        compare(node.get("values").get(p), cell(sheet, row, stages.valueColumn(kpi.id())), kpi.id() + " value " + p);
                        compare(node.get("targets").get(p), cell(sheet, row, stages.targetColumn(kpi.id())), kpi.id() + " target " + p);
                        compare(node.get("scores").get(p), score, kpi.id() + " score " + p);
                        List<Object> amber = cell(sheet, stages.targetRow(), stages.amberColumn(kpi.id()));
                        assertThat(node.get("statuses").get(p).isNull() ? null : node.get("statuses").get(p).asText())
                                .as(kpi.id() + " status " + p).isEqualTo(status(score, amber));
                        compared += 4;
                    }
                }
            }
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            var d = layout.dashboard();
            for (int p = 0; p < n; p++) {
                compare(json.get("journeyScore").get(p), cell(dash, d.historyRow(p), d.historyJourneyColumn()), "journey score " + p);
                JsonNode volumes = json.get("funnel").get("periods").get(p).get("volumes");
                for (int f = 0; f < journey.funnel().size(); f++) {
                    compare(volumes.get(f), cell(dataSheet, data.row(p), data.measureColumn(journey.funnel().get(f).measure())),
                            "funnel step " + f + " period " + p);
                }
                compared++;
            }
        }
        long kpis = journey.kpis().count();
        assertThat(compared).as("cells compared").isEqualTo(n * (measures(journey) + journey.stages().size() + 4 * kpis + 1));
    }

    private static long measures(Journey j) {
        return j.measures().size();
    }

    /** The cell's cached value: empty for a blank, [number] or [text]. */
    private static List<Object> cell(XSSFSheet sheet, int row1, int column) {
        XSSFRow r = sheet.getRow(row1 - 1);
        XSSFCell c = r == null ? null : r.getCell(column);
        List<Object> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC) {
            out.add(c.getNumericCellValue());
        } else if (t == CellType.STRING && !c.getStringCellValue().isEmpty()) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    private static void compare(JsonNode json, List<Object> cell, String what) {
        if (cell.isEmpty()) {
            assertThat(json.isNull()).as(what + ": blank in the workbook, " + json + " in the JSON").isTrue();
        } else {
            assertThat(json.isNumber()).as(what + ": " + cell.get(0) + " in the workbook, " + json + " in the JSON").isTrue();
            assertThat(json.asDouble()).as(what).isEqualTo((Double) cell.get(0));
        }
    }

    /** The status the workbook's rule gives: on track at 1, at risk at or above amber, else off track. */
    private static String status(List<Object> score, List<Object> amber) {
        if (score.isEmpty()) {
            return null;
        }
        double s = (Double) score.get(0);
        return s >= 1 ? "on-track" : s >= (Double) amber.get(0) ? "at-risk" : "off-track";
    }
}
