package dev.journeydash.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** --brand on generate and report, a template's brand: key, and a bad brand: exit 3, the file and line, nothing written. */
class BrandOptionTest {
    private static final String TEMPLATE = "templates/ecommerce.yaml";
    private static final String DATA = "sample-data/ecommerce.csv";
    private static final String BRAND = "templates/examples/brand/brand.yaml";

    @Test
    void generateDrawsTheWorkbookInTheBrand(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("branded.xlsx");
        CliRun r = CliRun.of("generate", "-t", TEMPLATE, "-d", DATA, "--brand", BRAND, "-o", out.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).startsWith("Northwind Outfitters");
            assertThat(wb.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void aJpegLogoIsEmbeddedAsJpeg(@TempDir Path dir) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(90, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "jpg", dir.resolve("logo.jpg").toFile());
        Files.writeString(dir.resolve("brand.yaml"), "client: Jay Peg\nlogo: logo.jpg\n");
        Path out = dir.resolve("jpeg.xlsx");
        CliRun r = CliRun.of("generate", "-t", TEMPLATE, "-d", DATA, "--brand", dir.resolve("brand.yaml").toString(), "-o",
                out.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getAllPictures()).singleElement().satisfies(p -> {
                assertThat(p.getMimeType()).isEqualTo("image/jpeg");
                assertThat(p.getData()).isEqualTo(Files.readAllBytes(dir.resolve("logo.jpg")));
            });
        }
    }

    @Test
    void reportShowsTheLogoAndTheBrandsColours(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("branded.html");
        CliRun r = CliRun.of("report", "-t", TEMPLATE, "-d", DATA, "--brand", BRAND, "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        String html = Files.readString(out);
        assertThat(html).contains("<img class=\"logo\" src=\"data:image/png;base64,", "alt=\"Northwind Outfitters\"",
                "width=\"256\" height=\"96\"", "--primary: #1B4965", "\"DejaVu Serif\"",
                // the average order value, 90.30 in the sample's last month, with the brand's symbol after it
                "90.30 \u20ac");
    }

    @Test
    void aTemplateNamesItsBrandAndTheOptionWins(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(TEMPLATE), dir.resolve("t.yaml"));
        Files.writeString(dir.resolve("t.yaml"), "brand: mine.yaml\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("mine.yaml"), "client: Template Brand\n");
        Path out = dir.resolve("t.xlsx");
        CliRun r = CliRun.of("generate", "-t", dir.resolve("t.yaml").toString(), "-d", DATA, "-o", out.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).startsWith("Template Brand \u2013");
        }
        r = CliRun.of("generate", "-t", dir.resolve("t.yaml").toString(), "-d", DATA, "--brand", BRAND, "-o", out.toString(),
                "-q");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).startsWith("Northwind Outfitters");
        }
    }

    @Test
    void aBadBrandExits3WithFileAndLineAndWritesNothing(@TempDir Path dir) throws IOException {
        Path brand = dir.resolve("bad.yaml");
        Files.writeString(brand, "client: Acme\ncolours:\n  primary: navy\n");
        Path out = dir.resolve("out.xlsx");
        Path html = dir.resolve("out.html");
        CliRun r = CliRun.of("generate", "-t", TEMPLATE, "-d", DATA, "--brand", brand.toString(), "-o", out.toString(),
                "--html", html.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(brand + ": line 3: colours: \"primary\" must be a colour written \"#RRGGBB\"")
                .doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
        }
        r = CliRun.of("report", "-t", TEMPLATE, "-d", DATA, "--brand", dir.resolve("missing.yaml").toString(),
                "-o", html.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("missing.yaml: the brand file does not exist");
        assertThat(html).doesNotExist();
    }

    @Test
    void refreshDrawsTheWorkbookInTheBrandItIsGiven(@TempDir Path dir) throws IOException {
        Path toNov = dir.resolve("to-nov.csv");
        Files.write(toNov, Files.readAllLines(Path.of(DATA)).subList(0, 24));
        Path wb = dir.resolve("r.xlsx");
        assertThat(CliRun.of("generate", "-t", TEMPLATE, "-d", toNov.toString(), "--brand", BRAND, "-o", wb.toString(), "-q")
                .exit()).isEqualTo(ExitCodes.OK);
        CliRun r = CliRun.of("refresh", "-w", wb.toString(), "-d", DATA, "--brand", BRAND, "-q");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("added Dec 2025", "0 cells you typed");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(wb))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).startsWith("Northwind Outfitters");
            assertThat(book.getAllPictures()).hasSize(1);
            assertThat(book.getSheetAt(0).getHeader().getCenter()).isEqualTo("Northwind Outfitters - confidential");
        }
    }
}
