package dev.journeydash.refresh;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.io.Output;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Progress;
import dev.journeydash.model.Stage;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A new template's pain points come through a refresh, and pain points it drops do not stay behind. */
class RefreshPainPointsTest {
    @TempDir
    Path dir;

    /** The e-commerce template without its pain points (every "pain_points:" block cut out). */
    private Path withoutPainPoints() throws Exception {
        StringBuilder out = new StringBuilder();
        boolean inBlock = false;
        for (String line : Files.readAllLines(RefreshFixtures.TEMPLATE)) {
            if (line.startsWith("    pain_points:")) {
                inBlock = true;
            } else if (!(inBlock && line.startsWith("      - "))) {
                inBlock = false;
                out.append(line).append('\n');
            }
        }
        Path t = Files.writeString(dir.resolve("ecommerce.yaml"), out);
        assertThat(TemplateLoader.load(t).stages()).allSatisfy(st -> assertThat(st.painPoints()).isEmpty());
        return t;
    }

    private static Path generate(Path template, Path out) throws Exception {
        Journeydash.generate(Request.of(template, RefreshFixtures.SAMPLE), Output.file(out), Progress.NONE);
        return out;
    }

    private static Refreshed refresh(Path workbook, Path template) throws Exception {
        return Journeydash.refresh(workbook, Request.builder().template(template).data(RefreshFixtures.SAMPLE).build(),
                false, Progress.NONE);
    }

    @Test
    void aTemplateThatAddsThemRefreshesIntoTheWorkbookItWouldGenerate() throws Exception {
        Path before = withoutPainPoints();
        Path book = generate(before, dir.resolve("book.xlsx"));
        Path withThem = Files.copy(RefreshFixtures.TEMPLATE, Files.createDirectory(dir.resolve("new")).resolve("ecommerce.yaml"));

        Refreshed r = refresh(book, withThem);

        assertThat(r.templateChanges()).containsExactly("stage \"awareness\": 2 pain points added",
                "stage \"consideration\": 3 pain points added", "stage \"purchase\": 3 pain points added",
                "stage \"retention\": 2 pain points added", "stage \"advocacy\": 2 pain points added");
        try (XSSFWorkbook wb = new XSSFWorkbook(book.toFile())) {
            assertThat(texts(wb.getSheet("3 Purchase"))).contains("Pain points",
                    "\u2022 Checkout asks to create an account before paying\n"
                            + "\u2022 Card payments declined by 3-D Secure with no second option\n"
                            + "\u2022 Discount codes rejected without saying why");
            assertThat(texts(wb.getSheet(WorkbookLayout.ABOUT))).contains("\u2022 No tracking link until the parcel has left the"
                    + " warehouse\n\u2022 Returns need an email to support instead of a form");
        }
        Path fresh = generate(withThem, dir.resolve("fresh.xlsx"));
        // part by part: the zip entries' times are not the same
        assertThat(parts(book)).as("refreshed = generated from the new template").isEqualTo(parts(fresh));
    }

    @Test
    void aTemplateThatDropsThemLeavesNoneBehindButTheUsersNotesStay() throws Exception {
        Path book = generate(RefreshFixtures.TEMPLATE, dir.resolve("book.xlsx"));
        Journey made = TemplateLoader.load(RefreshFixtures.TEMPLATE);
        WorkbookLayout layout = WorkbookLayout.of(made, 1, 0);
        int column = layout.stages().painPointsColumn("awareness");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            // the user's note beside the pain points, in a cell journeydash leaves empty
            wb.getSheet("1 Awareness").getRow(0).createCell(column + 4).setCellValue("Ask the agency about the ads");
            RefreshTest.write(wb, book);
        }
        Path without = Files.copy(withoutPainPoints(), Files.createDirectory(dir.resolve("new")).resolve("ecommerce.yaml"));

        Refreshed r = refresh(book, without);

        assertThat(r.templateChanges()).contains("stage \"consideration\": 3 pain points removed");
        try (XSSFWorkbook wb = new XSSFWorkbook(book.toFile())) {
            for (Stage st : made.stages()) {
                XSSFSheet sheet = wb.getSheet(layout.stageSheet(st.id()));
                List<String> texts = texts(sheet);
                assertThat(texts).as(st.id()).doesNotContain("Pain points")
                        .noneMatch(t -> t.startsWith("\u2022"));
                assertThat(sheet.getMergedRegions()).as(st.id()).isEmpty();
            }
            assertThat(texts(wb.getSheet("1 Awareness"))).contains("Ask the agency about the ads");
            assertThat(texts(wb.getSheet(WorkbookLayout.ABOUT))).noneMatch(t -> t.startsWith("\u2022"));
        }
    }

    /** The workbook's zip entries, name to content. */
    private static java.util.Map<String, String> parts(Path xlsx) throws Exception {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> out = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !c.getStringCellValue().isEmpty()) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }
}
