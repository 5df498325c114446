package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Kpi;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * No formula compares against a word a person sees (labels will be translated): statuses are
 * codes, and a KPI's direction is read as its position in the Targets sheet's list of words,
 * which also feeds the Better column's drop-down.
 */
class NoWordsInFormulasTest {
    /** A comparison with a string literal holding a letter, on either side: {@code ="lower"}, {@code "On track"<>}. */
    private static final Pattern WORD_COMPARISON = Pattern.compile("(=|<>|<|>)\\s*\"[^\"]*\\p{L}|\"[^\"]*\\p{L}[^\"]*\"\\s*(=|<>|<|>)");

    private static List<String> comparisons(XSSFWorkbook wb) {
        List<String> found = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA && WORD_COMPARISON.matcher(c.getCellFormula()).find()) {
                        found.add(sheet.getSheetName() + "!" + c.getAddress() + " =" + c.getCellFormula());
                    }
                }
            }
            var cf = sheet.getSheetConditionalFormatting();
            for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                ConditionalFormatting f = cf.getConditionalFormattingAt(i);
                for (int k = 0; k < f.getNumberOfRules(); k++) {
                    String formula = f.getRule(k).getFormula1();
                    if (formula != null && WORD_COMPARISON.matcher(formula).find()) {
                        found.add(sheet.getSheetName() + " conditional format " + formula);
                    }
                }
            }
            for (DataValidation v : ((XSSFSheet) sheet).getDataValidations()) {
                String list = v.getValidationConstraint().getFormula1();
                if (list != null && list.startsWith("\"")) {
                    found.add(sheet.getSheetName() + " validation list " + list);
                }
            }
        }
        for (Name n : wb.getAllNames()) {
            if (WORD_COMPARISON.matcher(String.valueOf(n.getRefersToFormula())).find()) {
                found.add("name " + n.getNameName() + " = " + n.getRefersToFormula());
            }
        }
        return found;
    }

    @Test
    void theCheckFindsAComparisonWithAWord() {
        assertThat(WORD_COMPARISON.matcher("IF(Targets!$E$5=\"lower\",1,2)").find()).isTrue();
        assertThat(WORD_COMPARISON.matcher("G7=\"On track\"").find()).isTrue();
        assertThat(WORD_COMPARISON.matcher("IF(\"Off track\"<>A1,1,2)").find()).isTrue();
        assertThat(WORD_COMPARISON.matcher("IF($C$4=\"\",\"\",\"Largest drop-off: \"&A1)").find()).isFalse();
        assertThat(WORD_COMPARISON.matcher("COUNTIFS(A:A,$A2,B:B,\"<>\")").find()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void noFormulaConditionalFormatOrListComparesAgainstAWord(Samples sample) throws IOException {
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            assertThat(comparisons(wb)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void theBetterColumnChoosesFromTheListOfDirectionWords(Samples sample) throws IOException {
        Results r = sample.results();
        TargetsLayout t = WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0).targets();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            XSSFSheet targets = wb.getSheet(WorkbookLayout.TARGETS);
            Name list = wb.getName(TargetsLayout.DIRECTION_LIST);
            List<String> words = new ArrayList<>();
            for (CellReference ref : new AreaReference(list.getRefersToFormula(), wb.getSpreadsheetVersion()).getAllReferencedCells()) {
                words.add(wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
            }
            assertThat(words).containsExactly("higher", "lower");
            DataValidation better = targets.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == TargetsLayout.Column.DIRECTION.index())
                    .findFirst().orElseThrow();
            assertThat(better.getValidationConstraint().getFormula1()).isEqualTo(TargetsLayout.DIRECTION_LIST);
            assertThat(better.getRegions().getCellRangeAddress(0).getFirstRow() + 1).isEqualTo(t.firstKpiRow());
            assertThat(better.getRegions().getCellRangeAddress(0).getLastRow() + 1).isEqualTo(t.lastKpiRow());
        }
    }

    /** Every KPI's direction turned round on the Targets sheet, as a user would pick it: each score follows the other rule. */
    @ParameterizedTest
    @EnumSource(Samples.class)
    void choosingTheOtherDirectionTurnsTheScoresRule(Samples sample) throws IOException {
        Results r = sample.results();
        WorkbookLayout l = WorkbookLayout.of(r.journey(), r.periodCount() + 36, 0);
        int last = r.periodCount() - 1;
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            XSSFSheet targets = wb.getSheet(WorkbookLayout.TARGETS);
            for (Kpi k : r.journey().kpis().toList()) {
                Direction other = k.direction() == Direction.HIGHER ? Direction.LOWER : Direction.HIGHER;
                targets.getRow(l.targets().kpiRow(k.id()) - 1).getCell(TargetsLayout.Column.DIRECTION.index())
                        .setCellValue(other.word());
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            StageLayout s = l.stages();
            for (Kpi k : r.journey().kpis().toList()) {
                Row row = wb.getSheet(l.stageSheet(s.stageOf(k.id()))).getRow(s.row(last) - 1);
                Cell value = row.getCell(s.valueColumn(k.id()));
                if (value.getCachedFormulaResultType() != CellType.NUMERIC) {
                    continue;
                }
                double v = value.getNumericCellValue();
                double raw = k.direction() == Direction.HIGHER ? (v <= 0 ? 1 : k.target() / v) : v / k.target();
                assertThat(row.getCell(s.scoreColumn(k.id())).getNumericCellValue()).as(k.id() + " scored the other way")
                        .isCloseTo(Math.max(0, Math.min(1, raw)), within(1e-12));
            }
        }
    }
}
