package dev.journeydash.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.journeydash.engines.EngineAvailability;

/**
 * The harness itself, on hand-written pages in {@code src/test/resources/report/browser}: each
 * fixture's comment says what it does, and the expectations below come from reading it.
 * One browser serves the whole class.
 */
class HeadlessChromiumTest {

    static final Path DIR = Path.of("src/test/resources/report/browser");

    private static HeadlessChromium chromium;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (EngineAvailability.chromiumAvailable()) chromium = HeadlessChromium.start();
    }

    /** Per test, so that a missing chromium fails (or skips) each test by name rather than the class silently. */
    @BeforeEach
    void requireBrowser() {
        EngineAvailability.requireChromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.close();
    }

    static Viewport[] viewports() {
        return new Viewport[] {Viewport.DESKTOP, Viewport.PHONE};
    }

    @ParameterizedTest
    @MethodSource("viewports")
    void aSelfContainedPageRunsCleanlyAndFetchesNothing(Viewport viewport) throws IOException {
        try (Page page = chromium.load(DIR.resolve("good.html"), viewport)) {
            assertThat(page.console()).as("console").isEmpty();
            assertThat(page.exceptions()).as("exceptions").isEmpty();
            assertThat(page.externalRequests()).as("requests beyond the file and data: URLs").isEmpty();
            assertThat(page.ownRequests()).containsExactly(DIR.toAbsolutePath().resolve("good.html").toUri().toString());
            assertThat(page.eval("document.getElementById('conversion').textContent")).isEqualTo("3.2 %");
            assertThat(page.eval("document.images.length")).isEqualTo("1");
            assertThat(page.eval("document.images[0].naturalWidth")).as("the data: image decoded").isEqualTo("40");
            assertThat(page.eval("window.innerWidth")).isEqualTo(String.valueOf(viewport.width()));
            assertThat(page.overflowsHorizontally()).as("scrollWidth %d", page.scrollWidth()).isFalse();
            byte[] png = page.screenshot();
            Screenshots.assertNotBlank(png, "good.html on the " + viewport.name());
            assertThat(Screenshots.census(png).width()).as("screenshot width in device pixels")
                    .isEqualTo((int) (viewport.width() * viewport.deviceScaleFactor()));
        }
    }

    @Test
    void consoleErrorsAndExceptionsAreReported() throws IOException {
        try (Page page = chromium.load(DIR.resolve("console-errors.html"), Viewport.DESKTOP)) {
            assertThat(page.console()).extracting(ConsoleEntry::level, ConsoleEntry::text)
                    .containsExactly(tuple("log", "just a log line"),
                            tuple("error", "report went wrong: 42"));
            assertThat(page.exceptions()).singleElement().satisfies(e -> {
                assertThat(e.text()).isEqualTo("Error: thrown by the fixture");
                assertThat(e.line()).as("line of the throw in the fixture").isEqualTo(13);
            });
            assertThat(page.errors()).extracting(ConsoleEntry::text)
                    .containsExactly("report went wrong: 42", "Error: thrown by the fixture");
            assertThat(page.cspViolations()).isEmpty();
        }
    }

    @Test
    void externalFetchesAreReportedAndFailWithoutReachingAHost() throws IOException {
        long t0 = System.nanoTime();
        try (Page page = chromium.load(DIR.resolve("external.html"), Viewport.DESKTOP)) {
            assertThat(page.externalRequests()).containsExactlyInAnyOrder("http://192.0.2.1/x.css", "http://192.0.2.1/x.png");
            assertThat(page.errors()).as("each failed load is a console error").extracting(ConsoleEntry::source, ConsoleEntry::url)
                    .containsExactlyInAnyOrder(tuple("network", "http://192.0.2.1/x.css"), tuple("network", "http://192.0.2.1/x.png"));
            assertThat(page.eval("document.images[0].complete && document.images[0].naturalWidth === 0"))
                    .as("the image failed").isEqualTo("true");
        }
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds: the closed proxy port fails at once, no TCP time-out").isLessThan(20);
    }

    @Test
    void aContentSecurityPolicyViolationIsReported() throws IOException {
        try (Page page = chromium.load(DIR.resolve("csp-blocked.html"), Viewport.DESKTOP)) {
            assertThat(page.cspViolations()).singleElement().satisfies(e -> {
                assertThat(e.level()).isEqualTo("error");
                assertThat(e.text()).contains("http://192.0.2.1/blocked.png");
            });
            assertThat(page.externalRequests()).as("Chromium announces the request, then the policy blocks it")
                    .containsExactly("http://192.0.2.1/blocked.png");
        }
    }

    @Test
    void aPageWiderThanThePhoneOverflowsOnThePhoneOnly() throws IOException {
        try (Page phone = chromium.load(DIR.resolve("wide.html"), Viewport.PHONE)) {
            // the root reports 1001 on a mobile viewport (Chromium 156), the body 1000
            assertThat(phone.scrollWidth()).as("the 1000 px strip").isBetween(1000, 1001);
            assertThat(phone.overflowsHorizontally()).isTrue();
        }
        try (Page desktop = chromium.load(DIR.resolve("wide.html"), Viewport.DESKTOP)) {
            assertThat(desktop.scrollWidth()).isEqualTo(1280);
            assertThat(desktop.overflowsHorizontally()).isFalse();
        }
    }

    @Test
    void evalReportsWhatTheExpressionThrows() throws IOException {
        try (Page page = chromium.load(DIR.resolve("good.html"), Viewport.DESKTOP)) {
            assertThat(page.eval("({a: [1, 'x']})")).isEqualTo("{\"a\":[1,\"x\"]}");
            assertThat(page.eval("undefined")).isEqualTo("undefined");
            assertThatThrownBy(() -> page.eval("document.querySelector('#missing').textContent"))
                    .isInstanceOf(IOException.class).hasMessageContaining("TypeError");
        }
    }

    @Test
    void aBlankPageGivesABlankScreenshot(@TempDir Path dir) throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.html"), "<!DOCTYPE html><html lang=\"en\"><meta name=\"viewport\" content=\"width=device-width\"><title>blank</title></html>");
        try (Page page = chromium.load(blank, Viewport.PHONE)) {
            Screenshots.Census c = Screenshots.census(page.screenshot());
            assertThat(c.distinctColours()).isEqualTo(1);
            assertThat(c.blank()).isTrue();
            assertThat(c.width()).as("390 CSS px at scale 2 (without the meta viewport a phone lays out 980 px)").isEqualTo(780);
            assertThat(c.height()).as("at least the viewport, in device pixels").isEqualTo(1688);
        }
    }

    @Test
    void closingKillsTheBrowserAndDeletesItsProfile() throws IOException {
        HeadlessChromium second = HeadlessChromium.start();
        Path dir = second.directory();
        ProcessHandle process = second.process();
        assertThat(Files.isDirectory(dir.resolve("profile"))).isTrue();
        second.close();
        assertThat(process.isAlive()).isFalse();
        assertThat(dir).doesNotExist();
    }

    @Test
    void aBrowserThatDiesAtTheStartIsReportedAndCleanedUp() throws IOException {
        Set<Path> before = chromiumDirs();
        assertThatThrownBy(() -> HeadlessChromium.start(Path.of("/bin/false"), Duration.ofSeconds(30)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("chromium exited with code 1 before opening its DevTools port");
        assertThat(chromiumDirs()).isSubsetOf(before);
    }

    private static Set<Path> chromiumDirs() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("journeydash-chromium-")).collect(Collectors.toSet());
        }
    }

    @Test
    void aMissingFileIsAnError() {
        assertThatThrownBy(() -> chromium.load(DIR.resolve("no-such-page.html"), Viewport.DESKTOP))
                .isInstanceOf(IOException.class).hasMessageContaining("no-such-page.html");
        assertThat(Files.exists(DIR.resolve("no-such-page.html"))).isFalse();
    }
}
