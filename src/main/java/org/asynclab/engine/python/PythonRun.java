package org.asynclab.engine.python;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.asynclab.engine.CpuCounters;
import org.asynclab.engine.DelayServer;
import org.asynclab.engine.RunFailedException;
import org.asynclab.engine.RunHandle;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;

/**
 * A Python program running under AsyncLab's tracer: its live timeline (rows appear as the program makes tasks),
 * what it has printed so far, Stop, and its result when it ends.
 *
 * <pre>{@code
 * PythonInterpreter python = PythonFinder.find().orElseThrow();
 * PythonRun run = PythonRun.start(PythonSettings.of(Path.of("bonjour.py"), python));
 * // each pulse: run.snapshotInto(frame); news = run.log().outputSince(news.seen());
 * RunResult result = run.await();   // result.program() holds the output, the problems and the exit code
 * }</pre>
 *
 * <p>Threads: the program is a process of its own (the leader of a new session, so Stop reaches its children);
 * one thread reads the tracer's events from the program's standard output (the program's own output arrives as
 * events, so the pipe is always drained and the program never stalls on it), one reads its standard error, and one
 * waits for it to end (or for the time limit) and builds the result.
 *
 * <p>A program that fetches from AsyncLab's server ({@link ProgramServer}) gets one of its own for the run, its
 * port as the program's first argument; the waiter closes it once the program has ended, before the result.
 */
public final class PythonRun implements RunHandle {
    private static final String TRACER = "asynclab_tracer.py";
    private static final long ERROR_DRAIN_MILLIS = 500;
    /** The longest Python's start-up may take before the time limit counts anyway. */
    private static final long START_UP_MILLIS = 30_000;
    /** How often the time limit's deadline is looked at again. */
    private static final long LIMIT_CHECK_MILLIS = 50;

    private final PythonSettings settings;
    private final LiveRows rows = new LiveRows();
    private final ProgramLog log = new ProgramLog();
    private final TraceEvents events = new TraceEvents(rows, log);
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final Process process;
    /** The CPU clocks as the program started: what other programs took meanwhile is read at its end. */
    private final CpuCounters atStart;
    /** AsyncLab's server for this program, or null; closed by the waiter when the program ends. */
    private final DelayServer server;
    private final int serverPort;
    private final Thread eventReader;
    private final Thread errorReader;
    private final Thread waiter;
    private final Thread onShutdown;
    private volatile String stopReason;
    /** Whether the JVM's own end (Ctrl-C, SIGTERM) stopped the program: its result is no run to report. */
    private volatile boolean endedByExit;
    /** The tracer's time when the stop was asked (the limit, or the user's Stop); NOT_YET while it was not. */
    private volatile long stopAskedNanos = TaskTimeline.NOT_YET;

    private PythonRun(PythonSettings settings, Process process, DelayServer server) {
        this.settings = settings;
        this.process = process;
        atStart = CpuCounters.read();
        this.server = server;
        serverPort = server == null ? -1 : server.address().getPort();
        eventReader = Thread.ofPlatform().name("python-events").daemon().unstarted(this::readEvents);
        errorReader = Thread.ofPlatform().name("python-stderr").daemon().unstarted(this::readErrors);
        waiter = Thread.ofPlatform().name("python-waiter").daemon().unstarted(this::waitForEnd);
        onShutdown = Thread.ofPlatform().name("python-stop-at-exit").unstarted(this::stopAtExit);
    }

    /**
     * Starts {@code settings.file()} under the tracer.
     *
     * @throws IOException when the interpreter cannot be started, or the file cannot be read
     */
    public static PythonRun start(PythonSettings settings) throws IOException {
        Path file = settings.file().toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
            throw new IOException(file + " is not a file that can be read");
        }
        DelayServer server = ProgramServer.isNeededBy(file) ? ProgramServer.start() : null;
        try {
            return start(settings, file, server);
        } catch (IOException | RuntimeException | Error e) {
            if (server != null) {
                server.close();
            }
            throw e;
        }
    }

    private static PythonRun start(PythonSettings settings, Path file, DelayServer server) throws IOException {
        List<String> command = new ArrayList<>(List.of(settings.python().executable().toString(), "-",
                file.toString()));
        if (server != null) {
            command.add(Integer.toString(server.address().getPort()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(file.getParent().toFile());
        Map<String, String> env = builder.environment();
        env.put("ASYNCLAB_SESSION", "1");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        String delays = settings.servedDelays();
        if (delays != null) {
            env.put("ASYNCLAB_DELAYS", delays);
        }
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream(); InputStream tracer = tracerSource()) {
            tracer.transferTo(stdin);
        } catch (IOException e) {
            process.destroyForcibly();
            throw e;
        }
        PythonRun run = new PythonRun(settings, process, server);
        run.rows.countAs(settings.n());
        Runtime.getRuntime().addShutdownHook(run.onShutdown);
        run.eventReader.start();
        run.errorReader.start();
        run.waiter.start();
        return run;
    }

    private static InputStream tracerSource() throws IOException {
        InputStream in = PythonRun.class.getResourceAsStream(TRACER);
        if (in == null) {
            throw new IOException("the tracer " + TRACER + " is missing from the build");
        }
        return in;
    }

    private void readEvents() {
        try (BufferedReader in = reader(process.getInputStream())) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                try {
                    events.apply(line);
                } catch (IOException bad) {
                    log.add(new ProgramOutput(rows.nowNanos(), ProgramOutput.Stream.ERR, line));
                }
            }
        } catch (IOException closed) {
            // the program ended: the waiter builds the result
        } finally {
            rows.eventsEnded();
        }
    }

    private void readErrors() {
        try (BufferedReader in = reader(process.getErrorStream())) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                log.add(new ProgramOutput(rows.nowNanos(), ProgramOutput.Stream.ERR, line));
            }
        } catch (IOException closed) {
            // the program ended
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private void waitForEnd() {
        try {
            if (!waitWithinLimit()) {
                stop("stopped after " + format(settings.timeLimitSeconds()) + " s: the time limit");
            }
            process.waitFor();
            // Read once the process is reaped, so that its time (and its children's) is AsyncLab's, not the others'.
            CpuCounters atEnd = CpuCounters.read();
            closeServer();
            eventReader.join();
            // A child the program left running may hold its standard error open: do not wait for it.
            errorReader.join(ERROR_DRAIN_MILLIS);
            String reason = stopReason;
            int exit = reason != null ? ProgramRun.STOPPED : process.exitValue();
            if (reason != null) {
                log.add(new ProgramProblem(ProgramProblem.Kind.STOPPED, reason, null, -1, 0, null, null));
            }
            // A stopped run is recorded to the stop asked, and to what the program did while it was ending, not to
            // when the stopper saw it gone: that took up to a second on a busy machine, time the program never had.
            long asked = stopAskedNanos;
            rows.end(reason != null && asked != TaskTimeline.NOT_YET ? asked : rows.nowNanos());
            result.complete(PythonResults.build(rows, log, settings, events.version(), events.executable(), exit,
                    rows.nowNanos()).withOtherPrograms(atEnd.otherProgramsSince(atStart)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        } finally {
            closeServer();
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: nothing to remove
            }
        }
    }

    /**
     * Waits for the program's end within the time limit; false when the limit came first. The limit counts from the
     * tracer's clock's 0, the program's start, the chart's and the Output's clock, not from Python's start-up (a
     * tenth of a second or more, which would leave a 1 s limit 0.6 s of program); that 0 is known better with each
     * event, so the deadline is looked at again every {@link #LIMIT_CHECK_MILLIS}. A Python that does not start
     * within {@link #START_UP_MILLIS} has the rest of the limit from then.
     */
    private boolean waitWithinLimit() throws InterruptedException {
        long limit = Math.round(settings.timeLimitSeconds() * 1e9);
        long begun = System.nanoTime();
        boolean started = rows.awaitClock(START_UP_MILLIS) != Long.MIN_VALUE;
        while (true) {
            long from = started ? rows.awaitClock(0) : begun;
            long left = from + limit - System.nanoTime();
            if (left <= 0) {
                return !process.isAlive();
            }
            if (process.waitFor(Math.min(left, TimeUnit.MILLISECONDS.toNanos(LIMIT_CHECK_MILLIS)),
                    TimeUnit.NANOSECONDS)) {
                return true;
            }
        }
    }

    private void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    private void stop(String reason) {
        if (stopReason == null) {
            stopAskedNanos = rows.nowNanos();
            stopReason = reason;
        }
        stopQuietly();
    }

    /**
     * The JVM ends during the run (the window closed, SIGTERM): stops the program, then removes it when it is a copy
     * written for the run ({@link ProgramCopies}), which the program, its working folder's user, no longer holds.
     */
    private void stopAtExit() {
        endedByExit = true;
        if (stopReason == null) {
            stopAskedNanos = rows.nowNanos();
            stopReason = "interrupted";
        }
        stopQuietly();
        ProgramCopies.delete(settings.file());
    }

    private void stopQuietly() {
        try {
            ProcessStopper.stop(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The settings of this run. */
    public PythonSettings settings() {
        return settings;
    }

    /** The port of AsyncLab's server for this program (its first argument), or −1 when it runs without one. */
    public int serverPort() {
        return serverPort;
    }

    /** What the program printed so far, and its problems: the output pane reads it each pulse. */
    public ProgramLog log() {
        return log;
    }

    /** The settings as a {@link RunConfig} so far: n is the rows seen yet (at least 1). */
    @Override
    public RunConfig config() {
        RunConfig served = settings.served();
        return new RunConfig(Math.min(Limits.MAX_TASKS, Math.max(1, rows.size())),
                served == null ? 0 : served.maxDelaySeconds(), Mode.EVENT_LOOP, 0, TaskKind.IO,
                served == null ? 0 : served.seed());
    }

    @Override
    public TaskTimeline timeline() {
        return rows;
    }

    @Override
    public void snapshotInto(TimelineSnapshot target) {
        target.fillFrom(rows);
    }

    @Override
    public int finishedCount() {
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            count += rows.finishedNanos(i) == TaskTimeline.NOT_YET ? 0 : 1;
        }
        return count;
    }

    @Override
    public CompletableFuture<RunResult> result() {
        return result;
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    /**
     * Whether the JVM's end stopped the program (Ctrl-C, SIGTERM): set before the program is stopped, so a result
     * that completes because of it is always seen with it.
     */
    public boolean endedByExit() {
        return endedByExit;
    }

    /** Stops the program and its children: SIGTERM to its process group, SIGKILL after a short grace. */
    @Override
    public void cancel() {
        if (stopReason != null || result.isDone()) {
            return;
        }
        stopAskedNanos = rows.nowNanos();
        stopReason = "stopped";
        Thread.ofPlatform().name("python-stop").daemon().start(this::stopQuietly);
    }

    @Override
    public RunResult await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new RunFailedException("the Python run failed: " + e.getCause(), e.getCause());
        }
    }
}
