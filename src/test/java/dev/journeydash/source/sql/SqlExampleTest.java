package dev.journeydash.source.sql;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.io.Output;
import dev.journeydash.model.Progress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * templates/examples/ecommerce-duckdb.yaml (a DuckDB query over sample-data/ecommerce.csv) gives
 * the workbook that templates/ecommerce.yaml gives with that CSV: every sheet but About (which
 * describes the source) and the hidden stamp (which keeps the template) holds the same formulas, the same cached numbers and the same texts (but the
 * template's file name), cell by cell.
 */
class SqlExampleTest {
    private static final String DOCUMENT_DATE = "2026-01-01T00:00:00Z";

    @Test
    void duckDbExampleGivesTheCsvSampleWorkbookNumbers() throws Exception {
        byte[] csv = workbook(Request.builder().template(Path.of("templates/ecommerce.yaml"))
                .data(Path.of("sample-data/ecommerce.csv")));
        byte[] sql = workbook(Request.builder().template(Path.of("templates/examples/ecommerce-duckdb.yaml")));
        try (XSSFWorkbook a = open(csv); XSSFWorkbook b = open(sql)) {
            List<String> names = new ArrayList<>();
            a.forEach(s -> names.add(s.getSheetName()));
            List<String> other = new ArrayList<>();
            b.forEach(s -> other.add(s.getSheetName()));
            assertThat(other).isEqualTo(names);
            int numbers = 0;
            for (String name : names) {
                if (name.equals("About") || name.equals("journeydash")) {  // the source's description; the template kept
                    continue;
                }
                numbers += compare(a.getSheet(name), b.getSheet(name));
            }
            assertThat(numbers).as("numeric cells compared").isGreaterThan(1000);
        }
    }

    private static int compare(Sheet expected, Sheet actual) {
        int numbers = 0;
        for (Row row : expected) {
            for (Cell cell : row) {
                Row other = actual.getRow(row.getRowNum());
                Cell got = other == null ? null : other.getCell(cell.getColumnIndex());
                String where = expected.getSheetName() + "!" + cell.getAddress();
                assertThat(got).as(where).isNotNull();
                assertThat(got.getCellType()).as(where).isEqualTo(cell.getCellType());
                if (cell.getCellType() == CellType.FORMULA) {
                    assertThat(got.getCellFormula()).as(where).isEqualTo(cell.getCellFormula());
                }
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                if (type == CellType.NUMERIC) {
                    assertThat(got.getNumericCellValue()).as(where).isEqualTo(cell.getNumericCellValue());
                    numbers++;
                } else if (type == CellType.STRING && !cell.getStringCellValue().contains("ecommerce.yaml")) {
                    assertThat(got.getStringCellValue()).as(where).isEqualTo(cell.getStringCellValue());
                }
            }
        }
        return numbers;
    }

    private static byte[] workbook(Request.Builder request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Journeydash.generate(request.documentDate(java.time.Instant.parse(DOCUMENT_DATE)).build(), Output.stream(out),
                Progress.NONE);
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
