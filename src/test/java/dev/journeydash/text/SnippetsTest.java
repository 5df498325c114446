package dev.journeydash.text;

import dev.journeydash.model.InputException;
import dev.journeydash.text.Snippets.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a consultant's template can do: plain data, escaping, locale formats, brand overrides, includes. */
class SnippetsTest {
    /** The English words the built-in insight sentence takes (the report passes its language's). */
    private static final Map<String, String> INSIGHT_WORDS = dev.journeydash.labels.Labels.english().texts("insight.");

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final Locale DE = Locale.GERMANY;
    private static final Map<String, Object> DATA = Map.of("client", "ACME Store", "journey", "E-commerce",
            "period", "Jun 2025");

    private final Snippets builtIn = Snippets.builtIn();

    private String text(String source, Map<String, ?> data, Locale locale) throws InputException {
        return builtIn.renderSnippet("brand.yaml (title)", source, data, locale, Format.TEXT);
    }

    @Test
    void htmlEscapesEveryValue() throws InputException {
        Map<String, Object> data = Map.of("client", "<script>alert('x')</script> & \"Co\"");

        String html = builtIn.renderSnippet("t", "<h1>${client}</h1>", data, EN, Format.HTML);

        assertThat(html).isEqualTo("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</h1>");
    }

    @Test
    void textDoesNotEscape() throws InputException {
        assertThat(text("${client}", Map.of("client", "<b>A & B</b>"), EN)).isEqualTo("<b>A & B</b>");
    }

    @Test
    void numbersFollowTheLocale() throws InputException {
        Map<String, Object> data = Map.of("n", 1234.5, "big", 1234567L, "rate", 0.0165);
        String source = "${n} ${big} ${rate} ${n?string('0.00')}";

        assertThat(text(source, data, EN)).isEqualTo("1,234.5 1,234,567 0.02 1234.50");
        assertThat(text(source, data, ID)).isEqualTo("1.234,5 1.234.567 0,02 1234,50");
        assertThat(text(source, data, DE)).isEqualTo("1.234,5 1.234.567 0,02 1234,50");
    }

    @Test
    void aTemplateMaySetItsOwnNumberFormatAndLocale() throws InputException {
        Map<String, Object> data = Map.of("n", new BigDecimal("1234.5"));

        assertThat(text("<#setting number_format='0.0'>${n}", data, DE)).isEqualTo("1234,5");
        assertThat(text("<#setting locale='id_ID'>${n}", data, EN)).isEqualTo("1.234,5");
    }

    @Test
    void datesFollowTheLocaleInUtc() throws InputException {
        Map<String, Object> data = Map.of("day", LocalDate.of(2025, 6, 1), "at", Instant.parse("2025-06-01T23:30:00Z"));
        String source = "${day} | ${day?string('d MMMM yyyy')} | ${at?string('yyyy-MM-dd HH:mm')}";

        assertThat(text(source, data, EN)).isEqualTo("Jun 1, 2025 | 1 June 2025 | 2025-06-01 23:30");
        assertThat(text(source, data, ID)).isEqualTo("1 Jun 2025 | 1 Juni 2025 | 2025-06-01 23:30");
    }

    @Test
    void theBuiltInInsightSentence() throws InputException {
        // 1.65 % against 2.50 %: (1.65 - 2.5) / 2.5 = -0.34, 34 % below
        Map<String, Object> kpi = Map.of("label", "Conversion rate", "valueText", "1.65 %", "targetText", "2.50 %",
                "gap", -0.34, "gapText", "34 %", "better", "higher", "wrongWay", 3);

        assertThat(builtIn.render("insight.ftl", Map.of("kpi", kpi, "labels", INSIGHT_WORDS), EN, Format.TEXT))
                .isEqualTo("Conversion rate 1.65 % is 34 % below its 2.50 % target and fell three periods in a row");
    }

    @Test
    void theInsightSentenceOfAKpiWhereLowerIsBetter() throws InputException {
        Map<String, Object> once = Map.of("label", "Cost per order", "valueText", "€12.40", "targetText", "€10.00",
                "gap", 0.24, "gapText", "24 %", "better", "lower", "wrongWay", 1);
        Map<String, Object> long_ = new HashMap<>(once);
        long_.put("wrongWay", 14);
        Map<String, Object> steady = new HashMap<>(once);
        steady.put("wrongWay", 0);

        assertThat(builtIn.render("insight.ftl", Map.of("kpi", once, "labels", INSIGHT_WORDS), EN, Format.TEXT))
                .isEqualTo("Cost per order €12.40 is 24 % above its €10.00 target and rose this period");
        assertThat(builtIn.render("insight.ftl", Map.of("kpi", long_, "labels", INSIGHT_WORDS), EN, Format.TEXT))
                .isEqualTo("Cost per order €12.40 is 24 % above its €10.00 target and rose 14 periods in a row");
        assertThat(builtIn.render("insight.ftl", Map.of("kpi", steady, "labels", INSIGHT_WORDS), EN, Format.TEXT))
                .isEqualTo("Cost per order €12.40 is 24 % above its €10.00 target");
    }

    @Test
    void theBuiltInTitleAndFooter() throws InputException {
        assertThat(builtIn.render("title.ftl", DATA, EN, Format.TEXT)).isEqualTo("ACME Store \u2013 E-commerce");
        assertThat(builtIn.render("footer.ftl", DATA, EN, Format.TEXT))
                .isEqualTo("Generated by journeydash from data through Jun 2025.");
    }

    /** A brand folder with an HTML page that includes one row per KPI. */
    private static Snippets pageWithRows(Path brand) throws IOException, InputException {
        Files.writeString(brand.resolve("page.html.ftl"), "<h1>${client}</h1>\n<table>\n<#list kpis as kpi>\n"
                + "<#include \"kpi-row.html.ftl\">\n</#list>\n</table>\n");
        Files.writeString(brand.resolve("kpi-row.html.ftl"), "<tr><td>${kpi.label}</td><td>${kpi.value}</td></tr>");
        return Snippets.forFolder(brand);
    }

    @Test
    void anIncludedTemplateIsEscapedAsItsIncluder(@TempDir Path brand) throws Exception {
        Map<String, Object> data = new HashMap<>(DATA);
        data.put("kpis", List.of(Map.of("label", "<i>NPS</i>", "value", 42)));

        String html = pageWithRows(brand).render("page.html.ftl", data, EN, Format.HTML);

        assertThat(html).contains("<tr><td>&lt;i&gt;NPS&lt;/i&gt;</td><td>42</td></tr>").contains("<h1>ACME Store</h1>");
    }

    @Test
    void markupMadeByJourneydashIsWrittenAsItIsAndRefusedInText() throws InputException {
        Map<String, Object> data = Map.of("chart", new Markup("<svg><title>a &amp; b</title></svg>"), "label", "<b>");

        assertThat(builtIn.renderSnippet("s", "${chart} ${label}", data, EN, Format.HTML))
                .isEqualTo("<svg><title>a &amp; b</title></svg> &lt;b&gt;");
        assertThatThrownBy(() -> text("${chart}", data, EN)).isInstanceOf(InputException.class);
    }

    @Test
    void aBrandFileOverridesTheBuiltInOneAndMayIncludeItsOwnFiles(@TempDir Path brand) throws Exception {
        Files.writeString(brand.resolve("title.ftl"), "<#include \"parts/name.ftl\"> dashboard");
        Files.createDirectories(brand.resolve("parts"));
        Files.writeString(brand.resolve("parts/name.ftl"), "${client?upper_case}<#include \"../footer.ftl\">");
        Files.writeString(brand.resolve("footer.ftl"), "!");

        Snippets snippets = Snippets.forFolder(brand);

        assertThat(snippets.render("title.ftl", DATA, EN, Format.TEXT)).isEqualTo("ACME STORE! dashboard");
        assertThat(snippets.render("subtitle.ftl", DATA, EN, Format.TEXT)).isEqualTo("E-commerce - data through Jun 2025");
    }

    @Test
    void brandsShareNoTemplates(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("title.ftl"), "A ${client}");
        Files.writeString(b.resolve("title.ftl"), "B ${client}");

        assertThat(Snippets.forFolder(a).render("title.ftl", DATA, EN, Format.TEXT)).isEqualTo("A ACME Store");
        assertThat(Snippets.forFolder(b).render("title.ftl", DATA, EN, Format.TEXT)).isEqualTo("B ACME Store");
        assertThat(Snippets.forFolder(null).render("title.ftl", DATA, EN, Format.TEXT)).isEqualTo("ACME Store \u2013 E-commerce");
    }

    @Test
    void aMissingFolderIsAnInputError(@TempDir Path dir) {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> Snippets.forFolder(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": the brand folder does not exist");
    }

    @Test
    void aMissingTemplateSaysWhereItWasLookedFor(@TempDir Path brand) throws InputException {
        Snippets snippets = Snippets.forFolder(brand);

        assertThatThrownBy(() -> snippets.render("nope.ftl", DATA, EN, Format.TEXT)).isInstanceOf(InputException.class)
                .hasMessage(brand.resolve("nope.ftl") + ": there is no template \"nope.ftl\" in the brand folder "
                        + brand + " or among the built-in templates");
    }

    @Test
    void listsMapsBooleansAndNullsAreData() throws InputException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stages", List.of(Map.of("name", "Awareness", "score", 0.82), Map.of("name", "Purchase", "score", 0.61)));
        data.put("red", true);
        data.put("note", null);
        String source = "<#list stages as s>${s.name} ${s.score?string.percent}<#sep>, </#list>;"
                + " ${red?then('red', 'green')}; ${note!'no note'}";

        assertThat(text(source, data, EN)).isEqualTo("Awareness 82%, Purchase 61%; red; no note");
    }

    @Test
    void aJavaObjectInTheDataIsRefusedBeforeRendering() {
        Map<String, Object> data = Map.of("journey", Map.of("stages", List.of(Map.of("owner", new File("/etc")))));

        assertThatThrownBy(() -> text("${journey}", data, EN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data \"journey.stages[0].owner\" is a java.io.File, not plain data (allowed: maps with text "
                        + "keys, lists, text, numbers, booleans, LocalDate, Instant, Markup and null)");
    }

    @Test
    void otherKindsOfDataThatAreRefused() {
        Map<Object, Object> numberKey = Map.of(1, "one");
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);

        assertThatThrownBy(() -> text("x", Map.of("m", numberKey), EN)).hasMessage(
                "data \"m\" has a key that is not text: a java.lang.Integer; map keys must be strings");
        assertThatThrownBy(() -> text("x", Map.of("c", cycle), EN)).hasMessage("data \"c[0]\" contains itself (a cycle)");
        assertThatThrownBy(() -> text("x", Map.of("d", new java.util.Date(0)), EN))
                .hasMessageStartingWith("data \"d\" is a java.util.Date, not plain data");
        assertThatThrownBy(() -> text("x", Map.of("n", new BigDecimal("1e101")), EN))
                .hasMessageStartingWith("data \"n\" is a java.math.BigDecimal with more than 100 digits");
        assertThatThrownBy(() -> text("x", Map.of("we ird", Map.of("k", new Object())), EN))
                .hasMessageStartingWith("data \"[\"we ird\"].k\" is a java.lang.Object");
    }

    @Test
    void aNameNotInTheDataListsTheNamesThatAre() {
        assertThatThrownBy(() -> text("Hello ${clent}", DATA, EN)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("brand.yaml (title): line 1, column \"9\": \"clent\" "
                        + "is not in the data (known: ").contains("client", "journey", "period"));
    }

    @Test
    void aFieldNotInTheDataListsTheFieldsThatAre() {
        Map<String, Object> data = Map.of("journey", Map.of("name", "E-commerce"));

        assertThatThrownBy(() -> text("${journey.nme}", data, EN))
                .hasMessage("brand.yaml (title): line 1, column \"3\": \"journey.nme\" is not in the data (known: journey.name)");
    }

    /** Found by the fuzzer: a bare {@code <#stop>} came out as "[No error description was available.]". */
    @Test
    void stopSaysWhereTheTemplateStopped() {
        assertThatThrownBy(() -> text("a\n <#stop>", DATA, EN))
                .hasMessage("brand.yaml (title): line 2, column \"2\": the template stopped at <#stop>");
        assertThatThrownBy(() -> text("<#stop \"no data for ${client}\">", DATA, EN))
                .hasMessage("brand.yaml (title): line 1, column \"1\": the template stopped at <#stop>: no data for ACME Store");
    }

    @Test
    void aShorterTimeLimitIsNamedInTheMessage() {
        Snippets quick = builtIn.withTimeLimit(Duration.ofMillis(300));

        assertThatThrownBy(() -> quick.renderSnippet("s", "<#list 1.. as i></#list>", Map.of(), EN, Format.TEXT))
                .hasMessage("s: line 1, column \"1\": rendering took longer than 0.3 s and was stopped in the loop that "
                        + "starts here (or one inside it); look for a <#list> over a huge range");
    }

    /** The place of a time-out does not depend on when it came: the outermost loop running, not the innermost element. */
    @Test
    void aTimeOutNamesTheOutermostLoopRunning() {
        Snippets quick = builtIn.withTimeLimit(Duration.ofMillis(300));
        String nested = "<#macro m>\n  <#list 1.. as i>\n    <#list 1..3 as j>${j}</#list>\n  </#list>\n</#macro>\n<@m/>";

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> quick.renderSnippet("s", nested.replace("${j}", ""), Map.of(), EN, Format.TEXT))
                    .hasMessageStartingWith("s: line 2, column \"3\": rendering took longer than 0.3 s");
        }
    }

    @Test
    void outputUpToTheLimitIsFine() throws InputException {
        String out = text("<#list 1..10000 as i>x</#list>", Map.of(), EN);

        assertThat(out).hasSize(Snippets.MAX_TEXT_CHARS);
    }

    @Test
    void severalThreadsRenderTheSameTemplatesAlike(@TempDir Path brand) throws Exception {
        Snippets snippets = pageWithRows(brand);
        Map<String, Object> data = new HashMap<>(DATA);
        data.put("kpis", List.of(Map.of("label", "NPS", "value", 42), Map.of("label", "CSAT", "value", 4.5)));
        String expected = snippets.render("page.html.ftl", data, EN, Format.HTML);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> outputs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Locale locale = i % 2 == 0 ? EN : DE;
                outputs.add(pool.submit(() -> snippets.render("page.html.ftl", data, locale, Format.HTML)));
            }
            for (int i = 0; i < outputs.size(); i++) {
                assertThat(outputs.get(i).get()).isEqualTo(i % 2 == 0 ? expected : expected.replace("4.5", "4,5"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNonUtf8TemplateFileIsRefused(@TempDir Path brand) throws IOException, InputException {
        Files.write(brand.resolve("title.ftl"), new byte[] {'a', (byte) 0xE9, 'b'});
        Snippets snippets = Snippets.forFolder(brand);

        assertThatThrownBy(() -> snippets.render("title.ftl", DATA, EN, Format.TEXT))
                .hasMessage(brand.resolve("title.ftl") + ": the template is not UTF-8 text; save it as UTF-8");
    }
}
