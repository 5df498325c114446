package dev.journeydash.xlsx;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.ValueFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differences the Dashboard shows (cards and the detail table): a difference of percentages
 * in percentage points, every difference rounded to what it shows, zero without a sign. The
 * expected texts are worked out here from the computed KPI values and the template's targets.
 */
class VarianceCellsTest {
    @TempDir
    Path dir;

    /** The decimals of a percent KPI's values: two below 5 % (its target), else one. */
    static int percentDecimals(Kpi k) {
        return Math.abs(k.target()) < 0.05 ? 2 : 1;
    }

    /** What a card should show for a difference of {@code difference} (a fraction for a percent KPI). */
    static String expected(Kpi k, double difference) {
        if (Double.isNaN(difference)) {
            return "";
        }
        if (k.format() != ValueFormat.PERCENT) {
            return null; // other formats: only the sign of zero is checked
        }
        BigDecimal points = new BigDecimal(Double.toString(difference * 100)).setScale(9, RoundingMode.HALF_UP)
                .setScale(percentDecimals(k), RoundingMode.HALF_UP);
        String sign = points.signum() > 0 ? "+" : points.signum() < 0 ? "-" : "";
        return sign + points.abs().toPlainString() + " pt";
    }

    /**
     * The difference a cell holds for a difference of {@code difference} between two values of
     * {@code k}: in percentage points for a percentage, rounded to the decimals of the KPI's
     * format (percent: two below 5 %, else one; currency: none from a target of 1,000 up, else cents).
     */
    static double shownDifference(Kpi k, double difference) {
        if (Double.isNaN(difference)) {
            return Double.NaN;
        }
        int decimals = switch (k.format()) {
            case PERCENT -> percentDecimals(k);
            case INTEGER -> 0;
            case NUMBER, DURATION -> 1;
            case DECIMAL -> 2;
            case CURRENCY -> Math.abs(k.target()) >= 1000 ? 0 : 2;
        };
        double scaled = k.format() == ValueFormat.PERCENT ? difference * 100 : difference;
        // to 9 decimals first, as the workbook does, so that a hair under a half rounds up in every engine
        return new BigDecimal(Double.toString(scaled)).setScale(9, RoundingMode.HALF_UP).setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue() + 0.0;
    }

    /** What a formula cell shows of its cached value, in its number format. */
    static String shown(DataFormatter formatter, Cell cell) {
        if (cell.getCachedFormulaResultType() != CellType.NUMERIC) {
            return cell.getStringCellValue();
        }
        return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
    }

    /** Checks every difference cell of the Dashboard for period {@code sel}; returns how many were checked. */
    static int checkDashboard(byte[] workbook, Results r, int sel) throws IOException {
        Map<String, Kpi> byLabel = r.journey().kpis().collect(Collectors.toMap(Kpi::label, Function.identity()));
        DataFormatter formatter = new DataFormatter(Locale.US);
        int checked = 0;
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(workbook)) {
            XSSFSheet dash = wb.getSheet("Dashboard");
            for (Row row : dash) {
                for (Cell cell : row) {
                    String format = cell.getCellStyle().getDataFormatString();
                    boolean vsTarget = format.contains(" vs target\"");
                    boolean vsPrev = format.contains(" vs prev\"");
                    if (!vsTarget && !vsPrev) {
                        continue;
                    }
                    // a card reads the detail table's cell; the nearest KPI label on its left names the KPI
                    // (the cards share the Dashboard's rows, left of the detail table)
                    CellReference ref = new CellReference(cell.getCellFormula());
                    Row detailRow = dash.getRow(ref.getRow());
                    Kpi k = null;
                    for (Cell c : detailRow) {
                        if (c.getColumnIndex() < ref.getCol() && c.getCellType() == CellType.STRING
                                && byLabel.containsKey(c.getStringCellValue())) {
                            k = byLabel.get(c.getStringCellValue());
                        }
                    }
                    assertThat(k).as("the KPI of " + ref.formatAsString()).isNotNull();
                    double value = r.kpi(k.id(), sel);
                    double difference = vsTarget ? value - k.target() : sel > 0 ? value - r.kpi(k.id(), sel - 1) : Double.NaN;
                    String suffix = vsTarget ? " vs target" : " vs prev";
                    String where = k.id() + suffix + " in period " + sel;
                    String shown = shown(formatter, cell);
                    String detail = shown(formatter, detailRow.getCell(ref.getCol()));
                    String want = expected(k, difference);
                    if (want != null) {
                        assertThat(detail).as(where + ", detail table").isEqualTo(want);
                        assertThat(shown).as(where + ", card").isEqualTo(want.isEmpty() ? "" : want + suffix);
                    }
                    if (!shown.isEmpty() && shown.replaceAll("[^0-9]", "").matches("0+")) {
                        assertThat(shown).as(where + ": a zero has no sign").doesNotContain("-").doesNotContain("+");
                    }
                    checked++;
                }
            }
        }
        return checked;
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void differencesOfPercentagesAreShownInPoints(Samples sample) throws IOException {
        Results r = sample.results();
        int kpis = (int) r.journey().kpis().count();
        assertThat(checkDashboard(sample.workbook(), r, r.periodCount() - 1)).as("difference cells").isEqualTo(2 * kpis);
        assertThat(checkDashboard(sample.workbook(0), r, 0)).as("difference cells, first period").isEqualTo(2 * kpis);
    }

    @Test
    void theECommerceCardsReadAsCheckedByHand() throws IOException {
        // Dec 2025 of sample-data/ecommerce.csv: conversion 1203 / 72899 = 1.6502 % against 2.50 %,
        // -0.8498 pt; repeat purchase rate 361 / 1203 = 30.0083 % against 30.0 %, +0.0083 pt;
        // product view rate 39922 / 72899 = 54.7634 % against 55.0 %, -0.2366 pt
        String text = cardTexts(Samples.ECOMMERCE.workbook());
        assertThat(text).contains("-0.85 pt vs target", "\n0.0 pt vs target", "-0.2 pt vs target")
                .doesNotContain("% vs target", "% vs prev", "-0.0 ", "+0.0 ");
    }

    /** Every text the Dashboard's difference cells show, each after a line break. */
    static String cardTexts(byte[] workbook) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.US);
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(workbook)) {
            for (Row row : wb.getSheet("Dashboard")) {
                for (Cell cell : row) {
                    String format = cell.getCellStyle().getDataFormatString();
                    if (format.contains(" vs target\"") || format.contains(" vs prev\"")) {
                        out.append('\n').append(shown(formatter, cell));
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void aTinyShortfallShowsAsZeroWithoutAMinusSign() throws IOException, InputException {
        // the e-commerce journey with the conversion target a thousandth of a point above
        // December's value: the difference is about -0.001 pt, which shows as 0.00 pt
        Results sample = Samples.ECOMMERCE.results();
        int last = sample.periodCount() - 1;
        double conversion = sample.kpi("conversion_rate", last);
        String yaml = Files.readString(Samples.ECOMMERCE.template());
        Kpi k = sample.journey().kpis().filter(x -> x.id().equals("conversion_rate")).findFirst().orElseThrow();
        String original = "target: " + BigDecimal.valueOf(k.target()).stripTrailingZeros().toPlainString();
        int at = yaml.indexOf(original, yaml.indexOf("id: conversion_rate"));
        assertThat(at).as(original + " in the template").isPositive();
        double target = conversion + 0.00001;
        Path template = dir.resolve("tiny.yaml");
        Files.writeString(template, yaml.substring(0, at) + "target: " + target + yaml.substring(at + original.length()));
        Results r = Journeydash.compute(Request.of(template, Samples.ECOMMERCE.data()));
        byte[] workbook = Samples.workbook(r, RenderOptions.builder().build());
        checkDashboard(workbook, r, last);
        assertThat(cardTexts(workbook)).contains("\n0.00 pt vs target").doesNotContain("-0.00 ");
    }
}
