package dev.journeydash.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCliTest {
    private static final String TEMPLATE = "templates/ecommerce.yaml";
    private static final String DATA = "sample-data/ecommerce.csv";

    @TempDir
    Path dir;

    @Test
    void reportWritesOneHtmlFileAndSaysWhere() throws IOException {
        Path html = dir.resolve("summary.html");

        CliRun r = CliRun.of("report", "-t", TEMPLATE, "-d", DATA, "-o", html.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Wrote " + html + " (");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<title>Demo Store");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(html);
        }
    }

    @Test
    void formatJsonWritesTheModel() throws IOException {
        Path json = dir.resolve("model.json");

        CliRun r = CliRun.of("report", "-t", TEMPLATE, "-d", DATA, "--format", "json", "-o", json.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(json)).startsWith("{\n  \"schema\": \"journeydash-model/1\",");
    }

    @Test
    void pngChartsAreTwiceTheirScreenSize() throws IOException {
        Path png = dir.resolve("charts");

        CliRun r = CliRun.of("report", "-t", TEMPLATE, "-d", DATA, "-o", dir.resolve("s.html").toString(), "--png", png.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Wrote 8 charts as PNG into " + png);
        // the funnel: 640 wide, 56 + 34 per step high for 5 steps = 226, times two
        BufferedImage funnel = ImageIO.read(png.resolve("funnel.png").toFile());
        assertThat(funnel.getWidth()).isEqualTo(1280);
        assertThat(funnel.getHeight()).isEqualTo(452);
    }

    @Test
    void generateWritesTheWorkbookAndTheReportsInOneRun() throws IOException {
        Path book = dir.resolve("d.xlsx");
        Path html = dir.resolve("d.html");
        Path json = dir.resolve("d.json");

        CliRun r = CliRun.of("generate", "-q", "-t", TEMPLATE, "-d", DATA, "-o", book.toString(), "--html", html.toString(),
                "--json", json.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(book).isRegularFile();
        assertThat(Files.readString(html)).contains("id=\"journey-score\"");
        assertThat(Files.readString(json)).contains("\"journeyScore\"");
        assertThat(r.out()).contains("Wrote " + book).contains("Wrote " + html).contains("Wrote " + json);
    }

    @Test
    void aWrongOptionIsAUsageErrorAndWritesNothing() throws IOException {
        CliRun format = CliRun.of("report", "-t", TEMPLATE, "-d", DATA, "--format", "pdf", "-o", dir.resolve("x.pdf").toString());
        CliRun extension = CliRun.of("generate", "-q", "-t", TEMPLATE, "-d", DATA, "-o", dir.resolve("d.xlsx").toString(),
                "--html", dir.resolve("d.htm.txt").toString());

        assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("--format must be html or json, not pdf");
        assertThat(extension.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(extension.err()).contains("--html must name a .html file: ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("nothing written, not even the workbook").isEmpty();
        }
    }

    @Test
    void badInputWritesNoReport() throws IOException {
        CliRun r = CliRun.of("report", "-t", "src/test/resources/invalid/templates/target-zero.yaml", "-d", DATA,
                "-o", dir.resolve("s.html").toString(), "--png", dir.resolve("png").toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
