package dev.journeydash.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --lang}: the workbook's words in the language; an unknown code is a usage error naming the supported ones; refresh keeps the language. */
class LanguageCliTest {
    @TempDir
    Path dir;

    @Test
    void generateWritesTheWorkbookInTheLanguageAndRefreshKeepsIt() throws IOException {
        Path out = dir.resolve("id.xlsx");
        CliRun r = CliRun.of("generate", "--template", "templates/saas.yaml", "--data", "sample-data/saas.csv", "--lang", "id",
                "-o", out.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(sheets(out)).startsWith("Dasbor").contains("Target", "Data", "Tentang");
        CliRun refreshed = CliRun.of("refresh", "--workbook", out.toString(), "--data", "sample-data/saas.csv", "--no-backup", "-q");
        assertThat(refreshed.exit()).as(refreshed.err()).isZero();
        assertThat(sheets(out)).startsWith("Dasbor").contains("Tentang");
        CliRun other = CliRun.of("refresh", "--workbook", out.toString(), "--data", "sample-data/saas.csv", "--lang", "de",
                "--no-backup", "-q");
        assertThat(other.exit()).isEqualTo(3);
        assertThat(other.err()).contains("refresh keeps a workbook's language");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorNamingTheSupportedOnes() {
        CliRun r = CliRun.of("generate", "--template", "templates/saas.yaml", "--data", "sample-data/saas.csv", "--lang", "jv",
                "-o", dir.resolve("x.xlsx").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--lang must be one of en, id, de, fr, es, pt-BR, not jv");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void theReportTakesTheLanguageToo() throws IOException {
        Path out = dir.resolve("r.html");
        CliRun r = CliRun.of("report", "--template", "templates/saas.yaml", "--data", "sample-data/saas.csv", "--lang", "pt-BR",
                "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("<html lang=\"pt-BR\">", "Mapa da jornada");
    }

    private static java.util.List<String> sheets(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            java.util.List<String> out = new java.util.ArrayList<>();
            wb.forEach(s -> out.add(s.getSheetName()));
            return out;
        }
    }
}
