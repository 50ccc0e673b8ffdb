package org.asynclab.engine;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;

/**
 * The requests of one {@code http} run, made before its clock starts: for each task the server's address (names
 * resolved up front, as a browser's cache would have them), the bytes of its {@code GET} and the note its phases
 * carry ({@code "GET /delay/530"}). Every request, blocking or not, records its phases here (connect, await the
 * answer, read) and ends as done, failed (with its reason in the last phase's note) or cancelled.
 *
 * <p>It also keeps each task's open connection, so that stopping the run can close them all: a thread blocked in
 * a socket read wakes only when its socket closes.
 */
final class HttpRequests {
    /** Phases of one request: connect, await the answer, read. */
    static final int PHASES = 3;

    private final InetSocketAddress[] addresses;
    private final String[] unreachable;
    private final boolean[] tls;
    private final byte[][] requests;
    private final String[] notes;
    private final long timeoutNanos;
    private final PhaseRecording phases;
    private final Recording recording;
    private final AtomicReferenceArray<Closeable> open;

    private HttpRequests(int n, long timeoutNanos, Recording recording, PhaseRecording phases) {
        addresses = new InetSocketAddress[n];
        unreachable = new String[n];
        tls = new boolean[n];
        requests = new byte[n][];
        notes = new String[n];
        this.timeoutNanos = timeoutNanos;
        this.recording = recording;
        this.phases = phases;
        open = new AtomicReferenceArray<>(n);
    }

    /** The requests of a run on the loopback server at {@code server}: task i waits its own delay, in ms. */
    static HttpRequests local(Workload workload, InetSocketAddress server, long timeoutNanos, Recording recording,
                              PhaseRecording phases) {
        HttpRequests made = new HttpRequests(workload.size(), timeoutNanos, recording, phases);
        String host = server.getAddress().getHostAddress() + ":" + server.getPort();
        for (int task = 0; task < workload.size(); task++) {
            long millis = Math.round(workload.delayNanos(task) / 1e6);
            made.addresses[task] = server;
            made.set(task, host, DelayServer.path(millis, task), "GET " + DelayServer.PREFIX + millis);
        }
        return made;
    }

    /** The requests of a run over {@code urls}, task i fetching URL i; names are resolved now. */
    static HttpRequests urls(HttpTargets targets, long timeoutNanos, Recording recording, PhaseRecording phases) {
        int n = targets.urls().size();
        HttpRequests made = new HttpRequests(n, timeoutNanos, recording, phases);
        Map<String, Object> resolved = new HashMap<>();
        for (int task = 0; task < n; task++) {
            URI url = targets.urls().get(task);
            boolean secure = url.getScheme().toLowerCase(Locale.ROOT).equals("https");
            int port = url.getPort() > 0 ? url.getPort() : secure ? 443 : 80;
            String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
            Object address = resolved.computeIfAbsent(url.getHost(), HttpRequests::resolve);
            if (address instanceof InetAddress ip) {
                made.addresses[task] = new InetSocketAddress(ip, port);
            } else {
                made.unreachable[task] = (String) address;
            }
            made.tls[task] = secure;
            made.set(task, url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : ""), path, "GET " + url);
        }
        return made;
    }

    private static Object resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException unknown) {
            return "unknown host " + host;
        } catch (SecurityException refused) {
            return "may not resolve " + host;
        }
    }

    private void set(int task, String host, String path, String note) {
        requests[task] = ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: AsyncLab\r\n"
                + "Accept: */*\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        notes[task] = note;
    }

    /** The run's clock. */
    long now() {
        return recording.now();
    }

    InetSocketAddress address(int task) {
        return addresses[task];
    }

    /** Why task {@code task} cannot even connect (its host did not resolve), or null. */
    String unreachable(int task) {
        return unreachable[task];
    }

    boolean tls(int task) {
        return tls[task];
    }

    byte[] request(int task) {
        return requests[task];
    }

    long timeoutNanos() {
        return timeoutNanos;
    }

    /** Begins a phase of {@code task}'s request, now. */
    void begin(int task, Phase phase) {
        begin(task, phase, recording.now());
    }

    /**
     * Begins a phase of {@code task}'s request at {@code at} on the run's clock: the first, connect, at the task's
     * start, so that no part of its bar is without a phase (a virtual thread's 4 ms between its start and a second
     * reading of the clock showed as a bar part the legend does not name).
     */
    void begin(int task, Phase phase, long at) {
        phases.begin(task, phase, at, PhaseTimeline.NO_LINE, notes[task]);
    }

    /** The request got an answer: its task finishes, done for a 2xx or 3xx status, failed otherwise. */
    void answered(int task, int status) {
        long at = recording.now();
        if (status >= 200 && status < 400) {
            phases.finish(task, TaskOutcome.DONE, at, notes[task] + " → " + status);
        } else {
            phases.finish(task, TaskOutcome.FAILED, at, notes[task] + " → " + (status < 0 ? "no status line"
                    : "HTTP " + status));
        }
        recording.finish(task, at);
    }

    /** The request failed for {@code reason}: its task finishes as failed, the reason in its last note. */
    void failed(int task, String reason) {
        long at = recording.now();
        phases.finish(task, TaskOutcome.FAILED, at, notes[task] + ": " + reason);
        recording.finish(task, at);
    }

    /** The run stopped during the request: its task ends cancelled and unfinished. */
    void cancelled(int task) {
        phases.finish(task, TaskOutcome.CANCELLED, recording.now(), null);
    }

    /** Keeps {@code connection} as task {@code task}'s, to close on a stop (null once closed). */
    void opened(int task, Closeable connection) {
        open.set(task, connection);
    }

    /** Closes every connection still open, so that each thread blocked on one wakes; never blocks for long. */
    void abort() {
        for (int task = 0; task < open.length(); task++) {
            Closeable connection = open.getAndSet(task, null);
            if (connection != null) {
                try {
                    connection.close();
                } catch (IOException ignored) {
                    // closing is all it can do
                }
            }
        }
    }

    /** The deadline in words, for a timeout's reason. */
    String timeoutText() {
        double seconds = timeoutNanos / 1e9;
        return "timed out after " + (seconds == Math.rint(seconds) ? Long.toString((long) seconds)
                : String.format(Locale.ROOT, "%.3g", seconds)) + " s";
    }

    /**
     * The status of an answer from its first bytes ({@code "HTTP/1.1 200 OK"}), or −1 when they do not start
     * with a status line; the bytes are {@code head[offset … offset + length)}.
     */
    static int status(byte[] head, int offset, int length) {
        int space = -1;
        for (int i = offset; i < offset + length; i++) {
            if (head[i] == ' ') {
                space = i;
                break;
            }
        }
        if (space < offset + 5 || head[offset] != 'H' || space + 4 > offset + length) {
            return -1;
        }
        int status = 0;
        for (int i = space + 1; i < space + 4; i++) {
            if (head[i] < '0' || head[i] > '9') {
                return -1;
            }
            status = status * 10 + head[i] - '0';
        }
        return status;
    }
}
