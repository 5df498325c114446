package dev.journeydash.xlsx;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.engines.SchemaValidator;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-commerce sample in the sample brand (templates/examples/brand): the theme part holds the
 * brand's colours and fonts, and styles, tabs, conditional formats, charts and sparklines refer to it.
 */
class BrandedWorkbookTest {
    static final Path BRAND = Path.of("templates/examples/brand/brand.yaml");
    static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static byte[] bytes;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void render() throws Exception {
        Request request = Request.builder().template(Samples.ECOMMERCE.template()).data(Samples.ECOMMERCE.data())
                .brand(BRAND).build();
        Results results = Journeydash.compute(request);
        bytes = Samples.workbook(results, Journeydash.renderOptions(request, results));
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theThemePartHoldsTheBrandsColoursAndFonts() throws Exception {
        Document theme = part("xl/theme/theme1.xml");
        // brand.yaml: primary #1B4965, accent #E07A5F; status fills the defaults; header fill the primary at 15 %
        // over white: 0.15 * 0x1B + 0.85 * 255 = 220.8 -> DD, 0x49 -> 227.7 -> E4, 0x65 -> 231.9 -> E8
        String[][] slots = {{"dk1", "000000"}, {"lt1", "FFFFFF"}, {"dk2", "1B4965"}, {"lt2", "DDE4E8"},
            {"accent1", "1B4965"}, {"accent2", "E07A5F"}, {"accent3", "CCE3F0"}, {"accent4", "F6DDA6"},
            {"accent5", "ECB78C"}, {"accent6", "6B7280"}, {"hlink", "1B4965"}, {"folHlink", "C0392B"}};
        for (String[] slot : slots) {
            Element e = (Element) theme.getElementsByTagNameNS(DRAWING, slot[0]).item(0);
            Element rgb = (Element) e.getElementsByTagNameNS(DRAWING, "srgbClr").item(0);
            assertThat(rgb.getAttribute("val")).as(slot[0]).isEqualTo(slot[1]);
        }
        assertThat(latin(theme, "majorFont")).isEqualTo("DejaVu Serif");
        assertThat(latin(theme, "minorFont")).isEqualTo("Liberation Sans");
        assertThat(((Element) theme.getElementsByTagNameNS(DRAWING, "clrScheme").item(0)).getAttribute("name"))
                .isEqualTo("Northwind Outfitters");
    }

    @Test
    void stylesTabsAndFormatsReferToThemeColours() throws Exception {
        XSSFSheet dashboard = wb.getSheet(WorkbookLayout.DASHBOARD);
        var banner = dashboard.getRow(0).getCell(1).getCellStyle();
        assertThat(banner.getFillForegroundColorColor().getTheme()).as("banner fill: accent1").isEqualTo(4);
        assertThat(banner.getFont().getThemeColor()).as("banner text: lt1 (white)").isEqualTo((short) 0);
        assertThat(banner.getFont().getFontName()).isEqualTo("DejaVu Serif");
        assertThat(banner.getFont().getCTFont().getSchemeArray(0).getVal().toString()).isEqualTo("major");
        assertThat(dashboard.getCTWorksheet().getSheetPr().getTabColor().getTheme()).isEqualTo(4);
        XSSFSheet stage = wb.getSheetAt(1);
        assertThat(stage.getCTWorksheet().getSheetPr().getTabColor().getTheme()).as(stage.getSheetName()).isEqualTo(5);
        // the status fills of the conditional formats: accent3, accent4, accent5
        Document styles = part("xl/styles.xml");
        var dxfs = styles.getElementsByTagName("dxf");
        java.util.Set<String> themes = new java.util.TreeSet<>();
        for (int i = 0; i < dxfs.getLength(); i++) {
            Element bg = (Element) ((Element) dxfs.item(i)).getElementsByTagName("bgColor").item(0);
            if (bg != null) {
                themes.add(bg.getAttribute("theme"));
            }
        }
        assertThat(themes).contains("6", "7", "8");
        // the colour scale of the scores, too
        String sheetXml = new String(entry("xl/worksheets/sheet2.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sheetXml).contains("<color theme=\"8\"/>", "<color theme=\"7\"/>", "<color theme=\"6\"/>");
    }

    @Test
    void chartsAndSparklinesUseSchemeColours() throws Exception {
        XSSFDrawing drawing = wb.getSheet(WorkbookLayout.DASHBOARD).getDrawingPatriarch();
        StringBuilder charts = new StringBuilder();
        for (XSSFChart c : drawing.getCharts()) {
            charts.append(c.getCTChartSpace().xmlText());
        }
        assertThat(charts).contains("<a:schemeClr val=\"accent1\"/>", "<a:schemeClr val=\"accent2\"/>");
        String dashboardXml = new String(entry("xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(dashboardXml).contains("<x14:colorSeries theme=\"5\"/>");
    }

    @Test
    void theLogoSitsInTheBannersTopRightAsTallAsTheBanner() throws Exception {
        XSSFSheet dashboard = wb.getSheet(WorkbookLayout.DASHBOARD);
        XSSFPicture logo = dashboard.getDrawingPatriarch().getShapes().stream().filter(s -> s instanceof XSSFPicture)
                .map(s -> (XSSFPicture) s).findFirst().orElseThrow();
        assertThat(logo.getPictureData().getData())
                .isEqualTo(Files.readAllBytes(Path.of("templates/examples/brand/logo.png")));
        var a = logo.getClientAnchor();
        int last = RenderContext.layoutFor(Samples.ECOMMERCE.results(), 36).dashboard().pageLastColumn();
        assertThat(new int[] {a.getRow1(), a.getRow2(), a.getCol2()}).containsExactly(0, 1, last);
        // 50 pt of banner (32 + 18) less 3 pt above and below: 44 pt = 558,800 EMU tall
        double emuPerPixel = 9525;
        double top = a.getDy1();
        double bottom = 32 * 12700 + a.getDy2();
        assertThat(bottom - top).isEqualTo(44 * 12700);
        double width = 0;
        for (int c = a.getCol1(); c < a.getCol2(); c++) {
            width += dashboard.getColumnWidthInPixels(c) * emuPerPixel;
        }
        width += a.getDx2() - a.getDx1();
        // the logo is 256 x 96 pixels: 558,800 * 256 / 96 = 1,490,133 EMU wide, give or take rounding
        assertThat(width).isCloseTo(1_490_133, org.assertj.core.data.Offset.offset(2.0 * emuPerPixel));
    }

    @Test
    void pagesCarryTheBrandsHeaderAndFooterAndTheClientsName() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                continue;
            }
            assertThat(s.getHeader().getCenter()).as(s.getSheetName()).isEqualTo("Northwind Outfitters - confidential");
            assertThat(s.getFooter().getCenter()).as(s.getSheetName())
                    .isEqualTo("Prepared by Example Consulting for the monthly review");
        }
        assertThat(wb.getSheet(WorkbookLayout.DASHBOARD).getRow(0).getCell(1).getStringCellValue())
                .isEqualTo("Northwind Outfitters \u2013 E-commerce customer journey");
    }

    @Test
    void currencyFollowsTheNumberWithTheBrandsSymbol() {
        var formats = wb.getStylesSource().getNumberFormats().values();
        assertThat(formats).contains("#,##0.00\" \u20ac\"").noneMatch(f -> f.contains("$"));
    }

    @Test
    void theBrandedWorkbookIsSchemaValid(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("branded.xlsx");
        Files.write(file, bytes);
        SchemaValidator.Report report = SchemaValidator.assertValid(file);
        assertThat(report.validatedParts()).contains("/xl/theme/theme1.xml");
        assertThat(report.notValidated()).noneMatch(s -> s.part().contains("theme"));
    }

    @Test
    void theDefaultWorkbookHasASchemaValidThemeToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("default.xlsx");
        Files.write(file, Samples.ECOMMERCE.workbook());
        SchemaValidator.assertValid(file);
        Document theme = parse(zipEntry(Files.readAllBytes(file), "xl/theme/theme1.xml"));
        assertThat(latin(theme, "minorFont")).isEqualTo("Calibri");
    }

    private static String latin(Document theme, String font) {
        Element f = (Element) theme.getElementsByTagNameNS(DRAWING, font).item(0);
        return ((Element) f.getElementsByTagNameNS(DRAWING, "latin").item(0)).getAttribute("typeface");
    }

    private static Document part(String name) throws Exception {
        return parse(entry(name));
    }

    private static byte[] entry(String name) throws IOException {
        return zipEntry(bytes, name);
    }

    private static Document parse(byte[] xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no part " + name);
    }
}
