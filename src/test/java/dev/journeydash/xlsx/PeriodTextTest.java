package dev.journeydash.xlsx;

import dev.journeydash.model.Granularity;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The period texts as formulas, evaluated by POI against labels worked out by hand (ISO weeks from a calendar). */
class PeriodTextTest {

    private static String label(LocalDate day, Granularity g) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("S");
            s.createRow(0).createCell(0).setCellValue(DateUtil.getExcelDate(day));
            XSSFCell f = s.getRow(0).createCell(1);
            f.setCellFormula(PeriodText.label("$A$1", g, dev.journeydash.labels.Labels.english()));
            return wb.getCreationHelper().createFormulaEvaluator().evaluate(f).getStringValue();
        }
    }

    @Test
    void labelsAreThoseOfTheModel() throws IOException {
        assertThat(label(LocalDate.of(2026, 1, 1), Granularity.MONTH)).isEqualTo("Jan 2026");
        assertThat(label(LocalDate.of(2025, 12, 1), Granularity.MONTH)).isEqualTo("Dec 2025");
        assertThat(label(LocalDate.of(2025, 10, 1), Granularity.QUARTER)).isEqualTo("2025-Q4");
        assertThat(label(LocalDate.of(2026, 1, 1), Granularity.QUARTER)).isEqualTo("2026-Q1");
        assertThat(label(LocalDate.of(2026, 2, 5), Granularity.DAY)).isEqualTo("2026-02-05");
        assertThat(label(LocalDate.of(2025, 11, 30), Granularity.DAY)).isEqualTo("2025-11-30");
        // ISO weeks: Monday 30 Dec 2024 starts 2025-W01, Monday 28 Dec 2020 is 2020-W53, 4 Jan 2021 2021-W01
        assertThat(label(LocalDate.of(2024, 12, 30), Granularity.WEEK)).isEqualTo("2025-W01");
        assertThat(label(LocalDate.of(2020, 12, 28), Granularity.WEEK)).isEqualTo("2020-W53");
        assertThat(label(LocalDate.of(2021, 1, 4), Granularity.WEEK)).isEqualTo("2021-W01");
        assertThat(label(LocalDate.of(2026, 3, 9), Granularity.WEEK)).isEqualTo("2026-W11");
    }

    @Test
    void theRangeFollowsTheColumnAndCountsTextPeriods() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("S");
            s.createRow(0).createCell(0).setCellValue(DateUtil.getExcelDate(LocalDate.of(2024, 1, 1)));
            s.createRow(1).createCell(0).setCellValue(DateUtil.getExcelDate(LocalDate.of(2024, 2, 1)));
            XSSFCell f = s.getRow(0).createCell(1);
            f.setCellFormula(PeriodText.rangeFormula("$A$1:$A$5", Granularity.MONTH, dev.journeydash.labels.Labels.english()));
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(ev.evaluate(f).getStringValue()).isEqualTo("Data Jan 2024 to Feb 2024");
            s.createRow(2).createCell(0).setCellValue("Mar 2024");
            ev.clearAllCachedResultValues();
            assertThat(ev.evaluate(f).getStringValue())
                    .isEqualTo("Data Jan 2024 to Feb 2024  \u00b7  \u26a0 1 period on Data is text, not a date");
            s.createRow(3).createCell(0).setCellValue("2024-04");
            ev.clearAllCachedResultValues();
            assertThat(ev.evaluate(f).getStringValue()).endsWith("\u26a0 2 periods on Data are text, not a date");
        }
    }

    @Test
    void aWindowEndsAtTheSelectionOrStartsAtTheFirstPeriod() {
        // 24 periods, window of 24: the whole history until a 25th is pasted, then Feb 2024 onwards
        assertThat(TrendWindow.start(24, 24, 24, 1)).isEqualTo(1);
        assertThat(TrendWindow.start(25, 25, 24, 1)).isEqualTo(2);
        // fewer than 24 periods before the selection: from the first, running on past the selection
        assertThat(TrendWindow.start(5, 25, 24, 1)).isEqualTo(1);
        // 12 sparkline periods ending at the 20th
        assertThat(TrendWindow.start(20, 25, 12, 1)).isEqualTo(9);
        // a KPI without a value in the first period: 23 positions from the second
        assertThat(TrendWindow.start(24, 24, 23, 2)).isEqualTo(2);
        assertThat(TrendWindow.start(3, 24, 23, 2)).isEqualTo(2);
        assertThat(TrendWindow.start(25, 25, 23, 2)).isEqualTo(3);
        assertThat(new TrendWindow(6, 42).periods()).as("the generated periods").isEqualTo(6);
        assertThat(new TrendWindow(6, 42).sparkPeriods()).as("no longer than the charts'").isEqualTo(6);
        assertThat(new TrendWindow(30, 66).sparkPeriods()).isEqualTo(12);
        assertThat(new TrendWindow(30, 20).periods()).as("at most the capacity").isEqualTo(20);
    }
}
