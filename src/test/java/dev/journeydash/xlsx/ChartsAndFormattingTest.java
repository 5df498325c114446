package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Charts, conditional formatting and sparklines read back from the sample workbooks. */
class ChartsAndFormattingTest {

    /** The numbers in a chart range, read from the workbook's cells (NaN for text or blank). */
    static List<Double> numbers(XSSFWorkbook wb, String range) {
        AreaReference area = new AreaReference(range, wb.getSpreadsheetVersion());
        XSSFSheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
        List<Double> out = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            Cell c = sheet.getRow(ref.getRow()).getCell(ref.getCol());
            boolean number = c.getCellType() == CellType.NUMERIC
                    || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC);
            out.add(number ? c.getNumericCellValue() : Double.NaN);
        }
        return out;
    }

    static List<String> texts(XSSFWorkbook wb, String range) {
        AreaReference area = new AreaReference(range, wb.getSpreadsheetVersion());
        XSSFSheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
        List<String> out = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            out.add(sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void dashboardChartsReadTheSelectedPeriodsNumbers(Samples sample) throws IOException {
        Results r = sample.results();
        int last = r.periodCount() - 1;
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            List<XSSFChart> charts = wb.getSheet("Dashboard").createDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(3);

            XDDFChartData funnel = charts.get(0).getChartSeries().get(0);
            assertThat(funnel).isInstanceOf(XDDFBarChartData.class);
            assertThat(funnel.getSeriesCount()).isEqualTo(1);
            String funnelRange = funnel.getSeries(0).getValuesData().getDataRangeReference();
            List<Double> expectedVolumes = r.journey().funnel().stream().map(f -> r.data().value(f.measure(), last)).toList();
            assertThat(numbers(wb, funnelRange)).as("funnel volumes in " + funnelRange).isEqualTo(expectedVolumes);
            assertThat(texts(wb, funnel.getSeries(0).getCategoryData().getDataRangeReference()).get(0))
                    .isEqualTo(r.journey().funnel().get(0).label());

            XDDFChartData stages = charts.get(1).getChartSeries().get(0);
            assertThat(stages).isInstanceOf(XDDFBarChartData.class);
            List<Double> scores = numbers(wb, stages.getSeries(0).getValuesData().getDataRangeReference());
            assertThat(scores).hasSize(r.journey().stages().size());
            for (int s = 0; s < scores.size(); s++) {
                assertThat(scores.get(s)).as("stage score " + s)
                        .isCloseTo(r.stageScore(r.journey().stages().get(s).id(), last), within(1e-12));
            }
            assertThat(texts(wb, stages.getSeries(0).getCategoryData().getDataRangeReference()))
                    .containsExactlyElementsOf(r.journey().stages().stream().map(Stage::name).toList());

            XDDFChartData trend = charts.get(2).getChartSeries().get(0);
            assertThat(trend).isInstanceOf(XDDFLineChartData.class);
            List<Double> journey = numbers(wb, trend.getSeries(0).getValuesData().getDataRangeReference());
            assertThat(journey).hasSize(r.periodCount());
            for (int i = 0; i < journey.size(); i++) {
                assertThat(journey.get(i)).as("journey score, period " + i).isCloseTo(r.journeyScore(i), within(1e-12));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void everyKpiHasAnActualVersusTargetChartOnItsStageSheet(Samples sample) throws IOException {
        Results r = sample.results();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            int s = 0;
            for (Stage st : r.journey().stages()) {
                XSSFSheet sheet = wb.getSheetAt(1 + s++);
                List<XSSFChart> charts = sheet.createDrawingPatriarch().getCharts();
                assertThat(charts).as(sheet.getSheetName()).hasSize(st.kpis().size());
                for (int j = 0; j < st.kpis().size(); j++) {
                    Kpi k = st.kpis().get(j);
                    XSSFChart chart = charts.get(j);
                    assertThat(chart.getTitleText().getString()).startsWith(k.label());
                    XDDFChartData data = chart.getChartSeries().get(0);
                    assertThat(data).isInstanceOf(XDDFLineChartData.class);
                    assertThat(data.getSeriesCount()).isEqualTo(2);
                    List<Double> actual = numbers(wb, data.getSeries(0).getValuesData().getDataRangeReference());
                    List<Double> target = numbers(wb, data.getSeries(1).getValuesData().getDataRangeReference());
                    // the trend window starts at the KPI's first value (churn, a prev() KPI, has none in the first period)
                    int first = 0;
                    while (Double.isNaN(r.kpi(k.id(), first))) {
                        first++;
                    }
                    assertThat(actual).hasSize(r.periodCount() - first);
                    assertThat(actual.get(0)).as(k.id() + " first plotted value").isNotNaN();
                    // 24 periods: every second label, 12 in all
                    assertThat(chart.getCTChart().getPlotArea().getCatAxArray(0).getTickLblSkip().getVal())
                            .as(k.id() + " label skip").isEqualTo(2);
                    for (int i = 0; i < actual.size(); i++) {
                        double expected = r.kpi(k.id(), first + i);
                        if (Double.isNaN(expected)) {
                            assertThat(actual.get(i)).as(k.id() + " period " + i).isNaN();
                        } else {
                            assertThat(actual.get(i)).as(k.id() + " period " + i).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
                        }
                        assertThat(target.get(i)).as(k.id() + " target").isEqualTo(k.target());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void statusColoursAndIconsReadTheTargetsSheetsAmberThroughCellsOfTheirOwnSheet(Samples sample) throws IOException {
        Results r = sample.results();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            for (int s = 0; s < r.journey().stages().size(); s++) {
                XSSFSheet sheet = wb.getSheetAt(1 + s);
                List<String> formulas = new ArrayList<>();
                var cf = sheet.getSheetConditionalFormatting();
                int iconSets = 0;
                for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                    ConditionalFormatting f = cf.getConditionalFormattingAt(i);
                    for (int k = 0; k < f.getNumberOfRules(); k++) {
                        ConditionalFormattingRule rule = f.getRule(k);
                        if (rule.getFormula1() != null) {
                            formulas.add(rule.getFormula1());
                        }

                    }
                }
                for (var ctCf : sheet.getCTWorksheet().getConditionalFormattingArray()) {
                    for (var ctRule : ctCf.getCfRuleArray()) {
                        if (ctRule.isSetIconSet()) {
                            iconSets++;
                            String amber = ctRule.getIconSet().getCfvoArray(1).getVal();
                            assertThat(amber).as("amber threshold of the traffic lights").matches("\\$[A-Z]+\\$6");
                            assertThat(mirror(sheet, amber)).as("the amber cell " + amber).startsWith("Targets!$F$");
                        }
                    }
                }
                int kpis = r.journey().stages().get(s).kpis().size();
                assertThat(iconSets).as(sheet.getSheetName() + " icon sets").isEqualTo(kpis);
                Pattern amberRule = Pattern.compile(">=(\\$[A-Z]+\\$6)\\)$");
                assertThat(formulas.stream().map(amberRule::matcher).filter(Matcher::find)
                        .filter(m -> mirror(sheet, m.group(1)).startsWith("Targets!$F$")).count())
                        .as(sheet.getSheetName() + " amber rules reading Targets").isEqualTo(kpis);
            }
        }
    }

    /** The formula of the cell at {@code ref} ({@code $X$6}) on {@code sheet}. */
    private static String mirror(XSSFSheet sheet, String ref) {
        CellReference c = new CellReference(ref);
        return sheet.getRow(c.getRow()).getCell(c.getCol()).getCellFormula();
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void sparklinesShowTheLastTwelvePeriodsOfEachKpi(Samples sample) throws IOException {
        Results r = sample.results();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            String xml = wb.getSheet("Dashboard").getCTWorksheet().getExtLst().xmlText();
            Matcher m = Pattern.compile("<xm:f>([^<]*)</xm:f><xm:sqref>([^<]*)</xm:sqref>").matcher(xml);
            List<String> ranges = new ArrayList<>();
            while (m.find()) {
                ranges.add(m.group(1).replace("&apos;", "'"));
            }
            assertThat(ranges).hasSize((int) r.journey().kpis().count());
            int i = 0;
            for (Kpi k : r.journey().kpis().toList()) {
                List<Double> values = numbers(wb, ranges.get(i++));
                assertThat(values).as(k.id()).hasSize(12);
                for (int p = 0; p < 12; p++) {
                    assertThat(values.get(p)).as(k.id() + " sparkline point " + p)
                            .isCloseTo(r.kpi(k.id(), r.periodCount() - 12 + p), within(1e-9));
                }
            }
        }
    }
}
