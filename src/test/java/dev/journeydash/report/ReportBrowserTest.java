package dev.journeydash.report;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.engines.EngineAvailability;
import dev.journeydash.report.browser.HeadlessChromium;
import dev.journeydash.report.browser.HtmlCheck;
import dev.journeydash.report.browser.Page;
import dev.journeydash.report.browser.Screenshots;
import dev.journeydash.report.browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML summaries in a real browser (headless Chromium): loaded at desktop and phone widths
 * with no console error, no CSP violation and no request but the page itself; the journey score
 * in the DOM is the computed one; the screenshots are not blank; the phone page does not scroll
 * sideways; printed, the page fits one landscape A4 and one landscape Letter page; the HTML passes
 * the validity check.
 */
class ReportBrowserTest {
    private static HeadlessChromium browser;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        EngineAvailability.requireChromium();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Path report(String template, String data, String name) throws Exception {
        Request.Builder b = Request.builder().template(Path.of(template));
        if (!data.isEmpty()) {
            b.data(Path.of(data));
        }
        Request request = b.build();
        Results results = Journeydash.compute(request);
        Path html = dir.resolve(name + ".html");
        Files.write(html, Journeydash.reportBytes(request, results));
        return html;
    }

    private static String expectedScore(String template, String data) throws Exception {
        Request.Builder b = Request.builder().template(Path.of(template));
        if (!data.isEmpty()) {
            b.data(Path.of(data));
        }
        Request request = b.build();
        Results results = Journeydash.compute(request);
        return Math.round(results.journeyScore(Journeydash.shownPeriod(request, results)) * 100) + " %";
    }

    @ParameterizedTest
    @CsvSource({"templates/ecommerce.yaml, sample-data/ecommerce.csv, ecommerce",
            "templates/saas.yaml, sample-data/saas.csv, saas",
            "src/test/resources/exports/shopify-orders/journey.yaml, '', shopify"})
    void theSummaryLoadsCleanlyAtDesktopAndPhoneWidths(String template, String data, String name) throws Exception {
        Path html = report(template, data, name);
        String score = expectedScore(template, data);
        for (Viewport v : List.of(Viewport.DESKTOP, Viewport.PHONE)) {
            try (Page page = browser.load(html, v)) {
                assertThat(page.errors()).as(name + " at " + v + ": console errors and exceptions").isEmpty();
                assertThat(page.cspViolations()).as("CSP violations").isEmpty();
                assertThat(page.externalRequests()).as("requests other than the page and data: URLs").isEmpty();
                assertThat(page.eval("document.querySelector('#journey-score .big').textContent")).isEqualTo(score);
                assertThat(page.eval("document.querySelectorAll('.flow > li').length"))
                        .isEqualTo(page.eval("document.querySelectorAll('.stage-detail').length"));
                assertThat(page.eval("document.querySelectorAll('svg').length")).isNotEqualTo("0");
                assertThat(page.overflowsHorizontally()).as(name + " at " + v + " scrolls sideways (width "
                        + page.scrollWidth() + ")").isFalse();
                byte[] png = page.screenshot();
                assertThat(Screenshots.census(png).blank()).as(name + " screenshot at " + v).isFalse();
            }
        }
    }

    /** Every built-in journey's summary, printed on landscape A4 (11.69 x 8.27 in) and Letter (11 x 8.5 in). */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> journeysAndPapers() {
        return java.util.stream.Stream.of("ecommerce", "saas", "b2b-pipeline", "mobile-app", "marketplace", "subscription-box",
                        "customer-support", "agency")
                .flatMap(j -> java.util.stream.Stream.of(org.junit.jupiter.params.provider.Arguments.of(j, "a4", 11.69, 8.27),
                        org.junit.jupiter.params.provider.Arguments.of(j, "letter", 11.0, 8.5)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("journeysAndPapers")
    void printedItFitsOneLandscapePage(String journey, String paper, double width, double height) throws Exception {
        Path html = report("templates/" + journey + ".yaml", "sample-data/" + journey + ".csv", "print-" + journey);
        try (Page page = browser.load(html, Viewport.DESKTOP)) {
            Path pdf = dir.resolve(journey + "-" + paper + ".pdf");
            Files.write(pdf, page.pdf(width, height));
            assertThat(pages(pdf)).as(journey + " on " + paper).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "saas"})
    void theHtmlIsValid(String name) throws Exception {
        Path html = report("templates/" + name + ".yaml", "sample-data/" + name + ".csv", "valid-" + name);
        assertThat(HtmlCheck.check(Files.readString(html))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aLabelWithMarkupShowsAsTextAndRunsNothing() throws Exception {
        String yaml = Files.readString(Path.of("templates/ecommerce.yaml"))
                .replace("label: Conversion rate", "label: \"<script>document.title='pwned'</script><img src=x onerror=alert(1)>\"");
        Path template = Files.writeString(dir.resolve("hostile.yaml"), yaml);
        Path html = report(template.toString(), "sample-data/ecommerce.csv", "hostile");
        try (Page page = browser.load(html, Viewport.DESKTOP)) {
            assertThat(page.eval("document.scripts.length + document.images.length")).isEqualTo("0");
            assertThat(page.eval("document.title")).doesNotContain("pwned");
            assertThat(page.eval("document.body.innerText.includes(\"<script>document.title='pwned'</script>\")")).isEqualTo("true");
            assertThat(page.errors()).isEmpty();
            assertThat(page.externalRequests()).isEmpty();
        }
    }

    /** The pages of a PDF, by poppler's pdfinfo (installed by bin/test). */
    private static int pages(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().filter(l -> l.startsWith("Pages:")).map(l -> Integer.parseInt(l.substring(6).strip()))
                .findFirst().orElseThrow();
    }
}
