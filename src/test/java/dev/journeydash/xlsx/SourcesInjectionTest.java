package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Criteria from template text are data: a hostile condition value (quotes, operators, wildcards,
 * ampersands, line breaks, formula and DDE payloads) ends up inside string literals of the
 * Data sheet's formulas, which spell exactly the intended criterion, and nothing of it turns into
 * formula syntax; hostile cells of the raw-data sheet are text cells.
 */
class SourcesInjectionTest {
    /** The criteria each measure's January formula compares Note or Tag with, as the criteria read them. */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("quoted", List.of("say \"hi\""));
        EXPECTED.put("hyperlink", List.of("=" + HostileSources.HYPERLINK));
        EXPECTED.put("ampersand", List.of("*a&b*"));
        EXPECTED.put("star_first", List.of("~**"));
        EXPECTED.put("question", List.of("what~?"));
        EXPECTED.put("not_quote", List.of("<>x\"y"));
        EXPECTED.put("two_lines", List.of(HostileSources.LINES));
        EXPECTED.put("no_tilde", List.of("*~~*"));
        EXPECTED.put("plus", List.of("+SUM(x)"));
        EXPECTED.put("dde_or_minus", List.of(HostileSources.DDE, "-x"));
        EXPECTED.put("unicode", List.of("ünïcode"));
        EXPECTED.put("not_unicode", List.of("ünïcode"));
        EXPECTED.put("blank_note", List.of("="));
    }

    /** What may remain of a formula once its literals, references, numbers and functions are taken out. */
    private static final String PUNCTUATION = "[(),:+\\-&=<>/\"]*";
    private static final String FUNCTIONS = "_xlfn\\.MINIFS|_xlfn\\.MAXIFS|AVERAGEIFS|COUNTIFS|SUMIFS|COUNTIF|IFERROR|ISNUMBER|INDEX"
            + "|MATCH|CHAR|MIN|MAX|IF|ROUND|ABS";

    @Test
    void hostileValuesAreCriteriaInStringLiteralsAndNeverCode() throws IOException {
        var r = HostileSources.results();
        WorkbookLayout l = SourcedWorkbookTest.layout(r);
        SourceRowsLayout raw = l.sourceRows("notes");
        String note = "'Raw data'!" + Refs.abs(raw.column("Note"), 2, SourceRowsLayout.LAST_ROW) + ",";
        String tag = "'Raw data'!" + Refs.abs(raw.column("Tag"), 2, SourceRowsLayout.LAST_ROW) + ",";
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(Samples.workbook(r, RenderOptions.builder().build()))) {
            for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
                Cell c = SourcedWorkbookTest.cell(wb, "Data", SourcedWorkbookTest.a1(l.data().row(0),
                        l.data().measureColumn(e.getKey())));
                String formula = c.getCellFormula();
                List<String> criteria = new ArrayList<>();
                for (String column : List.of(note, tag)) {
                    for (int at = formula.indexOf(column); at >= 0; at = formula.indexOf(column, at + 1)) {
                        String text = decode(formula, at + column.length());
                        if (!criteria.contains(text)) {
                            criteria.add(text);
                        }
                    }
                }
                assertThat(criteria).as("Data!" + c.getAddress() + " (" + e.getKey() + ") =" + formula).isEqualTo(e.getValue());
            }
            // the Data sheet's formulas are the ones holding criteria (the other sheets' are InjectionTest's)
            int checked = 0;
            for (Row row : wb.getSheet("Data")) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        assertThat(code(c.getCellFormula())).as("Data!" + c.getAddress() + " =" + c.getCellFormula())
                                .matches(PUNCTUATION);
                        checked++;
                    }
                }
            }
            assertThat(checked).as("formulas on the Data sheet").isEqualTo(2 * (HostileSources.CASES.size() - 2));
            assertThat(textCells(wb.getSheet("Raw data"))).contains(HostileSources.HYPERLINK, HostileSources.DDE, "+SUM(x)",
                    "-x", HostileSources.LINES, "say \"hi\"");
        }
    }

    /** The formula without quoted sheet names, string literals, references, numbers and the functions it may call. */
    static String code(String formula) {
        return formula.replaceAll("'(?:[^']|'')*'!", "").replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"")
                .replaceAll("(?<![A-Za-z_.])(" + FUNCTIONS + ")\\(", "(")
                .replaceAll("[A-Za-z]+!", "")
                .replaceAll("\\$?[A-Z]{1,3}\\$?[0-9]+", "")
                .replaceAll("[0-9]+(\\.[0-9]+)?(E[+-]?[0-9]+)?", "");
    }

    /**
     * The text of the criterion expression at {@code from}: string literals and {@code CHAR(n)}
     * joined by {@code &}, up to the comma or parenthesis that ends the argument.
     */
    static String decode(String formula, int from) {
        StringBuilder out = new StringBuilder();
        int i = from;
        while (true) {
            if (formula.charAt(i) == '"') {
                int j = i + 1;
                while (true) {
                    if (formula.charAt(j) == '"' && j + 1 < formula.length() && formula.charAt(j + 1) == '"') {
                        out.append('"');
                        j += 2;
                    } else if (formula.charAt(j) == '"') {
                        break;
                    } else {
                        out.append(formula.charAt(j++));
                    }
                }
                i = j + 1;
            } else if (formula.startsWith("CHAR(", i)) {
                int close = formula.indexOf(')', i);
                out.append((char) Integer.parseInt(formula.substring(i + 5, close)));
                i = close + 1;
            } else {
                throw new AssertionError("not a criterion at " + i + " of " + formula);
            }
            if (i >= formula.length() || formula.charAt(i) != '&') {
                return out.toString();
            }
            i++;
        }
    }

    private static List<String> textCells(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                assertThat(c.getCellType()).as(sheet.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }
}
