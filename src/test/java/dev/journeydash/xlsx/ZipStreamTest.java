package dev.journeydash.xlsx;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.bench.SyntheticData;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Progress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The zip the workbook is written as: standard (three readers agree), and the same bytes on any number of threads. */
class ZipStreamTest {
    @TempDir
    static Path dir;
    private static Results results;

    @BeforeAll
    static void rawRows() throws Exception {
        Path template = dir.resolve("bench.yaml");
        Path csv = dir.resolve("bench.csv");
        Files.writeString(template, SyntheticData.template());
        // about 5 MB of raw sheet XML: several blocks
        SyntheticData.csv(csv, 10_000);
        results = Journeydash.compute(Request.of(template, csv));
    }

    private static byte[] workbook(int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookWriter.write(results, RenderOptions.builder().build(), out, Progress.NONE, wb -> { }, threads);
        return out.toByteArray();
    }

    /** Every entry's name and uncompressed bytes, as java.util.zip's streaming reader (which reads the data descriptors) sees them. */
    private static Map<String, byte[]> streamed(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    @Test
    void aRawRowsWorkbookIsTheSameBytesOnOneTwoAndFourThreadsAndOpensInEveryReader() throws IOException {
        byte[] one = workbook(1);
        assertThat(workbook(2)).as("2 threads").isEqualTo(one);
        assertThat(workbook(4)).as("4 threads").isEqualTo(one);

        Map<String, byte[]> parts = streamed(one);
        Path file = dir.resolve("raw.xlsx");
        Files.write(file, one);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).as("central directory").containsExactlyElementsOf(parts.keySet());
            for (String name : names) {
                assertThat(zip.getInputStream(zip.getEntry(name)).readAllBytes()).as(name).isEqualTo(parts.get(name));
            }
        }
        String raw = parts.entrySet().stream().filter(e -> e.getValue().length > 1 << 20).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        assertThat(parts.get(raw).length).as("raw sheet spans several blocks").isGreaterThan(3 * BlockDeflater.BLOCK_SIZE);
        assertThat(new String(parts.get(raw), StandardCharsets.UTF_8)).endsWith("</worksheet>").contains("<row r=\"10001\">");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(one))) {
            XSSFSheet sheet = wb.getSheet("Raw data");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(10_000);
            assertThat(sheet.getRow(10_000).getCell(3).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void smallAndEmptyEntriesAndAnEmptyArchive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipStream z = new ZipStream(out);
        z.entry("empty.xml", 6, 1).close();
        OutputStream e = z.entry("xl/ünï.xml", 6, 4);
        e.write("<a/>".getBytes(StandardCharsets.UTF_8));
        e.close();
        z.close();
        assertThat(streamed(out.toByteArray())).containsOnlyKeys("empty.xml", "xl/ünï.xml");
        assertThat(streamed(out.toByteArray()).get("xl/ünï.xml")).isEqualTo("<a/>".getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new ZipStream(none).close();
        assertThat(none.toByteArray()).hasSize(22);
        Path file = dir.resolve("empty.zip");
        Files.write(file, none.toByteArray());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.size()).isZero();
        }
    }

    @Test
    void aSecondEntryWhileOneIsOpenIsABug() throws IOException {
        ZipStream z = new ZipStream(new ByteArrayOutputStream());
        z.entry("a", 1, 1);
        assertThatThrownBy(() -> z.entry("b", 1, 1)).isInstanceOf(IllegalStateException.class).hasMessage("the entry a is still open, b cannot start");
    }
}
