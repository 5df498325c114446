package dev.journeydash.engines;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.DashboardLayout;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A finance team's month: January 2026 written with POI into the first prepared row of the
 * e-commerce sample's Data sheet (the latest period selected, nothing else touched, no
 * recalculation by POI), then recalculated by LibreOffice and by Gnumeric. The selector, the
 * charts' window, the journey-score history, the sparklines, the stage charts, the subtitle and
 * About must show January with the values that journeydash computes, independently of the
 * workbook's formulas, from the sample CSV with the same January row appended; two of them are
 * also worked out by hand. A second paste types February as text: it must be flagged.
 */
class PastedPeriodEnginesTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    /** January 2026's measures, in the CSV's column order: conversion 1000 / 40000, order value 90000 / 1000. */
    private static final Map<String, Double> JAN_VALUES = new LinkedHashMap<>();

    static {
        String[] ids = {"sessions", "visitors", "engaged_sessions", "product_viewers", "add_to_carts", "checkouts",
            "payment_attempts", "payments_successful", "orders", "revenue", "active_customers", "customers_lost",
            "repeat_customers", "promoters", "detractors", "nps_responses", "referrals", "reviews"};
        double[] values = {50000, 40000, 28000, 22000, 3200, 1600, 1100, 1045, 1000, 90000, 20000, 800, 320, 50, 10, 100, 70, 250};
        for (int i = 0; i < ids.length; i++) {
            JAN_VALUES.put(ids[i], values[i]);
        }
    }

    @TempDir
    static Path dir;
    static Results after;
    static WorkbookLayout layout;
    static Path pasted;
    static Path pastedText;

    @BeforeAll
    static void paste() throws IOException, InputException {
        Results before = Samples.ECOMMERCE.results();
        Path csv = dir.resolve("ecommerce-jan.csv");
        StringBuilder row = new StringBuilder("2026-01");
        JAN_VALUES.values().forEach(v -> row.append(',').append(v.longValue()));
        Files.writeString(csv, Files.readString(Samples.ECOMMERCE.data()).stripTrailing() + "\n" + row + "\n");
        after = Journeydash.compute(Request.of(Samples.ECOMMERCE.template(), csv));
        assertThat(after.periodCount()).isEqualTo(25);
        layout = WorkbookLayout.of(before.journey(), before.periodCount() + 36, 0).withWindow(before.periodCount());
        pasted = write(dir.resolve("pasted.xlsx"), false);
        pastedText = write(dir.resolve("pasted-text.xlsx"), true);
    }

    /** The sample workbook with January pasted into the first prepared row and, when {@code textFebruary}, February typed as text. */
    private static Path write(Path out, boolean textFebruary) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Samples.ECOMMERCE.workbook()))) {
            XSSFSheet data = wb.getSheet(WorkbookLayout.DATA);
            int r = layout.data().row(24);
            XSSFRow row = data.getRow(r - 1) != null ? data.getRow(r - 1) : data.createRow(r - 1);
            row.createCell(layout.data().periodColumn()).setCellValue(DateUtil.getExcelDate(JAN));
            JAN_VALUES.forEach((id, v) -> row.createCell(layout.data().measureColumn(id)).setCellValue(v));
            if (textFebruary) {
                data.createRow(r).createCell(layout.data().periodColumn()).setCellValue("Feb 2026");
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    @Test
    void libreOfficeShowsThePastedMonthEverywhere() throws IOException {
        EngineAvailability.requireLibreOffice();
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            recalculateAndCheck(lo);
        }
    }

    @Test
    void gnumericShowsThePastedMonthEverywhere() throws IOException {
        EngineAvailability.requireGnumeric();
        try (GnumericRecalc gn = new GnumericRecalc()) {
            recalculateAndCheck(gn);
        }
    }

    private static void recalculateAndCheck(RecalcEngine engine) throws IOException {
        List<Path> out = engine.recalculateAll(List.of(pasted, pastedText), engine.workDir().resolve("out"));
        checkPasted(out.get(0), engine.name());
        checkTextFlagged(out.get(1), engine.name());
    }

    private static void checkPasted(Path recalculated, String engine) throws IOException {
        DashboardLayout d = layout.dashboard();
        double janSerial = DateUtil.getExcelDate(JAN);
        try (XSSFWorkbook orig = RecalcComparer.open(pasted); XSSFWorkbook calc = RecalcComparer.open(recalculated)) {
            XSSFSheet dash = calc.getSheet(WorkbookLayout.DASHBOARD);
            assertThat(number(dash, d.selectorRow(), d.selectorColumn())).as(engine + ": the selector follows to January")
                    .isEqualTo(janSerial);
            assertThat(number(dash, d.selectorRow(), d.selectedIndexColumn())).as(engine + " selected index").isEqualTo(25);
            assertThat(number(dash, d.selectorRow(), d.windowStartColumn())).as(engine + " window start").isEqualTo(2);
            assertThat(number(dash, d.historyRow(24), d.historyColumn())).as(engine + " history period").isEqualTo(janSerial);
            assertThat(number(dash, d.historyRow(24), d.historyJourneyColumn())).as(engine + " history journey score")
                    .isCloseTo(after.journeyScore(24), within(1e-9));
            assertThat(text(dash, 2, 1)).as(engine + " subtitle")
                    .isEqualTo(after.journey().description() + "  \u00b7  Data Jan 2024 to Jan 2026");

            // the journey-score chart: its ranges now hold Feb 2024 .. Jan 2026
            XSSFChart trend = orig.getSheet(WorkbookLayout.DASHBOARD).createDrawingPatriarch().getCharts().get(2);
            var series = trend.getChartSeries().get(0).getSeries(0);
            List<Double> periods = numbers(calc, series.getCategoryData().getDataRangeReference());
            List<Double> scores = numbers(calc, series.getValuesData().getDataRangeReference());
            assertThat(periods).hasSize(24);
            for (int k = 0; k < 24; k++) {
                assertThat(periods.get(k)).as(engine + " chart period " + k)
                        .isEqualTo(DateUtil.getExcelDate(LocalDate.of(2024, 2, 1).plusMonths(k)));
                assertThat(scores.get(k)).as(engine + " chart journey score " + k).isCloseTo(after.journeyScore(1 + k), within(1e-9));
            }

            // the sparklines: the last 12 periods, January last
            List<String> ranges = sparklineRanges(orig.getSheet(WorkbookLayout.DASHBOARD));
            List<Kpi> kpis = after.journey().kpis().toList();
            assertThat(ranges).hasSize(kpis.size());
            for (int i = 0; i < kpis.size(); i++) {
                List<Double> values = numbers(calc, ranges.get(i));
                assertThat(values).hasSize(12);
                for (int p = 0; p < 12; p++) {
                    assertThat(values.get(p)).as(engine + " sparkline " + kpis.get(i).id() + " point " + p)
                            .isCloseTo(after.kpi(kpis.get(i).id(), 13 + p), within(1e-9 * Math.abs(after.kpi(kpis.get(i).id(), 13 + p))));
                }
                if (kpis.get(i).id().equals("conversion_rate")) {
                    assertThat(values.get(11)).as("worked out by hand: 1000 orders / 40000 visitors").isCloseTo(0.025, within(1e-15));
                }
            }

            // every stage chart: its last category is January, its last actual January's value
            for (Stage st : after.journey().stages()) {
                XSSFSheet sheet = orig.getSheet(layout.stageSheet(st.id()));
                List<XSSFChart> charts = sheet.createDrawingPatriarch().getCharts();
                for (int j = 0; j < st.kpis().size(); j++) {
                    Kpi k = st.kpis().get(j);
                    var actual = charts.get(j).getChartSeries().get(0).getSeries(0);
                    List<Double> cats = numbers(calc, actual.getCategoryData().getDataRangeReference());
                    List<Double> values = numbers(calc, actual.getValuesData().getDataRangeReference());
                    // the window rolled by one: January last, and first the period after the generated window's first
                    int n = values.size();
                    assertThat(n).as(engine + " " + k.id() + " window").isBetween(23, 24);
                    assertThat(cats.get(n - 1)).as(engine + " " + k.id() + " last category").isEqualTo(janSerial);
                    assertThat(values.get(n - 1)).as(engine + " " + k.id() + " January")
                            .isCloseTo(after.kpi(k.id(), 24), within(1e-9 * Math.abs(after.kpi(k.id(), 24))));
                    for (int p = 0; p < n; p++) {
                        double expected = after.kpi(k.id(), 25 - n + p);
                        assertThat(values.get(p)).as(engine + " " + k.id() + " position " + p)
                                .isCloseTo(expected, within(1e-9 * Math.abs(expected)));
                    }
                    if (k.id().equals("average_order_value")) {
                        assertThat(values.get(n - 1)).as("worked out by hand: 90000 / 1000").isCloseTo(90.0, within(1e-12));
                    }
                }
                String area = calc.getPrintArea(calc.getSheetIndex(sheet.getSheetName()));
                assertThat(Integer.parseInt(area.substring(area.lastIndexOf('$') + 1))).as(engine + " print area " + area
                        + ": the pasted period prints").isGreaterThanOrEqualTo(layout.stages().row(24));
            }

            XSSFSheet about = calc.getSheet(WorkbookLayout.ABOUT);
            assertThat(texts(about)).as(engine + " About").contains("Data sheet now: 25 periods from Jan 2024 to Jan 2026.");
        }
    }

    private static void checkTextFlagged(Path recalculated, String engine) throws IOException {
        try (XSSFWorkbook calc = RecalcComparer.open(recalculated)) {
            XSSFSheet dash = calc.getSheet(WorkbookLayout.DASHBOARD);
            assertThat(text(dash, 2, 1)).as(engine + " subtitle with a text period").endsWith(
                    "Data Jan 2024 to Jan 2026  \u00b7  \u26a0 1 period on Data is text, not a date");
            assertThat(number(dash, layout.dashboard().selectorRow(), layout.dashboard().periodCountColumn())).isEqualTo(25);
        }
    }

    private static RecalcComparer.Value value(XSSFSheet sheet, int row, int col) {
        XSSFRow r = sheet.getRow(row - 1);
        return RecalcComparer.read(r == null ? null : r.getCell(col), sheet.getWorkbook());
    }

    private static double number(XSSFSheet sheet, int row, int col) {
        RecalcComparer.Value v = value(sheet, row, col);
        assertThat(v.kind()).as(sheet.getSheetName() + "!" + new CellReference(row - 1, col).formatAsString() + " " + v.render())
                .isEqualTo(RecalcComparer.Kind.NUMBER);
        return v.number();
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        return value(sheet, row, col).render().replaceAll("^'|'$", "");
    }

    private static List<Double> numbers(XSSFWorkbook wb, String range) {
        AreaReference area = new AreaReference(range, wb.getSpreadsheetVersion());
        XSSFSheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
        List<Double> out = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            out.add(number(sheet, ref.getRow() + 1, ref.getCol()));
        }
        return out;
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.forEach(r -> r.forEach(c -> out.add(text(sheet, c.getRowIndex() + 1, c.getColumnIndex()))));
        return out;
    }

    static List<String> sparklineRanges(XSSFSheet dash) {
        Matcher m = Pattern.compile("<xm:f>([^<]*)</xm:f>").matcher(dash.getCTWorksheet().getExtLst().xmlText());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("&apos;", "'"));
        }
        return out;
    }
}
