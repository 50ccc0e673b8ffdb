package org.asynclab.lesson;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server that answers {@code GET /delay/<ms>} after {@code ms}, as AsyncLab's DelayServer does, and
 * notes the order of what it saw: "in" when a request arrived, "out" when its answer left, per path. The
 * order tells requests sent one after the other (in, out, in, out) from requests sent together (in, in, in, out …)
 * without a clock, however loaded the machine.
 */
final class RecordingServer implements AutoCloseable {
    private static final byte[] BODY = "ok\n".getBytes(StandardCharsets.US_ASCII);
    private final HttpServer server;
    private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor();
    private final List<String> events = new ArrayList<>();

    RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/delay/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** What happened to the requests for {@code path}, in order: "in" and "out". */
    synchronized List<String> events(String path) {
        return events.stream().filter(e -> e.endsWith(" " + path)).map(e -> e.split(" ")[0]).toList();
    }

    private synchronized void note(String event, String path) {
        events.add(event + " " + path);
    }

    private void handle(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        note("in", path);
        long millis = Long.parseLong(path.substring("/delay/".length()));
        answers.schedule(() -> answer(exchange, path), millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Answers, noting "out" first: noted after the write, a pool's worker that got the answer could send its next
     * request, and the server note its "in", before this thread noted the "out" (a pool of two read as three
     * requests held at once, in a fresh clone's suite).
     */
    private void answer(HttpExchange exchange, String path) {
        note("out", path);
        try (exchange) {
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(BODY);
            }
        } catch (IOException gone) {
            note("gone", path);
        }
    }

    @Override
    public void close() {
        answers.shutdownNow();
        server.stop(0);
    }
}
