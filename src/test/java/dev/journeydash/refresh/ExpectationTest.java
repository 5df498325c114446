package dev.journeydash.refresh;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures an expectation reports name the place, what was expected and what was found. */
class ExpectationTest {

    @Test
    void reportsWhatItFoundWhereItLooked() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet targets = wb.createSheet("Targets");
            targets.createRow(9).createCell(5).setCellValue(0.025);
            targets.getRow(9).createCell(6).setCellValue("text");
            XSSFSheet notes = wb.createSheet("Finance notes");
            notes.createRow(1).createCell(1).setCellFormula("SUM(Targets!F10:F11)");
            notes.getRow(1).createCell(2).setCellValue(DateUtil.getExcelDate(LocalDate.of(2025, 9, 1)));

            assertThat(new Expectation.Number("Targets", "F10", 0.03).check(wb))
                    .containsExactly("Targets!F10: expected 0.03, found 0.025");
            assertThat(new Expectation.Number("Targets", "F10", 0.025).check(wb)).isEmpty();
            assertThat(new Expectation.Number("Targets", "G10", 1).check(wb))
                    .containsExactly("Targets!G10: expected 1.0, found \"text\"");
            assertThat(new Expectation.Text("Targets", "F11", "x").check(wb))
                    .containsExactly("Targets!F11: expected \"x\", found an empty cell");
            assertThat(new Expectation.Text("Gone", "A1", "x").check(wb))
                    .containsExactly("Gone!A1: expected \"x\", found no sheet \"Gone\"");
            assertThat(new Expectation.Formula("Finance notes", "B2", "SUM(Targets!$F$10:$F$11)").check(wb)).isEmpty();
            assertThat(new Expectation.Formula("Finance notes", "B2", "SUM(Targets!F10:F12)").check(wb))
                    .singleElement().asString().startsWith("'Finance notes'!B2: expected =SUM(Targets!F10:F12), found =SUM(Targets!F10:F11)");
            assertThat(new Expectation.Blank("Targets", "F10").check(wb))
                    .containsExactly("Targets!F10: expected blank, found 0.025");
            assertThat(new Expectation.SelectedPeriod("Finance notes", "C2", LocalDate.of(2025, 12, 1)).check(wb))
                    .containsExactly("'Finance notes'!C2: expected the period 2025-12-01, found 2025-09-01");
            assertThat(new Expectation.Comment("Targets", "F10", "note").check(wb))
                    .containsExactly("Targets!F10: expected a comment \"note\", found none (comments on the sheet: [])");
            assertThat(new Expectation.Charts("Targets", 1).check(wb)).containsExactly("sheet \"Targets\": expected 1 chart(s), found 0");
            assertThat(new Expectation.Pictures("Targets", 0).check(wb)).isEmpty();
            assertThat(new Expectation.DefinedName("Goal", "Targets!$F$10").check(wb))
                    .containsExactly("defined name Goal: expected =Targets!$F$10, found none");
            assertThat(new Expectation.SheetAbsent("Targets").check(wb)).containsExactly("sheet \"Targets\": expected absent, found it");
        }
    }
}
