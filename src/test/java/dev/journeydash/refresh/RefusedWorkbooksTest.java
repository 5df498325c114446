package dev.journeydash.refresh;

import dev.journeydash.cli.Main;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.xlsx.StampSheet;
import dev.journeydash.xlsx.TargetsLayout;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks refresh must refuse, each with its exact message, exit code 3, the file byte for
 * byte as it was and no backup written: not made by journeydash, moved layouts, bad cells,
 * damaged, encrypted, old-format and crafted files.
 */
class RefusedWorkbooksTest {
    @TempDir
    static Path dir;
    static Path good;
    static WorkbookLayout layout;

    @BeforeAll
    static void generate() throws Exception {
        good = RefreshFixtures.generate(RefreshFixtures.SAMPLE, dir.resolve("good.xlsx"));
        layout = WorkbookLayout.of(TemplateLoader.load(RefreshFixtures.TEMPLATE), 24, 0);
    }

    /** Runs the refresh command on {@code book}; checks exit code 3, the message, the file unchanged, no backup. */
    private static void refused(Path book, String message) throws Exception {
        byte[] before = Files.readAllBytes(book);
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        long start = System.nanoTime();
        int code = cl.execute("refresh", "--workbook", book.toString(), "--data", RefreshFixtures.SAMPLE.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(code).as(err.toString()).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo(book + ": " + message);
        assertThat(Files.readAllBytes(book)).as("the workbook is untouched").isEqualTo(before);
        String name = book.getFileName().toString();
        assertThat(book.resolveSibling(name.substring(0, name.length() - 5) + ".previous.xlsx")).doesNotExist();
        assertThat(seconds).as("refused within seconds").isLessThan(30);
    }

    private static Path edited(String name, Edit edit) throws Exception {
        Path out = dir.resolve(name + ".xlsx");
        try (XSSFWorkbook wb = RefreshTest.open(good)) {
            edit.apply(wb);
            RefreshTest.write(wb, out);
        }
        return out;
    }

    interface Edit {
        void apply(XSSFWorkbook wb) throws Exception;
    }

    @Test
    void aWorkbookJourneydashDidNotMake() throws Exception {
        Path book = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Budget").createRow(0).createCell(0).setCellValue("Q1");
            wb.getProperties().getCoreProperties().setCreator("Ana");
            RefreshTest.write(wb, book);
        }
        refused(book, "this workbook was not made by journeydash: it has no \"journeydash\" sheet (its creator is \"Ana\"), so "
                + "there is nothing to refresh; make one with journeydash generate");
    }

    @Test
    void aRenamedStageSheet() throws Exception {
        Path book = edited("renamed", wb -> wb.setSheetName(wb.getSheetIndex("1 Awareness"), "Awareness"));
        refused(book, "the workbook lacks the sheet \"1 Awareness\" that journeydash made (renamed or deleted?); it has "
                + "\"Dashboard\", \"Awareness\", \"2 Consideration\", \"3 Purchase\", \"4 Retention\", \"5 Advocacy\", \"Targets\", "
                + "\"Data\", \"About\", \"journeydash\". Give the sheet its name back, or generate a new workbook");
    }

    @Test
    void rowsInsertedAboveAStageTable() throws Exception {
        Path book = edited("rows-inserted", wb -> {
            XSSFSheet s = wb.getSheet("1 Awareness");
            s.shiftRows(0, s.getLastRowNum(), 2);
        });
        int header = layout.stages().headerRow();
        String above;
        try (XSSFWorkbook wb = RefreshTest.open(good)) {
            above = wb.getSheet("1 Awareness").getRow(header - 3).getCell(0).getStringCellValue();
        }
        refused(book, "1 Awareness!A" + header + ": expected \"Period\" (the header of the stage table) here, found \"" + above
                + "\": the generated layout was moved (rows or columns inserted or deleted?), so refresh cannot find its "
                + "cells. Undo that move, or generate a new workbook");
    }

    @Test
    void theTargetsTableMoved() throws Exception {
        Path book = edited("targets-moved", wb -> {
            XSSFSheet s = wb.getSheet(WorkbookLayout.TARGETS);
            s.shiftRows(layout.targets().firstKpiRow() - 1, s.getLastRowNum(), 1);
        });
        int row = layout.targets().kpiRow("unique_visitors");
        refused(book, "Targets!C" + row + ": expected \"unique_visitors\" (the id of the KPI Unique visitors) here, found an "
                + "empty cell: the generated layout was moved (rows or columns inserted or deleted?), so refresh cannot find "
                + "its cells. Undo that move, or generate a new workbook");
    }

    @Test
    void aTargetThatIsNotANumber() throws Exception {
        TargetsLayout t = layout.targets();
        int row = t.periodRow(0);
        int col = t.targetColumn("engagement_rate");
        Path book = edited("bad-target", wb -> wb.getSheet(WorkbookLayout.TARGETS).getRow(row - 1).getCell(col)
                .setCellValue("about 60%"));
        refused(book, "Targets!" + org.apache.poi.ss.util.CellReference.convertNumToColString(col) + row + ": found \"about 60%\"; "
                + "expected a target above 0 for Engagement rate (fix it on the Targets sheet and refresh again)");
    }

    @Test
    void aPeriodTypedAsText() throws Exception {
        int row = layout.data().row(24);
        Path book = edited("text-period", wb -> {
            XSSFSheet data = wb.getSheet(WorkbookLayout.DATA);
            var r = data.getRow(row - 1) != null ? data.getRow(row - 1) : data.createRow(row - 1);
            (r.getCell(0) == null ? r.createCell(0) : r.getCell(0)).setCellValue("Jan 2026");
        });
        refused(book, "Data!A" + row + ": the period \"Jan 2026\" is not a date (typed as text?); type it as a date, as the "
                + "rows above it are, and refresh again");
    }

    @Test
    void aLargeSheetOfTheUsersNamedLikeARawSheet() throws Exception {
        Path book = edited("raw-named", wb -> {
            XSSFSheet notes = wb.createSheet("Raw notes");
            for (int r = 0; r < 200_000; r++) {
                notes.createRow(r).createCell(0).setCellValue(r * 1.5); // about 11 MB of sheet XML
            }
        });
        refused(book, "the sheet \"Raw notes\" is too large to carry through a refresh and is not a raw-data sheet journeydash "
                + "made; rename it (journeydash keeps only its own sheets named \"Raw ...\" out of memory), or move it to "
                + "another workbook");
    }

    @Test
    void aStampOfALaterFormat() throws Exception {
        Path book = edited("later", wb -> wb.getSheet(StampSheet.NAME).getRow(1).getCell(1).setCellValue("9"));
        refused(book, "cannot refresh this workbook: it was made by a later journeydash (stamp format 9, this one reads up "
                + "to 1); refresh it with that version");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path book = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(good, os);
            }
            try (OutputStream out = Files.newOutputStream(book)) {
                fs.writeFilesystem(out);
            }
        }
        refused(book, "the workbook is password-protected (encrypted); journeydash cannot read it: save a copy without a "
                + "password and refresh that");
    }

    @Test
    void anExcel97Workbook() throws Exception {
        Path book = dir.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Dashboard");
            RefreshTest.write(wb, book);
        }
        refused(book, "this is an Excel 97-2003 file (.xls), not a workbook journeydash made (.xlsx)");
    }

    @Test
    void aTruncatedFile() throws Exception {
        byte[] all = Files.readAllBytes(good);
        Path book = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(all, all.length / 2));
        refused(book, "the file is damaged: its zip structure cannot be read (zip END header not found); open it in Excel or "
                + "LibreOffice and save it again, or use the backup");
    }

    @Test
    void aTextFileNamedXlsx() throws Exception {
        Path book = Files.writeString(dir.resolve("notes.xlsx"), "period,revenue\n2024-01,10\n");
        refused(book, "this is not an xlsx workbook (it does not begin as a zip file does): is it damaged, or another kind of "
                + "file?");
    }

    @Test
    void aZipBomb() throws Exception {
        Path book = rewritten("bomb", (name, body, out) -> {
            copy(out, name, body);
            if (name.equals("xl/styles.xml")) {
                out.putNextEntry(new ZipEntry("xl/media/huge.bin"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 300; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
        });
        refused(book, "its part xl/media/huge.bin is 314,572,800 bytes uncompressed; journeydash reads parts of at most "
                + "268,435,456 (a crafted file?)");
    }

    @Test
    void xmlWithEntityExpansion() throws Exception {
        Path book = rewritten("entities", (name, body, out) -> copy(out, name, !name.equals("xl/sharedStrings.xml") ? body
                : ("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + new String(body, StandardCharsets.UTF_8).substring(new String(body, StandardCharsets.UTF_8).indexOf("<sst")))
                        .getBytes(StandardCharsets.UTF_8)));
        refused(book, "its part xl/sharedStrings.xml declares a document type (<!DOCTYPE or <!ENTITY): workbooks never do, "
                + "and entity expansion is refused");
    }

    interface Rewrite {
        void entry(String name, byte[] body, ZipOutputStream out) throws Exception;
    }

    private static void copy(ZipOutputStream out, String name, byte[] body) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        out.write(body);
        out.closeEntry();
    }

    private static Path rewritten(String name, Rewrite rewrite) throws Exception {
        Path out = dir.resolve(name + ".xlsx");
        try (ZipFile zip = new ZipFile(good.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                rewrite.entry(entry.getName(), zip.getInputStream(entry).readAllBytes(), zos);
            }
        }
        return out;
    }
}
