package org.asynclab.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import org.asynclab.model.Phase;

/**
 * {@link org.asynclab.model.Mode#EVENT_LOOP} for {@code http} tasks: one thread, non-blocking sockets and a
 * {@link Selector}, like asyncio's streams under {@code aiohttp}. The loop first starts every task (as
 * {@code asyncio.gather} does): each opens a non-blocking socket and begins to connect. Then it waits in the
 * selector for whatever socket is ready, or for the next request's deadline, and moves each request one step:
 * connected → send the request and await the answer; readable → read what came; end of stream → done.
 *
 * <p>Why NIO and not {@code HttpClient.sendAsync}: the client's completions run on its own executor threads, and
 * its connection pool hides when a connection is made; here every step runs on the loop's one thread, and each
 * phase begins exactly when the loop sees it.
 *
 * <p>Like {@code aiohttp}'s connector (100 connections by default), it keeps at most
 * {@link #connectionLimit()} connections open at once; a task beyond that waits for a connection to close before it
 * starts (drawn as waiting). Without the limit, 10,000 requests on a loopback server hold 20,000 sockets in this one
 * process and reach the usual limit of open files: most of them then time out.
 *
 * <p>A stop interrupts the thread, which wakes the selector; every request still open is then cancelled and its
 * socket closed.
 */
final class HttpEventLoopExecutor extends SingleLaneExecutor {
    private static final int HEAD = 64;

    private final HttpRequests http;
    private final SocketChannel[] channels;
    private final ByteBuffer[] unsent;
    private final byte[] heads;
    private final int[] headLengths;
    private final boolean[] reading;
    private final TimerQueue deadlines;
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(16 * 1024);
    private final int maxOpen;
    private int unfinished;
    private int open;
    private int next;

    HttpEventLoopExecutor(RunParts parts, HttpRequests http) {
        super(parts, "event-loop");
        this.http = http;
        int n = parts.tasks();
        channels = new SocketChannel[n];
        unsent = new ByteBuffer[n];
        heads = new byte[n * HEAD];
        headLengths = new int[n];
        reading = new boolean[n];
        deadlines = new TimerQueue(n);
        maxOpen = connectionLimit();
    }

    /**
     * The most connections the loop keeps open: {@code asynclab.httpLoopConnections} when set, else what the
     * process's limit of open files leaves room for (two sockets a request on a loopback server, and a margin for
     * the JVM's own files), at most 4,096.
     */
    static int connectionLimit() {
        Integer chosen = Integer.getInteger("asynclab.httpLoopConnections");
        if (chosen != null && chosen > 0) {
            return chosen;
        }
        long files = 1024;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            files = unix.getMaxFileDescriptorCount();
        }
        return (int) Math.max(16, Math.min(4096, (files - 512) / 2));
    }

    @Override
    void runLane(int lane) {
        Recording recording = parts.recording();
        StopSignal stop = parts.stop();
        try (Selector selector = Selector.open()) {
            for (int task = 0; task < parts.tasks() && !stop.isStopped(); task++) {
                recording.submit(task);
            }
            unfinished = parts.tasks();
            startMore(selector, lane);
            while (unfinished > 0 && !stop.isStopped()) {
                expire();
                startMore(selector, lane);
                long wait = expire(); // again: the tasks just started have deadlines of their own
                if (unfinished == 0) {
                    break;
                }
                selector.select(wait);
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext() && !stop.isStopped()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    step(key, (Integer) key.attachment());
                }
                startMore(selector, lane);
            }
        } catch (ClosedByInterruptException stopped) {
            // the run is stopping: cancelled below
        } catch (IOException broken) {
            throw new IllegalStateException("the event loop's selector failed: " + broken.getMessage(), broken);
        } finally {
            cancelOpen();
        }
    }

    /** Starts the next tasks, in order, while fewer than {@link #maxOpen} connections are open. */
    private void startMore(Selector selector, int lane) {
        while (next < parts.tasks() && open < maxOpen && !parts.stop().isStopped()) {
            firstStep(selector, next++, lane);
        }
    }

    /** A task's first step: start, open a non-blocking socket, begin to connect; its deadline is set. */
    private void firstStep(Selector selector, int task, int lane) {
        long startedAt = parts.recording().start(task, lane);
        http.begin(task, Phase.CONNECT, startedAt);
        if (http.unreachable(task) != null || http.tls(task)) {
            fail(task, http.unreachable(task) != null ? http.unreachable(task)
                    : "https needs TLS, which this event loop does not speak; use another mode");
            return;
        }
        deadlines.push(startedAt + http.timeoutNanos(), task);
        try {
            SocketChannel channel = SocketChannel.open();
            channels[task] = channel;
            open++;
            channel.configureBlocking(false);
            if (channel.connect(http.address(task))) {
                connected(channel.register(selector, 0, task), task);
            } else {
                channel.register(selector, SelectionKey.OP_CONNECT, task);
            }
        } catch (IOException | RuntimeException refused) {
            fail(task, BlockingFetch.reason(refused));
        }
    }

    /** Moves task {@code task}'s request one step, by what its socket is ready for. */
    private void step(SelectionKey key, int task) {
        if (channels[task] == null || !key.isValid()) {
            return;
        }
        try {
            if (key.isConnectable()) {
                if (channels[task].finishConnect()) {
                    connected(key, task);
                }
            } else if (key.isWritable()) {
                send(key, task);
            } else if (key.isReadable()) {
                read(task);
            }
        } catch (IOException | RuntimeException problem) {
            fail(task, BlockingFetch.reason(problem));
        }
    }

    private void connected(SelectionKey key, int task) throws IOException {
        http.begin(task, Phase.AWAIT_ANSWER);
        unsent[task] = ByteBuffer.wrap(http.request(task));
        send(key, task);
    }

    /** Writes what the socket takes of the request; waits to write more, or for the answer once it is all sent. */
    private void send(SelectionKey key, int task) throws IOException {
        channels[task].write(unsent[task]);
        if (unsent[task].hasRemaining()) {
            key.interestOps(SelectionKey.OP_WRITE);
        } else {
            unsent[task] = null;
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    /** Reads what came; the first bytes begin the read phase, the end of the stream finishes the task. */
    private void read(int task) throws IOException {
        scratch.clear();
        int got = channels[task].read(scratch);
        if (got < 0) {
            if (!reading[task]) {
                fail(task, "the server closed the connection without answering");
                return;
            }
            close(task);
            http.answered(task, HttpRequests.status(heads, task * HEAD, headLengths[task]));
            unfinished--;
            return;
        }
        if (!reading[task]) {
            reading[task] = true;
            http.begin(task, Phase.READ);
        }
        int copy = Math.min(got, HEAD - headLengths[task]);
        scratch.flip();
        scratch.get(heads, task * HEAD + headLengths[task], copy);
        headLengths[task] += copy;
    }

    /** Fails the requests past their deadline; returns how long the selector may wait (ms, 0 = no deadline). */
    private long expire() {
        deadlines.settle();
        long now = http.now();
        while (!deadlines.isEmpty() && deadlines.firstDeadline() <= now) {
            int task = deadlines.pop();
            if (channels[task] != null) {
                fail(task, http.timeoutText());
            }
        }
        return deadlines.isEmpty() ? 0 : Math.max(1, (deadlines.firstDeadline() - now + 999_999) / 1_000_000);
    }

    private void fail(int task, String reason) {
        close(task);
        http.failed(task, reason);
        unfinished--;
    }

    private void close(int task) {
        SocketChannel channel = channels[task];
        channels[task] = null;
        if (channel != null) {
            open--;
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is all it can do
            }
        }
    }

    /** After a stop: every request still open is cancelled and its socket closed. */
    private void cancelOpen() {
        for (int task = 0; task < channels.length; task++) {
            if (channels[task] != null) {
                close(task);
                http.cancelled(task);
            }
        }
    }
}
