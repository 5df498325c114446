package dev.journeydash.fuzz;

import dev.journeydash.Journeydash;
import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.model.DataSet;
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
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The crashes the fuzzers found, minimized, one test each. The property every test checks: the
 * input is either accepted, and then renders to a workbook that opens, or rejected with an
 * InputException naming the file.
 */
class FuzzRegressionTest {
    private static final String SAMPLE = Fuzz.read(Fuzz.ECOMMERCE_DATA);
    private static final String TEMPLATE = Fuzz.read(Fuzz.ECOMMERCE_TEMPLATE);

    @TempDir
    Path dir;

    // ---- template/ (fixed) ----------------------------------------------------------------------

    /** A formula literal too large for a double loaded as Infinity; rendering it threw NumberFormatException. */
    @Test
    void anInfiniteNumberInAFormulaIsRejectedWhenLoading() {
        String text = TEMPLATE.replace("formula: revenue / orders\n", "formula: revenue / orders * 1e999\n");

        assertThatThrownBy(() -> TemplateLoader.parse("t.yaml", text)).isInstanceOf(InputException.class)
                .hasMessageContaining("t.yaml: line ").hasMessageContaining("\"1e999\" is too large a number");
    }

    /**
     * A measure label given in the short form ({@code sessions: <label>}) escaped the length
     * limit; at 39,521 characters the Data-table header was too long for a cell and POI threw.
     */
    @Test
    void anOverlongMeasureLabelInTheShortFormIsRejectedWhenLoading() {
        String label = "=HYPERLINK(\"http://x\",\"click\")".repeat(1275);
        String text = TEMPLATE.replaceFirst("\n  sessions: [^\n]*\n", "\n  sessions: '" + label + "'\n");
        assertThat(text).contains(label);

        assertThatThrownBy(() -> TemplateLoader.parse("t.yaml", text)).isInstanceOf(InputException.class)
                .hasMessage("t.yaml: line 10: measure \"sessions\": the label is 38,250 characters long; the limit is 255");
    }

    /** A malformed tag made SnakeYAML Engine throw IllegalArgumentException instead of its own YAML exception. */
    @Test
    void aMalformedYamlTagIsAnInputError() {
        assertThatThrownBy(() -> TemplateLoader.parse("t.yaml", "-: !%0")).isInstanceOf(InputException.class)
                .hasMessage("t.yaml: not valid YAML: Tag must not contain leading or trailing spaces."
                        + " (a tag, a word starting with \"!\"?)");
    }

    /** A NUL written as a YAML escape in a measure label made a table header the workbook cannot hold. */
    @Test
    void aControlCharacterInATemplateTextIsRejectedWhenLoading() {
        String text = TEMPLATE.replace("{ label: Product page viewers }", "{ label: \"Product\\0page viewers\" }");

        assertThatThrownBy(() -> TemplateLoader.parse("t.yaml", text)).isInstanceOf(InputException.class)
                .hasMessage("t.yaml: line 13: the text contains the character U+0000, which a workbook cannot hold; remove it");
    }

    /**
     * snakeyaml-engine 2.10 threw IndexOutOfBoundsException when an emoji (a surrogate pair)
     * straddled the end of its 1,024-character read buffer: a valid template failed to load.
     */
    @Test
    void anEmojiAtTheEndOfTheYamlReadBufferLoads() throws InputException {
        for (String prefix : new String[] {"#", "# "}) {
            String text = prefix + "\uD83D\uDE00".repeat(700) + "\n" + TEMPLATE;

            Journey journey = TemplateLoader.parse("t.yaml", text);

            assertThat(journey.name()).isEqualTo("E-commerce customer journey");
        }
    }

    // ---- source/ (not fixed here: outside this change) ------------------------------------------

    /**
     * Not UTF-8 (byte 0xFF), so read again as Windows-1252, which has no character for 0x90:
     * the reader's MalformedText (a RuntimeException) escaped from it (then data.DataReader.read).
     */
    @Test
    void aFileThatIsNeitherUtf8NorWindows1252IsAnInputError() throws Exception {
        Path file = dir.resolve("data.csv");
        byte[] head = (SAMPLE.lines().findFirst().orElseThrow() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] row = "2024-01,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + row.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = (byte) 0x90;
        System.arraycopy(row, 0, bytes, head.length + 2, row.length);
        Files.write(file, bytes);

        assertAcceptedOrInputError(file.toString(), () -> DataSources.read(file, Fuzz.ecommerce(), ReadOptions.DETECT));
    }

    /** A NUL in a long-layout measure name that is not a measure: the extra column's table header broke the XML. */
    @Test
    void aControlCharacterInAnExtraColumnNameGivesAWorkbookThatOpens() throws Exception {
        String text = Fuzz.read(Fuzz.LONG_DATA).replaceFirst("\n2024-01,sessions,", "\n2024-01,se\u0000ssions,");

        renderOrReject("long.csv", text);
    }

    /** The same through a wide header. */
    @Test
    void aControlCharacterInAWideHeaderGivesAWorkbookThatOpens() throws Exception {
        String text = SAMPLE.replaceFirst("\n", ",note\u0001s\n");

        renderOrReject("wide.csv", text);
    }

    /** A text cell over Excel's 32,767 characters: POI threw IllegalArgumentException while rendering. */
    @Test
    void aTextCellLongerThanExcelAllowsIsRejectedOrFitsTheLimit() throws Exception {
        String text = SAMPLE.replaceFirst("\n", ",notes\n").replaceFirst("\n(2024-01,[^\n]*)", "\n$1," + "x".repeat(40_000));

        byte[] workbook = renderOrReject("long-cell.csv", text);

        if (workbook != null) {
            assertEveryTextFitsExcel(workbook);
        }
    }

    /**
     * In the period the dashboard shows, a funnel step over a tiny first step: the ratio is
     * infinite, and the rounding of the funnel chart label threw NumberFormatException on Infinity.
     */
    @Test
    void aFunnelStepOverATinyOneRenders() throws Exception {
        String text = SAMPLE.replaceFirst("\n2025-12,(\\d+),\\d+,", "\n2025-12,$1,4.9E-324,");
        assertThat(text).contains(",4.9E-324,");

        renderOrReject("tiny.csv", text);
    }

    // ---- compute/ (not fixed here: outside this change) -----------------------------------------

    /** round() with a huge number of digits: BigDecimal.setScale threw ArithmeticException. */
    @Test
    void roundWithAHugeNumberOfDigitsComputes() throws Exception {
        Journey journey = TemplateLoader.parse("t.yaml", TEMPLATE.replace("formula: visitors\n", "formula: round(visitors / 7, 1e10)\n"));
        DataSet data = DataSources.parse("d.csv", SAMPLE, journey, ReadOptions.DETECT);

        assertAcceptedOrInputError("t.yaml", () -> Calculator.compute(journey, data));
    }

    /** round(x, 100000) took 1.5 s for 24 periods (10 s at 1e6 digits, minutes at 1e7): a template can hang a run. */
    @Test
    void roundWithManyDigitsIsQuick() throws Exception {
        Journey journey = TemplateLoader.parse("t.yaml", TEMPLATE.replace("formula: visitors\n", "formula: round(visitors / 7, 100000)\n"));
        DataSet data = DataSources.parse("d.csv", SAMPLE, journey, ReadOptions.DETECT);

        long t0 = System.nanoTime();
        Calculator.compute(journey, data);

        assertThat((System.nanoTime() - t0) / 1_000_000).as("milliseconds").isLessThan(500);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void assertAcceptedOrInputError(String file, Fuzz.Call call) throws Exception {
        try {
            call.run();
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith(file);
        }
    }

    /** The workbook's bytes when the data is accepted, null when it is rejected with an InputException. */
    private static byte[] renderOrReject(String file, String text) throws Exception {
        DataSet data;
        try {
            data = DataSources.parse(file, text, Fuzz.ecommerce(), ReadOptions.DETECT);
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith(file);
            return null;
        }
        Results results = Calculator.compute(Fuzz.ecommerce(), data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Journeydash.render(results, RenderOptions.builder().build(), out);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.0001);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(4);
        }
        return out.toByteArray();
    }

    private static void assertEveryTextFitsExcel(byte[] workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue().length()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .isLessThanOrEqualTo(32_767);
                        }
                    }
                }
            }
        }
    }
}
