package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Kpi;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfvo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Excel expects of the XML itself, beyond the schemas: read from the parts of the sample
 * workbooks as written, not through POI's model.
 */
class ExcelFidelityTest {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** Every XML part of the workbook, parsed with namespaces, by part name ({@code xl/styles.xml}). */
    static Map<String, Document> parts(byte[] xlsx) throws IOException {
        Map<String, Document> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    parts.put(e.getName(), parse(zip.readAllBytes()));
                }
            }
        }
        return parts;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<Element> elements(Node parent, String ns, String name) {
        NodeList list = parent instanceof Document d ? d.getElementsByTagNameNS(ns, name)
                : ((Element) parent).getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static Map<String, Document> worksheets(Map<String, Document> parts) {
        Map<String, Document> out = new LinkedHashMap<>();
        parts.forEach((name, doc) -> {
            if (name.startsWith("xl/worksheets/")) {
                out.put(name, doc);
            }
        });
        return out;
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void columnsAreInOrderAndDoNotOverlap(Samples sample) throws IOException {
        Map<String, Document> sheets = worksheets(parts(sample.workbook()));
        assertThat(sheets).hasSizeGreaterThan(5);
        for (var e : sheets.entrySet()) {
            long previousMax = 0;
            for (Element col : elements(e.getValue(), MAIN, "col")) {
                long min = Long.parseLong(col.getAttribute("min"));
                long max = Long.parseLong(col.getAttribute("max"));
                assertThat(min).as("%s: <col min=%d max=%d> after a column ending at %d", e.getKey(), min, max, previousMax)
                        .isGreaterThan(previousMax);
                assertThat(max).as("%s: <col min=%d max=%d>", e.getKey(), min, max).isGreaterThanOrEqualTo(min);
                previousMax = max;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void everyChartHasSquareCorners(Samples sample) throws IOException {
        Map<String, Document> parts = parts(sample.workbook());
        int charts = 0;
        for (var e : parts.entrySet()) {
            if (!e.getKey().startsWith("xl/charts/chart")) {
                continue;
            }
            charts++;
            Element space = e.getValue().getDocumentElement();
            List<Element> corners = elements(space, CHART, "roundedCorners");
            assertThat(corners).as(e.getKey() + " roundedCorners").hasSize(1);
            assertThat(corners.get(0).getParentNode()).as(e.getKey()).isSameAs(space);
            assertThat(corners.get(0).getAttribute("val")).as(e.getKey()).isIn("0", "false");
        }
        assertThat(charts).as("charts").isGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void stylesHaveExcelsDefaultFillsAndTheNormalStyle(Samples sample) throws IOException {
        Document styles = parts(sample.workbook()).get("xl/styles.xml");
        List<Element> fills = elements(styles, MAIN, "fill");
        assertThat(elements(fills.get(0), MAIN, "patternFill").get(0).getAttribute("patternType")).isEqualTo("none");
        assertThat(elements(fills.get(1), MAIN, "patternFill").get(0).getAttribute("patternType")).isEqualTo("gray125");
        List<Element> cellStyles = elements(styles, MAIN, "cellStyle");
        assertThat(cellStyles).as("cellStyles").isNotEmpty();
        assertThat(cellStyles).anySatisfy(s -> {
            assertThat(s.getAttribute("name")).isEqualTo("Normal");
            assertThat(s.getAttribute("xfId")).isEqualTo("0");
            assertThat(s.getAttribute("builtinId")).isEqualTo("0");
        });
        Element container = (Element) cellStyles.get(0).getParentNode();
        assertThat(container.getAttribute("count")).isEqualTo(String.valueOf(cellStyles.size()));
    }

    /** A child element's {@code val} attribute. */
    static String val(Element parent, String name) {
        List<Element> found = elements(parent, CHART, name);
        assertThat(found).as(name).hasSize(1);
        return found.get(0).getAttribute("val");
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void theFunnelKeepsRoomForItsWidestLabelInsideTheChart(Samples sample) throws IOException {
        List<Element> funnels = new ArrayList<>();
        parts(sample.workbook()).forEach((name, doc) -> {
            if (name.startsWith("xl/charts/") && elements(doc, CHART, "barDir").stream()
                    .anyMatch(d -> d.getAttribute("val").equals("bar"))) {
                funnels.add(doc.getDocumentElement());
            }
        });
        assertThat(funnels).as("horizontal bar charts").hasSize(1);
        Element plotArea = elements(funnels.get(0), CHART, "plotArea").get(0);
        Element layout = elements(plotArea, CHART, "layout").get(0);
        assertThat(layout.getParentNode()).isSameAs(plotArea);
        List<Element> manual = elements(layout, CHART, "manualLayout");
        assertThat(manual).as("the plot area's manual layout").hasSize(1);
        Element m = manual.get(0);
        // the plot area with its axis labels, from the left edge: what is right of x + w is free
        assertThat(val(m, "layoutTarget")).isEqualTo("outer");
        assertThat(val(m, "xMode")).isEqualTo("edge");
        double right = Double.parseDouble(val(m, "x")) + Double.parseDouble(val(m, "w"));
        // "72,899" in 10-point type takes about a tenth of the chart's width; "9,999,999" about 0.16
        assertThat(right).as("right edge of the plot area").isLessThanOrEqualTo(0.84).isGreaterThan(0.6);
        double bottom = Double.parseDouble(val(m, "y")) + Double.parseDouble(val(m, "h"));
        assertThat(bottom).as("bottom edge of the plot area").isLessThanOrEqualTo(1.0);
    }

    /** The formulas of a sheet's conditional formats, as written: rule formulas and the icon sets' thresholds. */
    static List<String> conditionalFormulas(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (CTConditionalFormatting cf : sheet.getCTWorksheet().getConditionalFormattingArray()) {
            for (CTCfRule rule : cf.getCfRuleArray()) {
                out.addAll(List.of(rule.getFormulaArray()));
                if (rule.isSetIconSet()) {
                    for (CTCfvo cfvo : rule.getIconSet().getCfvoArray()) {
                        out.add(cfvo.getVal());
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void conditionalFormatsReadOnlyCellsOfTheirOwnSheet(Samples sample) throws IOException {
        Results r = sample.results();
        Set<Double> ambers = r.journey().kpis().map(Kpi::amber).collect(Collectors.toSet());
        Pattern absolute = Pattern.compile("\\$([A-Z]+)\\$(\\d+)");
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            XSSFSheet targets = wb.getSheet("Targets");
            int mirrors = 0;
            for (Sheet sheet : wb) {
                for (String formula : conditionalFormulas((XSSFSheet) sheet)) {
                    assertThat(formula).as("%s: conditional format formula", sheet.getSheetName()).doesNotContain("!");
                    Matcher m = absolute.matcher(formula);
                    while (m.find()) {
                        // each fixed cell a format reads mirrors an amber score of the Targets sheet
                        CellReference ref = new CellReference(m.group());
                        Cell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
                        String where = sheet.getSheetName() + "!" + m.group();
                        assertThat(cell.getCellFormula()).as(where).matches("Targets!\\$[A-Z]+\\$\\d+");
                        CellReference source = new CellReference(cell.getCellFormula().substring("Targets!".length()));
                        double amber = targets.getRow(source.getRow()).getCell(source.getCol()).getNumericCellValue();
                        assertThat(cell.getNumericCellValue()).as(where).isEqualTo(amber);
                        assertThat(ambers).as(where).contains(amber);
                        mirrors++;
                    }
                }
            }
            // the stage sheets' fills and traffic lights, and the Dashboard's traffic lights
            assertThat(mirrors).as("amber cells read").isGreaterThanOrEqualTo(3 * (int) r.journey().kpis().count());
        }
    }
}
