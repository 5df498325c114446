package dev.journeydash.xlsx;

import dev.journeydash.Journeydash;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formula injection: text from the template (name, client, descriptions, stage names,
 * touchpoints, labels, units, funnel labels) and from the data (headers and cells of columns
 * that are not measures) that a spreadsheet would run as a formula or a DDE call if it were
 * written as one. Every such text must come out as a plain text cell.
 */
class InjectionTest {
    /** The payloads. Both readers trim leading white space, so the tab and CR ones arrive as "=1+2" and "=3+4". */
    static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://x\",\"click\")", "+SUM(1,1)", "-2+3", "@SUM(1)",
            "=cmd|' /C calc'!A0", "\t=1+2", "\r=3+4");
    /** What identifies each payload in a cell or formula, whatever was trimmed around it. */
    static final List<String> MARKS = List.of("HYPERLINK(", "SUM(1,1)", "-2+3", "@SUM(1)", "cmd|", "=1+2", "=3+4");

    @TempDir
    Path dir;

    /** Monthly data (one row a period: extra columns on the Data sheet) and daily data (the Raw data sheet). */
    @ParameterizedTest
    @ValueSource(strings = {"monthly", "daily"})
    void payloadsInTheTemplateAndTheDataAreTextCellsNeverFormulas(String layout) throws Exception {
        byte[] workbook = render(layout);

        Map<String, Integer> found = new LinkedHashMap<>();
        MARKS.forEach(m -> found.put(m, 0));
        List<String> problems = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                // the dashboard and stage sheets link to each other by design: only to a sheet of the workbook
                for (var h : sheet.getHyperlinkList()) {
                    assertThat(h.getType()).as(sheet.getSheetName() + " hyperlink " + h.getAddress())
                            .isEqualTo(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
                    String target = h.getAddress().replaceFirst("!A1$", "");
                    target = target.startsWith("'") ? target.substring(1, target.length() - 1).replace("''", "'") : target;
                    assertThat(wb.getSheet(target)).as(sheet.getSheetName() + " hyperlink " + h.getAddress()).isNotNull();
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        if (cell.getCellType() == CellType.FORMULA) {
                            // a payload may appear inside a quoted sheet name ('2 +SUM(1,1)'!$E7, the stage sheets are
                            // named after the stages) or a string literal, where it is text; never anywhere else
                            String formula = cell.getCellFormula();
                            String code = code(formula);
                            for (String m : MARKS) {
                                if (code.contains(m)) {
                                    problems.add(where + " has the formula " + formula);
                                }
                            }
                            continue;
                        }
                        String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
                        for (String m : MARKS) {
                            if (text.contains(m)) {
                                found.merge(m, 1, Integer::sum);
                                if (cell.getCellType() != CellType.STRING) {
                                    problems.add(where + " holds \"" + text + "\" as " + cell.getCellType());
                                }
                            }
                        }
                    }
                }
            }
            for (Name name : wb.getAllNames()) {
                for (String m : MARKS) {
                    if (code(String.valueOf(name.getRefersToFormula())).contains(m)) {
                        problems.add("the defined name " + name.getNameName() + " refers to " + name.getRefersToFormula());
                    }
                }
            }
        }

        assertThat(problems).as("cells or names where a payload became a formula").isEmpty();
        assertThat(found).as("text cells holding each payload (the test must see them)").allSatisfy((m, n) -> assertThat(n)
                .as(m).isGreaterThanOrEqualTo(2));
    }

    /** A formula without its quoted sheet names and the contents of its string literals. */
    private static String code(String formula) {
        return formula.replaceAll("'(?:[^']|'')*'!", "").replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
    }

    /** Every payload in every text field of the template, and as headers and cells of extra data columns. */
    private byte[] render(String layout) throws IOException, InputException {
        Path template = dir.resolve("template.yaml");
        Path data = dir.resolve("data.csv");
        Files.writeString(template, template(), StandardCharsets.UTF_8);
        Files.writeString(data, data(layout.equals("daily")), StandardCharsets.UTF_8);
        Results results = Journeydash.compute(dev.journeydash.Request.of(template, data));
        assertThat(results.data().raw() != null).as("raw rows").isEqualTo(layout.equals("daily"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Journeydash.render(results, RenderOptions.builder().periodsAhead(2).build(), out);
        return out.toByteArray();
    }

    private static String template() {
        StringBuilder sb = new StringBuilder();
        sb.append("name: ").append(q("Journey " + p(0))).append('\n');
        sb.append("client: ").append(q(p(1))).append('\n');
        sb.append("description: ").append(q(p(2) + " and " + p(5) + " and " + p(6))).append('\n');
        sb.append("period: month\n");
        sb.append("measures:\n");
        sb.append("  visitors: { label: ").append(q(p(3))).append(" }\n");
        sb.append("  orders: { label: ").append(q(p(4))).append(" }\n");
        sb.append("  revenue: { label: ").append(q("x " + p(5))).append(", format: currency }\n");
        sb.append("stages:\n");
        for (int s = 0; s < PAYLOADS.size(); s++) {
            sb.append("  - id: stage_").append(s).append('\n');
            sb.append("    name: ").append(q(p(s))).append('\n');
            sb.append("    description: ").append(q(p(s + 1))).append('\n');
            sb.append("    touchpoints: [").append(q(p(s + 2))).append(", ").append(q("x" + p(s + 3))).append("]\n");
            sb.append("    kpis:\n");
            sb.append("      - id: kpi_").append(s).append('\n');
            sb.append("        label: ").append(q(p(s + 4))).append('\n');
            sb.append("        description: ").append(q(p(s + 5))).append('\n');
            sb.append("        formula: ").append(s % 2 == 0 ? "orders / visitors" : "revenue / orders").append('\n');
            sb.append("        format: duration\n");
            sb.append("        unit: ").append(q(p(s + 6))).append('\n');
            sb.append("        better: higher\n");
            sb.append("        target: 0.02\n");
        }
        sb.append("funnel:\n");
        sb.append("  - { measure: visitors, label: ").append(q(p(1))).append(" }\n");
        sb.append("  - { measure: orders, label: ").append(q(p(0))).append(" }\n");
        return sb.toString();
    }

    private static String data(boolean daily) {
        StringBuilder sb = new StringBuilder(daily ? "date" : "period").append(",visitors,orders,revenue");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            sb.append(',').append(csv(p(i)));
        }
        sb.append('\n');
        for (int month = 1; month <= 4; month++) {
            for (int day = 1; day <= (daily ? 3 : 1); day++) {
                sb.append(daily ? String.format("2024-%02d-%02d", month, day * 5) : String.format("2024-%02d", month));
                sb.append(',').append(1000 + month).append(',').append(20 + day).append(',').append(2000.5);
                for (int i = 0; i < PAYLOADS.size(); i++) {
                    sb.append(',').append(csv(p(i + month + day)));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Payload i, cyclic. */
    private static String p(int i) {
        return PAYLOADS.get(Math.floorMod(i, PAYLOADS.size()));
    }

    /** YAML double-quoted. */
    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r") + "\"";
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
