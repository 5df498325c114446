package dev.journeydash.report.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One WebSocket to the browser endpoint of the Chrome DevTools protocol. Pages are reached through
 * flat sessions ({@code Target.attachToTarget} with {@code flatten: true}): a command names its
 * session, and events are handed to the listener registered for theirs. Every wait has a timeout.
 */
final class CdpConnection implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final Duration timeout;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** sessionId -> listener of (method, params); the browser's own events have the key "". */
    private final Map<String, BiConsumer<String, JsonNode>> listeners = new ConcurrentHashMap<>();
    private volatile Throwable closedBy;

    private CdpConnection(WebSocket socket, Duration timeout, Receiver receiver) {
        this.socket = socket;
        this.timeout = timeout;
        receiver.connection = this;
    }

    /** Connects to {@code ws://127.0.0.1:PORT/devtools/browser/ID}; {@code timeout} bounds every later wait too. */
    static CdpConnection open(URI browserEndpoint, Duration timeout) throws IOException {
        Receiver receiver = new Receiver();
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        try {
            WebSocket socket = client.newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(browserEndpoint, receiver).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new CdpConnection(socket, timeout, receiver);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + browserEndpoint, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to the DevTools endpoint " + browserEndpoint + ": " + e, e);
        }
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Sends {@code method} to the browser ({@code sessionId} null) or to a page's session and waits for its result. */
    JsonNode call(String sessionId, String method, ObjectNode params) throws IOException {
        return await(send(sessionId, method, params), method);
    }

    /** Sends a command without waiting; the future completes with its {@code result} or fails with its error. */
    CompletableFuture<JsonNode> send(String sessionId, String method, ObjectNode params) throws IOException {
        if (closedBy != null) throw new IOException("the DevTools connection is closed: " + closedBy, closedBy);
        long id = nextId.getAndIncrement();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", params == null ? params() : params);
        if (sessionId != null) message.put("sessionId", sessionId);
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        await(socket.sendText(JSON.writeValueAsString(message), true), "sending " + method);
        return result;
    }

    /** Waits for {@code future} at most the connection's timeout. */
    <T> T await(CompletableFuture<T> future, String what) throws IOException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new IOException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no answer to " + what + " within " + timeout.toSeconds() + " s", e);
        }
    }

    Duration timeout() {
        return timeout;
    }

    void listen(String sessionId, BiConsumer<String, JsonNode> listener) {
        listeners.put(sessionId == null ? "" : sessionId, listener);
    }

    void unlisten(String sessionId) {
        listeners.remove(sessionId == null ? "" : sessionId);
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            return; // not JSON: nothing the protocol sends
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> future = pending.remove(message.get("id").asLong());
            if (future == null) return;
            if (message.has("error")) {
                future.completeExceptionally(new IOException(message.get("error").path("message").asText()
                        + " (code " + message.get("error").path("code").asInt() + ")"));
            } else {
                future.complete(message.path("result"));
            }
            return;
        }
        BiConsumer<String, JsonNode> listener = listeners.get(message.path("sessionId").asText(""));
        if (listener != null) listener.accept(message.path("method").asText(), message.path("params"));
    }

    private void closed(Throwable why) {
        closedBy = why;
        IOException e = new IOException("the DevTools connection closed: " + why.getMessage(), why);
        pending.values().forEach(f -> f.completeExceptionally(e));
        pending.clear();
    }

    @Override
    public void close() {
        if (closedBy == null) closed(new IOException("closed by the harness"));
        socket.abort();
    }

    /** Joins the fragments of a text message (screenshots arrive in many) and hands whole messages on. */
    private static final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile CdpConnection connection;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (connection != null) connection.dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (connection != null) connection.closed(new IOException("closed by the browser: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (connection != null) connection.closed(error);
        }
    }
}
