package dev.journeydash.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The expected problems come from reading the fixtures line by line. */
class HtmlCheckTest {

    static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width\"><title>t</title></head>\n<body>\n";

    static List<String> check(String html) {
        return HtmlCheck.check(html).stream().map(HtmlProblem::toString).toList();
    }

    static List<String> checkFixture(String fixture) throws IOException {
        return check(Files.readString(HeadlessChromiumTest.DIR.resolve(fixture)));
    }

    @Test
    void theSelfContainedFixtureIsValid() throws IOException {
        assertThat(checkFixture("good.html")).isEmpty();
        assertThat(checkFixture("wide.html")).isEmpty();
    }

    @Test
    void everyProblemOfTheInvalidFixtureIsFoundOnItsLine() throws IOException {
        assertThat(checkFixture("invalid.html")).containsExactly(
                "<html> has no lang attribute",
                "no <meta name=\"viewport\"> in <head> (phones would show the page zoomed out)",
                "line 9, column 1: duplicate id \"dup\" (first at line 8, column 1)",
                "line 10, column 20: Unexpected EndTag token [</b>] when in state [InBody]",
                "line 10, column 24: Unexpected EndTag token [</i>] when in state [InBody]",
                "line 11, column 1: <img> has no alt attribute",
                "line 11, column 1: external URL chart.png in src of <img> (a self-contained page uses data: URLs)",
                "line 12, column 1: inline event handler onclick on <div>",
                "line 15, column 11: Unexpected EndTag token [</section>] when in state [InBody]");
    }

    @Test
    void externalFetchesAndScriptsAreFound() throws IOException {
        assertThat(checkFixture("external.html")).containsExactly(
                "line 8, column 1: external URL http://192.0.2.1/x.css in href of <link> (a self-contained page uses data: URLs)",
                "line 12, column 1: external URL http://192.0.2.1/x.png in src of <img> (a self-contained page uses data: URLs)");
        assertThat(checkFixture("console-errors.html")).containsExactly("line 10, column 1: <script> (the report needs none)");
    }

    @Test
    void anElementStillOpenAtTheEndIsAnError() {
        assertThat(check(HEAD + "<div>open\n")).containsExactly("line 5, column 1: Unexpected EOF token [] when in state [InBody]");
        assertThat(check(HEAD + "<div>open\n</body></html>\n"))
                .containsExactly("line 5, column 8: Unexpected EndTag token [</body>] when in state [InBody]");
    }

    @Test
    void optionalEndTagsAndSelfClosedSvgAreFine() {
        assertThat(check(HEAD + "<ul><li>a<li>b</ul><p>one<p>two\n<svg viewBox=\"0 0 2 2\"><rect width=\"1\" height=\"1\"/></svg>\n</body></html>"))
                .isEmpty();
    }

    @Test
    void urlsInCssAndSrcsetAreChecked() {
        assertThat(check(HEAD + "<p style=\"background:url('http://192.0.2.1/y.png')\">x</p>\n"
                + "<style>@import 'a.css'; .x { background: url(data:image/png;base64,AA) }</style>\n"
                + "<img alt=\"\" src=\"data:image/png;base64,AA\" srcset=\"data:image/png;base64,AA 1x, big.png 2x\">\n"
                + "<a href=\"#top\">top</a> <a href=\"javascript:void(0)\">js</a>\n</body></html>")).containsExactly(
                "line 4, column 1: external URL http://192.0.2.1/y.png in url(...) in style of <p> (a self-contained page uses data: URLs)",
                "line 5, column 1: external URL a.css in @import in <style> (a self-contained page uses data: URLs)",
                "line 6, column 1: external URL big.png in srcset of <img> (a self-contained page uses data: URLs)",
                "line 7, column 24: javascript: URL in href of <a>");
    }

    @Test
    void srcsetIsSplitAsTheSpecSays() {
        assertThat(HtmlCheck.srcsetUrls("data:image/png;base64,AA 1x, big.png 2x")).containsExactly("data:image/png;base64,AA", "big.png");
        assertThat(HtmlCheck.srcsetUrls("a.png,, b.png 2x,  c.png 480w")).containsExactly("a.png", "b.png", "c.png");
    }

    @Test
    void theHeadMustDeclareDoctypeCharsetTitleAndViewport() {
        assertThat(check("<html><head><title> </title></head><body><p id=\"a\">x</p></body></html>")).containsExactly(
                "no <!DOCTYPE html> before <html>",
                "<html> has no lang attribute",
                "no <title> with text in <head>",
                "no <meta charset> in <head>",
                "no <meta name=\"viewport\"> in <head> (phones would show the page zoomed out)");
    }
}
