package dev.journeydash;

import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workbook's texts from the brand's Freemarker snippets, as the report's: the Dashboard's
 * title (title.ftl) and the friction points' insight sentences on About (insight.ftl), the
 * built-in ones by default, a brand folder's over them, a hostile one refused with nothing written.
 */
class WorkbookSnippetsTest {
    @TempDir
    Path dir;

    private Request request(Path brand) {
        return Request.builder().template(Samples.ECOMMERCE.template()).data(Samples.ECOMMERCE.data()).brand(brand).build();
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    private XSSFWorkbook generate(Request request) throws Exception {
        Path out = dir.resolve("w.xlsx");
        Journeydash.generate(request, Output.file(out), Progress.NONE);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theBuiltInSnippetsGiveTheTitleAndTheReportsInsightSentences() throws Exception {
        Request request = request(null);
        Results results = Journeydash.compute(request);
        String html = new String(Journeydash.reportBytes(request, results), java.nio.charset.StandardCharsets.UTF_8);
        try (XSSFWorkbook wb = generate(request)) {
            assertThat(wb.getSheet(WorkbookLayout.DASHBOARD).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Demo Store \u2013 E-commerce customer journey");
            List<String> about = texts(wb.getSheet(WorkbookLayout.ABOUT));
            int at = about.indexOf("Insights, Dec 2025: the friction points of the period shown when the workbook was made "
                    + "(the Dashboard's follow its period selector)");
            assertThat(at).isPositive();
            List<String> sentences = about.subList(at + 1, at + 1 + results.frictionPoints(results.periodCount() - 1).size());
            // worked out from the sample: conversion 1.65 % against its 2.50 % target is (1.65 - 2.50) / 2.50 = 34 % below
            assertThat(sentences.get(0)).startsWith("Conversion rate 1.65 % is 34 % below its 2.50 % target");
            for (String s : sentences) {
                assertThat(html).as("the report's sentence too").contains(s);
            }
        }
    }

    @Test
    void aBrandFolderOverridesTheTitleAndTheInsights() throws Exception {
        Path brand = Files.writeString(dir.resolve("brand.yaml"), "client: Toko Maju\n");
        Files.writeString(dir.resolve("title.ftl"), "${journey?upper_case} for ${client}");
        Files.writeString(dir.resolve("insight.ftl"), "Look at ${kpi.label} (${kpi.valueText})");
        try (XSSFWorkbook wb = generate(request(brand))) {
            assertThat(wb.getSheet(WorkbookLayout.DASHBOARD).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("E-COMMERCE CUSTOMER JOURNEY for Toko Maju");
            assertThat(texts(wb.getSheet(WorkbookLayout.ABOUT))).contains("Look at Conversion rate (1.65 %)");
        }
    }

    @Test
    void aHostileSnippetIsRefusedWithItsFileAndNothingIsWritten() throws IOException {
        Path brand = Files.writeString(dir.resolve("brand.yaml"), "client: X\n");
        Files.writeString(dir.resolve("title.ftl"), "${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
        Path out = dir.resolve("never.xlsx");

        assertThatThrownBy(() -> Journeydash.generate(request(brand), Output.file(out), Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("title.ftl");
        assertThat(out).doesNotExist();
    }
}
