package dev.journeydash.report.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.journeydash.engines.EngineAvailability;
import dev.journeydash.engines.EngineProcess;

/**
 * A headless Debian {@code chromium}, driven over the Chrome DevTools protocol, that loads HTML files
 * and reports what they did ({@link Page}). Start one per test class and load several pages in it:
 * the start costs about a second.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.start();
 *      Page page = chromium.load(Path.of("summary.html"), Viewport.PHONE)) {
 *     assertThat(page.errors()).isEmpty();
 *     assertThat(page.externalRequests()).isEmpty();
 *     assertThat(page.eval("document.querySelector('h1').textContent")).isEqualTo("Journey summary");
 *     assertThat(page.overflowsHorizontally()).isFalse();
 *     Screenshots.assertNotBlank(page.screenshot(), "the summary on a phone");
 * }
 * }</pre>
 *
 * Chromium runs with a fresh profile in a temporary directory, without a sandbox (CI runs as root),
 * and with every http(s) request sent to a proxy on a closed local port, so that a page that tries to
 * fetch something fails at once without reaching any host (the request is still recorded).
 * {@link #close} kills the browser and its children and deletes the directory, also after a failed start.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Bound on every wait: the start, a load, a command. Generous: the machine may be loaded. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final Process process;
    private final CdpConnection cdp;

    private HeadlessChromium(Path root, Process process, CdpConnection cdp) {
        this.root = root;
        this.process = process;
        this.cdp = cdp;
    }

    /**
     * Starts the {@code chromium} on the PATH; a missing one fails the calling test with how to install
     * it, or skips it with {@code -Djourneydash.engines=skip} (as the other engines do).
     */
    public static HeadlessChromium start() throws IOException {
        return start(EngineAvailability.requireChromium(), DEFAULT_TIMEOUT);
    }

    /** Starts {@code executable}; {@code timeout} bounds the start and every later wait. */
    public static HeadlessChromium start(Path executable, Duration timeout) throws IOException {
        Path root = Files.createTempDirectory("journeydash-chromium-");
        Path profile = root.resolve("profile");
        Path log = root.resolve("chromium.log");
        Process process = null;
        try {
            Files.createDirectory(profile);
            process = new ProcessBuilder(command(executable, profile))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            URI endpoint = awaitEndpoint(process, profile.resolve("DevToolsActivePort"), log, timeout);
            return new HeadlessChromium(root, process, CdpConnection.open(endpoint, timeout));
        } catch (IOException | RuntimeException e) {
            if (process != null) EngineProcess.killTree(process);
            EngineProcess.deleteTree(root);
            throw e;
        }
    }

    private static List<String> command(Path executable, Path profile) {
        List<String> c = new ArrayList<>();
        c.add(executable.toString());
        c.add("--headless=new");
        c.add("--no-sandbox");
        c.add("--disable-gpu");
        c.add("--disable-dev-shm-usage");
        c.add("--remote-debugging-port=0");
        c.add("--user-data-dir=" + profile);
        c.add("--no-first-run");
        c.add("--no-default-browser-check");
        c.add("--disable-extensions");
        c.add("--disable-sync");
        c.add("--disable-background-networking");
        c.add("--disable-component-update");
        c.add("--disable-default-apps");
        c.add("--metrics-recording-only");
        c.add("--mute-audio");
        c.add("--hide-scrollbars");
        // no page under test may reach a host: http(s) goes to a closed local port and fails at once
        c.add("--proxy-server=http://127.0.0.1:9");
        c.add("--proxy-bypass-list=<-loopback>");
        c.add("about:blank");
        return c;
    }

    /** Waits for Chromium to write the port and browser path of its DevTools endpoint into its profile. */
    private static URI awaitEndpoint(Process process, Path portFile, Path log, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("chromium exited with code " + process.exitValue() + " before opening its DevTools port:\n"
                        + logTail(log));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting chromium", e);
            }
        }
        throw new IOException("chromium did not open its DevTools port within " + timeout.toSeconds() + " s:\n" + logTail(log));
    }

    private static String logTail(Path log) {
        try {
            String s = Files.readString(log, StandardCharsets.UTF_8).strip();
            return s.length() <= 2000 ? s : "..." + s.substring(s.length() - 2000);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * Opens {@code html} in a new tab laid out in {@code viewport} and waits for its load event (images
     * and stylesheets done, or failed). The page records its console from the first byte on.
     *
     * @throws IOException if the file cannot be opened or the load takes longer than the timeout
     */
    public Page load(Path html, Viewport viewport) throws IOException {
        String url = html.toAbsolutePath().normalize().toUri().toString();
        ObjectNode create = CdpConnection.params();
        create.put("url", "about:blank");
        String targetId = cdp.call(null, "Target.createTarget", create).path("targetId").asText();
        ObjectNode attach = CdpConnection.params();
        attach.put("targetId", targetId);
        attach.put("flatten", true);
        String sessionId = cdp.call(null, "Target.attachToTarget", attach).path("sessionId").asText();
        Page page = new Page(cdp, targetId, sessionId, url, viewport);
        cdp.listen(sessionId, page::onEvent);
        try {
            for (String domain : List.of("Runtime", "Log", "Network", "Page")) cdp.call(sessionId, domain + ".enable", null);
            ObjectNode lifecycle = CdpConnection.params();
            lifecycle.put("enabled", true);
            cdp.call(sessionId, "Page.setLifecycleEventsEnabled", lifecycle);
            emulate(sessionId, viewport);
            ObjectNode navigate = CdpConnection.params();
            navigate.put("url", url);
            JsonNode nav = cdp.call(sessionId, "Page.navigate", navigate);
            if (nav.hasNonNull("errorText")) throw new IOException("cannot open " + url + ": " + nav.get("errorText").asText());
            cdp.await(page.loaded(nav.path("loaderId").asText()), "the load event of " + url);
            return page;
        } catch (IOException | RuntimeException e) {
            try {
                page.close();
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    private void emulate(String sessionId, Viewport viewport) throws IOException {
        ObjectNode metrics = CdpConnection.params();
        metrics.put("width", viewport.width());
        metrics.put("height", viewport.height());
        metrics.put("deviceScaleFactor", viewport.deviceScaleFactor());
        metrics.put("mobile", viewport.mobile());
        cdp.call(sessionId, "Emulation.setDeviceMetricsOverride", metrics);
        ObjectNode touch = CdpConnection.params();
        touch.put("enabled", viewport.mobile());
        cdp.call(sessionId, "Emulation.setTouchEmulationEnabled", touch);
    }

    /** Asks the browser to quit (it takes its children along) and waits a little for it; {@link #close} kills what is left. */
    private void quit() {
        try {
            cdp.send(null, "Browser.close", null);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the connection is gone: kill it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cdp.close();
        }
    }

    /** The temporary directory of the profile and the log; gone after {@link #close}. */
    Path directory() {
        return root;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    /** Kills the browser and every process it started, and deletes its profile directory. */
    @Override
    public void close() {
        try {
            quit();
        } finally {
            EngineProcess.killTree(process);
            EngineProcess.deleteTree(root);
        }
    }
}
