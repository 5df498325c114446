package dev.journeydash.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison rules, without any engine: a POI-made "recalculated" file stands in for the engine output. */
class RecalcComparerTest {

    @TempDir
    Path dir;

    /** One sheet "S" with A1 = 2, B1 = formula A1*3 whose cached value is set by {@code cache}. */
    private Path book(String name, Consumer<XSSFCell> cache) throws IOException {
        return book(name, "A1*3", cache);
    }

    private Path book(String name, String formula, Consumer<XSSFCell> cache) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("S");
            XSSFRow r = s.createRow(0);
            r.createCell(0).setCellValue(2);
            XSSFCell f = r.createCell(1);
            f.setCellFormula(formula);
            cache.accept(f);
            Path p = dir.resolve(name + ".xlsx");
            TestWorkbooks.write(wb, p);
            return p;
        }
    }

    private RecalcReport compare(Consumer<XSSFCell> original, Consumer<XSSFCell> recalculated) throws IOException {
        return RecalcComparer.compare("Engine", book("orig", original), book("calc", recalculated));
    }

    private static void noCachedValue(XSSFCell c) {
        if (c.getCTCell().isSetV()) c.getCTCell().unsetV();
        if (c.getCTCell().isSetT()) c.getCTCell().unsetT();
    }

    @Test
    void equalNumbersWithinToleranceAreAccepted() throws IOException {
        assertThat(compare(c -> c.setCellValue(6), c -> c.setCellValue(6 * (1 + 5e-10))).problems()).isEmpty();
        assertThat(compare(c -> c.setCellValue(0), c -> c.setCellValue(1e-13)).problems()).isEmpty();
        RecalcReport r = compare(c -> c.setCellValue(6), c -> c.setCellValue(6 * (1 + 5e-9)));
        assertThat(r.formulaCellsCompared()).isEqualTo(1);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.address()).isEqualTo("S!B1");
            assertThat(p.formula()).isEqualTo("A1*3");
            assertThat(p.expected()).isEqualTo("6");
            assertThat(p.message()).contains("differs");
        });
    }

    @Test
    void errorInRecalculatedFileIsAlwaysAProblem() throws IOException {
        RecalcReport r = compare(c -> c.setCellErrorValue(FormulaError.NA), c -> c.setCellErrorValue(FormulaError.NA));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.actual()).isEqualTo("#N/A");
            assertThat(p.message()).contains("error value #N/A");
        });
    }

    @Test
    void theNaOfAnNaFormulaIsAcceptedWhereItIsCached() throws IOException {
        String gap = "IF(ISNUMBER(A1*0+\"x\"),A1,NA())";
        Consumer<XSSFCell> na = c -> c.setCellErrorValue(FormulaError.NA);
        assertThat(RecalcComparer.compare("Engine", book("o1", gap, na), book("c1", gap, na)).problems()).isEmpty();
        // a number where #N/A was cached, #N/A where a number was, another error: all still problems
        assertThat(RecalcComparer.compare("Engine", book("o2", gap, na), book("c2", gap, c -> c.setCellValue(2)))
                .problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("cached an error"));
        assertThat(RecalcComparer.compare("Engine", book("o3", gap, c -> c.setCellValue(2)), book("c3", gap, na))
                .problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("error value #N/A"));
        assertThat(RecalcComparer.compare("Engine", book("o4", gap, na),
                book("c4", gap, c -> c.setCellErrorValue(FormulaError.VALUE))).problems()).hasSize(1);
    }

    @Test
    void libreOfficeStyleErrorCodesAreReadRaw() throws IOException {
        RecalcReport r = compare(c -> c.setCellValue(6), c -> {
            c.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.E);
            c.getCTCell().setV("Err:502");
        });
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.actual()).isEqualTo("Err:502"));
    }

    @Test
    void textBooleanAndBlankRules() throws IOException {
        assertThat(compare(c -> c.setCellValue("x"), c -> c.setCellValue("x")).problems()).isEmpty();
        assertThat(compare(c -> c.setCellValue("x"), c -> c.setCellValue("y")).problems()).singleElement()
                .satisfies(p -> assertThat(p.expected() + " " + p.actual()).isEqualTo("'x' 'y'"));
        assertThat(compare(c -> c.setCellValue(true), c -> c.setCellValue(true)).problems()).isEmpty();
        assertThat(compare(c -> c.setCellValue(true), c -> c.setCellValue(false)).problems()).hasSize(1);
        // "" and "no cached value" are both blank
        assertThat(compare(c -> c.setCellValue(""), RecalcComparerTest::noCachedValue).problems()).isEmpty();
        // a number where text was cached is a type difference
        assertThat(compare(c -> c.setCellValue("6"), c -> c.setCellValue(6)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("cached text but Engine computes a number"));
        // a missing cached value is reported when the engine computes something
        assertThat(compare(RecalcComparerTest::noCachedValue, c -> c.setCellValue(6)).problems()).hasSize(1);
    }

    @Test
    void nonFiniteResultIsAProblem() throws IOException {
        RecalcReport r = compare(c -> c.setCellValue(6), c -> c.getCTCell().setV("1.0e+600"));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("non-finite"));
    }

    @Test
    void volatileFormulasAreSkipped() throws IOException {
        Path orig;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFRow r = wb.createSheet("S").createRow(0);
            r.createCell(0).setCellFormula("TODAY()");
            r.createCell(1).setCellFormula("RAND()*2");
            r.createCell(2).setCellFormula("1+1");
            r.getCell(2).setCellValue(2);
            orig = dir.resolve("volatile.xlsx");
            TestWorkbooks.write(wb, orig);
        }
        RecalcReport r = RecalcComparer.compare("Engine", orig, orig);
        assertThat(r.volatileCellsSkipped()).isEqualTo(2);
        assertThat(r.formulaCellsCompared()).isEqualTo(1);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void numberRendering() {
        assertThat(RecalcComparer.formatNumber(6.0)).isEqualTo("6");
        assertThat(RecalcComparer.formatNumber(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(RecalcComparer.numbersEqual(1e-300, 0)).isTrue();
        assertThat(RecalcComparer.numbersEqual(Double.NaN, Double.NaN)).isFalse();
    }
}
