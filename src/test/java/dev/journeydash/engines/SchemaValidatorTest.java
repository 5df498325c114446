package dev.journeydash.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaValidatorTest {

    @TempDir
    static Path dir;
    static Path valid;

    @BeforeAll
    static void buildValid() throws IOException {
        valid = TestWorkbooks.valid(dir.resolve("valid.xlsx"));
    }

    @Test
    void validWorkbookHasNoProblemsAndEveryPartIsValidated() throws IOException {
        SchemaValidator.Report r = SchemaValidator.validate(valid);

        assertThat(r.problems()).as(r.summary()).isEmpty();
        assertThat(r.isValid()).isTrue();
        assertThat(r.notValidated()).as(r.summary()).isEmpty();
        assertThat(r.validatedParts()).contains("/[Content_Types].xml", "/_rels/.rels", "/docProps/core.xml",
                "/docProps/app.xml", "/xl/workbook.xml", "/xl/_rels/workbook.xml.rels", "/xl/styles.xml",
                "/xl/sharedStrings.xml", "/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml",
                "/xl/tables/table1.xml", "/xl/drawings/drawing1.xml", "/xl/charts/chart1.xml",
                "/xl/comments1.xml", "/xl/drawings/vmlDrawing0.vml");
        assertThat(r.partsValidated()).isEqualTo(r.validatedParts().size()).isEqualTo(17);
        SchemaValidator.assertValid(valid);
    }

    @Test
    void elementOutOfOrderInWorksheetIsReportedWithPartAndLine() throws IOException {
        Path bad = TestWorkbooks.rewriteEntry(valid, dir.resolve("order.xlsx"), "xl/worksheets/sheet1.xml",
                TestWorkbooks::sheetDataBeforeSheetViews);

        SchemaValidator.Report r = SchemaValidator.validate(bad);

        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.part()).isEqualTo("/xl/worksheets/sheet1.xml");
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        });
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("instead of 'x:sheetViews'"));
        assertThatThrownBy(() -> SchemaValidator.assertValid(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("/xl/worksheets/sheet1.xml:");
    }

    @Test
    void poiLineChartWithoutGroupingIsReported() throws IOException {
        Path bad = TestWorkbooks.chartWithoutGrouping(dir.resolve("nogrouping.xlsx"));

        SchemaValidator.Report r = SchemaValidator.validate(bad);

        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.part()).isEqualTo("/xl/charts/chart1.xml"));
        assertThat(r.problems().get(0).message()).contains("Expected element 'c:grouping'").contains("c:lineChart");
    }

    @Test
    void notWellFormedPartIsReported() throws IOException {
        Path bad = TestWorkbooks.rewriteEntry(valid, dir.resolve("broken.xlsx"), "xl/styles.xml",
                s -> s.replace("</styleSheet>", ""));

        SchemaValidator.Report r = SchemaValidator.validate(bad);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.part()).isEqualTo("/xl/styles.xml");
            assertThat(p.message()).startsWith("not well-formed");
        });
    }

    @Test
    void doctypeIsRejected() throws IOException {
        Path bad = TestWorkbooks.rewriteEntry(valid, dir.resolve("doctype.xlsx"), "xl/styles.xml",
                s -> s.replaceFirst("<styleSheet", "<!DOCTYPE styleSheet []><styleSheet"));

        assertThat(SchemaValidator.validate(bad).problems()).singleElement()
                .satisfies(p -> assertThat(p.part()).isEqualTo("/xl/styles.xml"))
                .satisfies(p -> assertThat(p.message()).containsIgnoringCase("DOCTYPE"));
    }

    @Test
    void danglingRelationshipAndContentTypeOverrideAreReported() throws IOException {
        Path step = TestWorkbooks.rewriteEntry(valid, dir.resolve("rel1.xlsx"), "xl/_rels/workbook.xml.rels",
                s -> s.replace("worksheets/sheet2.xml", "worksheets/sheet9.xml"));
        Path bad = TestWorkbooks.rewriteEntry(step, dir.resolve("rel2.xlsx"), "[Content_Types].xml",
                s -> s.replace("</Types>", "<Override PartName=\"/xl/nothing.xml\" ContentType=\"application/xml\"/></Types>"));

        SchemaValidator.Report r = SchemaValidator.validate(bad);

        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.part()).isEqualTo("/xl/_rels/workbook.xml.rels");
            assertThat(p.message()).contains("/xl/worksheets/sheet9.xml");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.part()).isEqualTo("/[Content_Types].xml");
            assertThat(p.message()).contains("/xl/nothing.xml");
        });
    }

    @Test
    void relationshipsPartIsSchemaValidated() throws IOException {
        Path bad = TestWorkbooks.rewriteEntry(valid, dir.resolve("rels-schema.xlsx"), "_rels/.rels",
                s -> s.replaceFirst("<Relationship ", "<Relationship Bogus=\"1\" "));

        assertThat(SchemaValidator.validate(bad).problems()).singleElement().satisfies(p -> {
            assertThat(p.part()).isEqualTo("/_rels/.rels");
            assertThat(p.message()).contains("Bogus");
        });
    }

    @Test
    void corePropertiesAreCheckedByHand() throws IOException {
        Path bad = TestWorkbooks.rewriteEntry(valid, dir.resolve("core.xlsx"), "docProps/core.xml",
                s -> s.replaceFirst(" xsi:type=\"dcterms:W3CDTF\"", ""));

        SchemaValidator.Report r = SchemaValidator.validate(bad);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.part()).isEqualTo("/docProps/core.xml");
            assertThat(p.message()).contains("dcterms:W3CDTF");
        });
    }

    @Test
    void unknownExtensionContentIsNotedKnownExtensionContentIsValidated() throws IOException {
        String x14 = "<extLst><ext uri=\"{05C60535-1F16-4fd2-B633-F4F36F0B64E0}\""
                + " xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
                + "<x14:sparklineGroups xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
                + "<x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Data!B2:B7</xm:f><xm:sqref>E2</xm:sqref>"
                + "</x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>";
        Path unknown = TestWorkbooks.rewriteEntry(valid, dir.resolve("x14.xlsx"), "xl/worksheets/sheet2.xml",
                s -> s.replace("</worksheet>", x14 + "</worksheet>"));

        SchemaValidator.Report ok = SchemaValidator.validate(unknown);

        assertThat(ok.problems()).as(ok.summary()).isEmpty();
        assertThat(ok.notes()).anySatisfy(n -> assertThat(n).startsWith("/xl/worksheets/sheet2.xml")
                .contains("x14").contains("sparklineGroups"));

        // c15 (drawing/2012/chart) is in poi-ooxml-full, so its content inside an extension IS validated
        String c15 = "<extLst><ext uri=\"{x}\" xmlns:c15=\"http://schemas.microsoft.com/office/drawing/2012/chart\">"
                + "<c15:pivotSource><c15:bogus/></c15:pivotSource></ext></extLst>";
        Path known = TestWorkbooks.rewriteEntry(valid, dir.resolve("c15.xlsx"), "xl/worksheets/sheet2.xml",
                s -> s.replace("</worksheet>", c15 + "</worksheet>"));

        assertThat(SchemaValidator.validate(known).problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.part()).isEqualTo("/xl/worksheets/sheet2.xml"))
                .anySatisfy(p -> assertThat(p.message()).contains("c15:pivotSource"));
    }

    @Test
    void markupCompatibilityIgnorableContentIsDroppedOnlyWhenDeclaredIgnorable() throws IOException {
        String ns = " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\"";
        Path ignorable = TestWorkbooks.rewriteEntry(valid, dir.resolve("mc-ok.xlsx"), "xl/worksheets/sheet2.xml",
                s -> s.replaceFirst("<worksheet ", "<worksheet" + ns + " mc:Ignorable=\"x14ac\" ")
                        .replaceFirst("<row ", "<row x14ac:dyDescent=\"0.25\" "));
        Path notIgnorable = TestWorkbooks.rewriteEntry(valid, dir.resolve("mc-bad.xlsx"), "xl/worksheets/sheet2.xml",
                s -> s.replaceFirst("<worksheet ", "<worksheet" + ns + " ")
                        .replaceFirst("<row ", "<row x14ac:dyDescent=\"0.25\" "));

        SchemaValidator.Report ok = SchemaValidator.validate(ignorable);
        assertThat(ok.problems()).as(ok.summary()).isEmpty();
        assertThat(ok.notes()).anySatisfy(n -> assertThat(n).contains("mc:Ignorable").contains("2009/9/ac"));

        assertThat(SchemaValidator.validate(notIgnorable).problems()).singleElement()
                .satisfies(p -> assertThat(p.part()).isEqualTo("/xl/worksheets/sheet2.xml"))
                .satisfies(p -> assertThat(p.message()).contains("dyDescent"));
    }

    @Test
    void alternateContentUsesFallbackWhenChoiceNamespaceIsUnknown() throws IOException {
        String ac = "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<mc:Choice xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\" Requires=\"x14\">"
                + "<x14:whatever/></mc:Choice><mc:Fallback><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\""
                + " bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></mc:Fallback></mc:AlternateContent>";
        Path file = TestWorkbooks.rewriteEntry(valid, dir.resolve("ac.xlsx"), "xl/worksheets/sheet2.xml",
                s -> s.replaceFirst("<pageMargins [^>]*/>", java.util.regex.Matcher.quoteReplacement(ac)));

        SchemaValidator.Report r = SchemaValidator.validate(file);

        assertThat(r.problems()).as(r.summary()).isEmpty();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("mc:Choice"));
    }

    @Test
    void vmlDrawingIsValidated() throws IOException {
        Path bad = TestWorkbooks.rewriteEntry(valid, dir.resolve("vml.xlsx"), "xl/drawings/vmlDrawing0.vml",
                s -> s.replace("ObjectType=\"Note\"", "ObjectType=\"Bogus\""));

        assertThat(SchemaValidator.validate(bad).problems()).singleElement().satisfies(p -> {
            assertThat(p.part()).isEqualTo("/xl/drawings/vmlDrawing0.vml");
            assertThat(p.message()).contains("Bogus");
        });
    }

    @Test
    void messagesAreCompacted() {
        assertThat(SchemaValidator.compact("Expected element 'grouping@http://schemas.openxmlformats.org/drawingml/2006/chart'"
                + " instead of 'ser@http://schemas.openxmlformats.org/drawingml/2006/chart' here"))
                .isEqualTo("Expected element 'c:grouping' instead of 'c:ser' here");
    }
}
