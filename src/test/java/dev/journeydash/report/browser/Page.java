package dev.journeydash.report.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page loaded in {@link HeadlessChromium}: what it said on the console, what it threw, what it
 * fetched, and live access to its document ({@link #eval}, {@link #screenshot}) until {@link #close}.
 * Console entries and requests go on being recorded after the load; the getters return a snapshot.
 */
public final class Page implements AutoCloseable {

    private final CdpConnection cdp;
    private final String targetId;
    private final String sessionId;
    private final String url;
    private final Viewport viewport;
    private final List<ConsoleEntry> console = new CopyOnWriteArrayList<>();
    private final List<ConsoleEntry> exceptions = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** loaderId -> completed at that document's load event. */
    private final Map<String, CompletableFuture<Void>> loads = new ConcurrentHashMap<>();

    Page(CdpConnection cdp, String targetId, String sessionId, String url, Viewport viewport) {
        this.cdp = cdp;
        this.targetId = targetId;
        this.sessionId = sessionId;
        this.url = url;
        this.viewport = viewport;
    }

    /** The file:// URL the page was loaded from. */
    public String url() {
        return url;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** {@code console.*} calls and browser log entries (CSP violations among them), in the order they came. */
    public List<ConsoleEntry> console() {
        return List.copyOf(console);
    }

    /** Uncaught exceptions, in the order they were thrown. */
    public List<ConsoleEntry> exceptions() {
        return List.copyOf(exceptions);
    }

    /** Console entries of level error, then the exceptions: empty for a page that runs cleanly. */
    public List<ConsoleEntry> errors() {
        List<ConsoleEntry> errors = new ArrayList<>();
        console.stream().filter(ConsoleEntry::isError).forEach(errors::add);
        errors.addAll(exceptions);
        return errors;
    }

    /** Console entries that report a Content-Security-Policy violation (a blocked fetch, inline script, ...). */
    public List<ConsoleEntry> cspViolations() {
        return console.stream().filter(ConsoleEntry::isCspViolation).toList();
    }

    /**
     * Every URL the page asked the network stack for (Network.requestWillBeSent), in order, repeats
     * kept; a fetch that a Content-Security-Policy then blocks is among them (and in {@link #cspViolations}).
     */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Requests for the page's own file. */
    public List<String> ownRequests() {
        return requests.stream().filter(url::equals).toList();
    }

    /** Requests for {@code data:} URLs (embedded images, fonts). */
    public List<String> dataRequests() {
        return requests.stream().filter(r -> r.startsWith("data:")).toList();
    }

    /** Every other request: for a self-contained page this is empty. */
    public List<String> externalRequests() {
        return requests.stream().filter(r -> !r.equals(url) && !r.startsWith("data:")).toList();
    }

    /**
     * Evaluates {@code jsExpression} in the page (Runtime.evaluate, returned by value; a promise is
     * awaited) and gives its value as text: a string as is, a number or boolean as JavaScript prints
     * it, an object or array as JSON, {@code undefined} as the string "undefined".
     *
     * @throws IOException if the expression throws, with the exception's text
     */
    public String eval(String jsExpression) throws IOException {
        ObjectNode p = CdpConnection.params();
        p.put("expression", jsExpression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonNode result = cdp.call(sessionId, "Runtime.evaluate", p);
        if (result.has("exceptionDetails")) {
            throw new IOException("evaluating " + jsExpression + " threw: " + exceptionText(result.get("exceptionDetails")));
        }
        JsonNode r = result.path("result");
        if (r.path("type").asText().equals("undefined")) return "undefined";
        JsonNode value = r.path("value");
        if (value.isMissingNode()) return r.path("unserializableValue").asText(r.path("description").asText());
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** A PNG of the whole page, beyond the viewport too, at the viewport's device scale factor. */
    public byte[] screenshot() throws IOException {
        JsonNode metrics = cdp.call(sessionId, "Page.getLayoutMetrics", null);
        JsonNode size = metrics.path("cssContentSize");
        ObjectNode clip = CdpConnection.params();
        clip.put("x", 0);
        clip.put("y", 0);
        clip.put("width", Math.max(size.path("width").asDouble(), viewport.width()));
        clip.put("height", Math.max(size.path("height").asDouble(), 1));
        clip.put("scale", 1);
        ObjectNode p = CdpConnection.params();
        p.put("format", "png");
        p.put("captureBeyondViewport", true);
        p.set("clip", clip);
        return Base64.getDecoder().decode(cdp.call(sessionId, "Page.captureScreenshot", p).path("data").asText());
    }

    /**
     * The page printed to PDF (Page.printToPDF) on paper of {@code width} x {@code height} inches,
     * landscape as the page's own {@code @page} rule asks, without the browser's header and footer.
     */
    public byte[] pdf(double width, double height) throws IOException {
        ObjectNode p = CdpConnection.params();
        p.put("paperWidth", width);
        p.put("paperHeight", height);
        p.put("printBackground", true);
        p.put("displayHeaderFooter", false);
        p.put("preferCSSPageSize", false);
        return Base64.getDecoder().decode(cdp.call(sessionId, "Page.printToPDF", p).path("data").asText());
    }

    /** The document's scrollWidth in CSS pixels: wider than {@link Viewport#width()} means horizontal scrolling. */
    public int scrollWidth() throws IOException {
        return Integer.parseInt(eval("Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0)"));
    }

    /** True when the page is wider than its viewport, so that a reader has to scroll sideways. */
    public boolean overflowsHorizontally() throws IOException {
        return scrollWidth() > viewport.width();
    }

    /** Closes the page's tab; the browser stays open for the next page. */
    @Override
    public void close() throws IOException {
        cdp.unlisten(sessionId);
        ObjectNode p = CdpConnection.params();
        p.put("targetId", targetId);
        cdp.call(null, "Target.closeTarget", p);
    }

    String sessionId() {
        return sessionId;
    }

    /** Completed when the document of {@code loaderId} has fired its load event. */
    CompletableFuture<Void> loaded(String loaderId) {
        return loads.computeIfAbsent(loaderId, k -> new CompletableFuture<>());
    }

    /** Records one protocol event of this page's session. */
    void onEvent(String method, JsonNode params) {
        switch (method) {
            case "Runtime.consoleAPICalled" -> console.add(new ConsoleEntry("console-api", level(params.path("type").asText()),
                    argsText(params.path("args")), topFrame(params, "url"), topFrameLine(params)));
            case "Log.entryAdded" -> {
                JsonNode e = params.path("entry");
                console.add(new ConsoleEntry(e.path("source").asText(), e.path("level").asText(), e.path("text").asText(),
                        e.path("url").asText(""), e.path("lineNumber").asInt(-1) + 1));
            }
            case "Runtime.exceptionThrown" -> {
                JsonNode d = params.path("exceptionDetails");
                exceptions.add(new ConsoleEntry("exception", "error", exceptionText(d), d.path("url").asText(""),
                        d.path("lineNumber").asInt(-1) + 1));
            }
            case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asText()
                    + params.path("request").path("urlFragment").asText(""));
            case "Page.lifecycleEvent" -> {
                if (params.path("name").asText().equals("load")) loaded(params.path("loaderId").asText()).complete(null);
            }
            default -> {
                // not recorded
            }
        }
    }

    /** console.error -> error, console.warn -> warning, console.log/info/debug/... -> their own name. */
    private static String level(String consoleType) {
        return switch (consoleType) {
            case "warning", "warn" -> "warning";
            case "assert" -> "error";
            default -> consoleType;
        };
    }

    private static String argsText(JsonNode args) {
        List<String> parts = new ArrayList<>();
        for (JsonNode a : args) {
            JsonNode v = a.path("value");
            parts.add(v.isMissingNode() ? a.path("description").asText(a.path("type").asText()) : v.isTextual() ? v.asText() : v.toString());
        }
        return String.join(" ", parts);
    }

    private static String topFrame(JsonNode params, String field) {
        JsonNode frames = params.path("stackTrace").path("callFrames");
        return frames.isEmpty() ? "" : frames.get(0).path(field).asText("");
    }

    private static int topFrameLine(JsonNode params) {
        JsonNode frames = params.path("stackTrace").path("callFrames");
        return frames.isEmpty() ? 0 : frames.get(0).path("lineNumber").asInt(-1) + 1;
    }

    private static String exceptionText(JsonNode details) {
        String description = details.path("exception").path("description").asText("");
        return description.isEmpty() ? details.path("text").asText() : description.lines().findFirst().orElse(description);
    }
}
