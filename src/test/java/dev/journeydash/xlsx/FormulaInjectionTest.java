package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.DataSources;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.xlsx.RenderOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from a template or a data file never becomes a formula, whatever it starts with. */
class FormulaInjectionTest {
    static final String[] PAYLOADS = {"=HYPERLINK(\"http://x\",\"click\")", "+SUM(1,1)", "-2+3", "@SUM(1)",
        "=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"};

    @Test
    void payloadsInTemplateTextAndDataColumnsStayText() throws InputException, IOException {
        String yaml = """
            name: '%s'
            client: '%s'
            description: '%s'
            measures:
              visits: { label: '%s' }
              orders: { label: Orders }
            stages:
              - id: buy
                name: '%s'
                description: '%s'
                touchpoints: ['%s', shop]
                kpis:
                  - { id: conversion, label: '%s', description: '%s', formula: orders / visits, format: percent,
                      better: higher, target: 0.02 }
            funnel: [{ measure: visits, label: '%s' }, orders]
            """.formatted(q(0), q(1), q(2), q(3), q(4), q(5), q(6), q(1), q(2), q(0));
        Journey journey = TemplateLoader.parse("evil.yaml", yaml);
        StringBuilder csv = new StringBuilder("period,visits,orders,note,channel\n");
        for (int m = 1; m <= 3; m++) {
            csv.append("2025-0").append(m).append(",1000,20,\"").append(PAYLOADS[m].replace("\"", "\"\"")).append("\",\"")
                    .append(PAYLOADS[m + 3].replace("\"", "\"\"")).append("\"\n");
        }
        Results r = Calculator.compute(journey, DataSources.parse("evil.csv", csv.toString(), journey, ReadOptions.DETECT));
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(Samples.workbook(r, RenderOptions.builder().build()))) {
            List<String> found = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            for (String p : PAYLOADS) {
                                assertThat(cell.getCellFormula()).as(sheet.getSheetName() + " formula").doesNotContain(p.strip());
                            }
                        } else if (cell.getCellType() == CellType.STRING) {
                            for (String p : PAYLOADS) {
                                if (cell.getStringCellValue().contains(p.strip())) {
                                    found.add(sheet.getSheetName() + "!" + cell.getAddress());
                                }
                            }
                        }
                    }
                }
            }
            // every payload arrived, as text: template strings on several sheets, data notes on the Data sheet
            assertThat(found).as("text cells holding a payload").hasSizeGreaterThan(15);
            assertThat(found).anyMatch(a -> a.startsWith("Data!"));
            assertThat(found).anyMatch(a -> a.startsWith("Dashboard!"));
            assertThat(found).anyMatch(a -> a.startsWith("About!"));
        }
    }

    private static String q(int i) {
        return PAYLOADS[i].replace("'", "''").replace("\t", "\\t").replace("\r", "\\r");
    }
}
