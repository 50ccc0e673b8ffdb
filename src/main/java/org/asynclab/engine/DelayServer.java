package org.asynclab.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The real HTTP server that {@code http} tasks talk to: it listens on the loopback interface only (127.0.0.1, on a
 * port the system picks) and answers {@code GET /delay/<ms>/task/<i>} after {@code ms} milliseconds with a short
 * text body. No thread waits per request: the server's dispatcher parses each request and hands its answer to one
 * scheduler thread, which writes it when it is due (like a server on an event loop), so 10,000 waiting requests
 * cost 10,000 connections and 10,000 timers, not 10,000 threads.
 *
 * <p>For the benchmark it notes, per task, when the request arrived and when its answer was written, on
 * {@link System#nanoTime()}; a request for a task outside {@code [0, tasks)} is answered but not noted.
 */
public final class DelayServer implements AutoCloseable {
    /** The path every request starts with. */
    public static final String PREFIX = "/delay/";
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    /** Connections waiting to be accepted; the system caps it (Linux: net.core.somaxconn, 4,096). */
    private static final int BACKLOG = 4096;
    private static final byte[] BODY = "ok\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final ScheduledExecutorService answers;
    private final long[] received;
    private final long[] written;

    private DelayServer(int tasks) throws IOException {
        received = new long[tasks];
        written = new long[tasks];
        Arrays.fill(received, -1);
        Arrays.fill(written, -1);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        answers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "delay-server-answers");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext(PREFIX, this::handle);
    }

    /**
     * Starts a server on 127.0.0.1 at a free port.
     *
     * @param tasks how many tasks' times to note (0 … n)
     * @throws IOException when the system refuses the socket
     */
    public static DelayServer start(int tasks) throws IOException {
        DelayServer server = new DelayServer(tasks);
        server.server.start();
        return server;
    }

    /** The address it listens on: the loopback address and its port. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The path that asks for an answer after {@code millis} ms for task {@code task}. */
    public static String path(long millis, int task) {
        return PREFIX + millis + "/task/" + task;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        long millis;
        int task;
        try {
            String[] parts = path.substring(PREFIX.length()).split("/", -1);
            millis = Long.parseLong(parts[0]);
            task = parts.length == 3 && parts[1].equals("task") ? Integer.parseInt(parts[2]) : -1;
            if (millis < 0) {
                throw new NumberFormatException("negative delay");
            }
        } catch (RuntimeException bad) {
            answer(exchange, 404, -1);
            return;
        }
        if (task >= 0 && task < received.length) {
            LONGS.setRelease(received, task, arrived);
        }
        try {
            answers.schedule(() -> answer(exchange, 200, task), millis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException closed) {
            exchange.close(); // the server is stopping: the client sees the connection end
        }
    }

    private void answer(HttpExchange exchange, int status, int task) {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            // One request a connection, as the engine asks (Connection: close). A client that keeps connections
            // alive (the code panel's HttpClient sample, run in jshell by the tests) once waited for ever for an
            // answer on a reused connection, its answer written from the scheduler's thread.
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(status, BODY.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(BODY);
            }
        } catch (IOException gone) {
            return; // the client went away (a timeout, a stop): nothing to answer
        }
        if (task >= 0 && task < written.length) {
            LONGS.setRelease(written, task, System.nanoTime());
        }
    }

    /**
     * Asks itself for one answer over a plain socket and waits for it (at most 5 s), so that the JVM's first use of
     * the server's code (class loading, the first compilations: a few hundred ms on a busy machine) is spent before
     * a run's clock starts, not drawn as the first request's wait.
     */
    public void warmUp() {
        try (Socket socket = new Socket()) {
            socket.connect(address(), 5_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + path(0, -1) + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getInputStream().readAllBytes();
        } catch (IOException ignored) {
            // a cold first request is slower, not wrong
        }
    }

    /** When task {@code task}'s request arrived ({@link System#nanoTime()}), or −1. */
    public long receivedNanos(int task) {
        return (long) LONGS.getAcquire(received, task);
    }

    /** When task {@code task}'s answer was written, or −1. */
    public long writtenNanos(int task) {
        return (long) LONGS.getAcquire(written, task);
    }

    /** Stops listening, drops the answers not yet due and closes every connection; returns once it is closed. */
    @Override
    public void close() {
        answers.shutdownNow();
        server.stop(0);
    }
}
