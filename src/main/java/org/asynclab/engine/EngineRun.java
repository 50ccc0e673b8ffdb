package org.asynclab.engine;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.model.Workload;

/**
 * One run: its controller thread and its handle. The controller (a daemon thread {@code run-<id>}, virtual for
 * a virtual-thread run)
 * calibrates CPU work if needed, starts the clock, has the mode's executor launch the lanes, waits for them, and
 * completes the result. A cancel, or a failure anywhere, raises the stop flag and interrupts the controller, which
 * seals the recording (what happened up to the stop, which later writes cannot change), completes the result from
 * it at once, and only then wakes every lane and joins them all: waking a million sleeping virtual threads takes
 * seconds, and a Stop must not wait for it. No thread of the run outlives it for long, and none holds its result;
 * {@link #await()} waits for them all (and the controller). Runs that record phases or a lock's holds join their
 * lanes before the result completes, as those records are not sealed.
 */
final class EngineRun implements RunHandle {
    private static final AtomicInteger IDS = new AtomicInteger();

    private final RunConfig config;
    private final Workload workload;
    private final Recording recording;
    private final StopSignal stop = new StopSignal();
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final EngineSetup setup;
    private final HttpTargets targets;
    private final Thread controller;
    /** What a course lesson's tasks share (counter, semaphore, deadline); null for a plain run. */
    private final SharedState shared;
    /** The run's http requests, set by the controller before its lanes start; null for other kinds. */
    private HttpRequests http;
    /** The port of the run's loopback server once it listens, or −1; read by tests. */
    private volatile int serverPort = -1;
    /** Time the warm-up (the JIT, the heap) took before the clock (0 when there was none); set before the clock. */
    private volatile long warmUpNanos;
    /** Whether the controller is warming up (the JIT, the heap) before the clock. */
    private volatile boolean warmingUp;
    /** The CPU clocks read as the run's clock started ({@link CpuCounters#NONE} until then); controller only. */
    private CpuCounters atClock = CpuCounters.NONE;

    EngineRun(RunConfig config, Workload workload, EngineSetup setup, HttpTargets targets) {
        this.config = config;
        this.workload = workload;
        this.setup = setup;
        this.targets = targets;
        this.recording = new Recording(workload, config.kind(), maxLanes(config));
        this.warmingUp = JitWarmUp.applies(config);
        this.shared = config.coordination().active() ? new SharedState(config.coordination(), workload.size())
                : null;
        if (shared != null) {
            recording.usePhases(shared.phases());
        } else if (config.kind() == TaskKind.HTTP) {
            // made now, so that the chart sees the phases from the first frame
            recording.usePhases(new PhaseRecording(workload.size(), HttpRequests.PHASES, true));
        }
        this.controller = controllerFor(config.mode(), "run-" + IDS.incrementAndGet()).unstarted(this::control);
        stop.controlledBy(controller);
        result.whenComplete((done, problem) -> {
            if (problem instanceof CancellationException) {
                cancel();
            }
        });
    }

    /**
     * A virtual-thread run is controlled from a virtual thread: each thread it starts is then pushed on its
     * carrier's own queue instead of being submitted to the scheduler from outside, the cheaper path when a
     * run starts 10⁵ of them (`./run.sh bench engine` measures it). Every other mode has a platform controller.
     */
    private static Thread.Builder controllerFor(Mode mode, String name) {
        return mode == Mode.VIRTUAL ? Thread.ofVirtual().name(name) : Thread.ofPlatform().name(name).daemon(true);
    }

    private static int maxLanes(RunConfig config) {
        return switch (config.mode()) {
            case SEQUENTIAL, EVENT_LOOP -> 1;
            case POOL -> Math.min(config.workers(), config.tasks());
            case THREADS, VIRTUAL -> config.tasks();
        };
    }

    /** Starts the controller; a refusal by the system is reported at once. */
    void begin() {
        try {
            controller.start();
        } catch (OutOfMemoryError refused) {
            throw new RunFailedException("could not start the run's thread (" + refused.getMessage()
                    + "): the system allows no more threads", refused);
        }
    }

    /**
     * The controller's work. Whatever happens, it ends by completing the result: with the figures, or with the
     * first failure once every lane it could start has been stopped and joined.
     */
    private void control() {
        LaneExecutor executor = null;
        DelayServer server = null;
        try {
            try {
                warmUpNanos = setup.warmUps().warmUp(config, setup, stop);
            } finally {
                warmingUp = false;
            }
            CpuWork cpu = config.kind() == TaskKind.CPU ? setup.cpuWork().get() : null;
            Lock globalLock = config.globalLock() ? setup.globalLocks().get() : null;
            if (config.kind() == TaskKind.HTTP) {
                server = targets.local() ? startServer() : null;
                serverPort = server == null ? -1 : server.address().getPort();
                http = prepareRequests(server);
            }
            TaskBody body = new TaskBody(recording, workload, config.kind(), cpu, globalLock, stop, shared,
                    http == null ? null : new BlockingFetch(http, stop));
            RunParts parts = new RunParts(config, workload, recording, body, stop, cpu, setup.threads(), shared);
            executor = http != null && config.mode() == Mode.EVENT_LOOP ? new HttpEventLoopExecutor(parts, http)
                    : executorFor(parts);
            recording.reserveEndSpace();
            atClock = setup.cpuCounters().get();
            recording.startClock();
            executor.launch();
        } catch (RuntimeException | Error problem) {
            stop.fail(problem);
        }
        boolean sealed = false;
        try {
            if (executor != null) {
                sealed = joinOrSeal(executor);
            }
        } catch (RuntimeException | Error problem) {
            stop.fail(problem);
        } finally {
            recording.end();
            if (server != null) {
                server.close();
            }
            complete();
        }
        if (sealed) {
            Thread.interrupted();
            stopLanes(executor);
            joinLanes(executor);
        }
    }

    /**
     * Waits for every lane, or, when the run is stopped and its recording can be sealed, seals it and returns
     * true at once: the caller then completes the result before it wakes and joins the lanes.
     */
    private boolean joinOrSeal(LaneExecutor executor) {
        while (true) {
            if (stop.isStopped() && recording.canSeal()) {
                recording.seal();
                return true;
            }
            if (stop.isStopped()) {
                stopLanes(executor);
                joinLanes(executor);
                return false;
            }
            try {
                executor.join();
                return false;
            } catch (InterruptedException stopNow) {
                // the stop flag is up: seal, or wake the lanes and keep waiting
            }
        }
    }

    private DelayServer startServer() {
        try {
            DelayServer server = DelayServer.start(config.tasks());
            server.warmUp();
            return server;
        } catch (IOException refused) {
            throw new RunFailedException("could not start the loopback HTTP server for the http tasks: "
                    + refused.getMessage(), refused);
        }
    }

    /** The requests of an http run, to the loopback {@code server} or to the targets' URLs. */
    private HttpRequests prepareRequests(DelayServer server) {
        long timeout = targets.timeoutNanos(config.maxDelaySeconds());
        PhaseRecording phases = (PhaseRecording) recording.phaseTimeline();
        return server != null ? HttpRequests.local(workload, server.address(), timeout, recording, phases)
                : HttpRequests.urls(targets, timeout, recording, phases);
    }

    private static LaneExecutor executorFor(RunParts parts) {
        return switch (parts.config().mode()) {
            case SEQUENTIAL -> new SequentialExecutor(parts);
            case EVENT_LOOP -> parts.shared() == null ? new EventLoopExecutor(parts)
                    : new CoordinatedLoopExecutor(parts);
            case THREADS -> new ThreadPerTaskExecutor(parts, false);
            case VIRTUAL -> new ThreadPerTaskExecutor(parts, true);
            case POOL -> new PoolExecutor(parts);
        };
    }

    /** Waits for every lane; an interrupt means "stop": wake them all, then keep waiting. */
    private void joinLanes(LaneExecutor executor) {
        while (true) {
            try {
                executor.join();
                return;
            } catch (InterruptedException stopNow) {
                stopLanes(executor);
            }
        }
    }

    /** Wakes every lane; an http run's open connections are closed, which wakes a thread blocked on one. */
    private void stopLanes(LaneExecutor executor) {
        executor.stop();
        if (http != null) {
            http.abort();
        }
    }

    private void complete() {
        Throwable problem = stop.failure();
        if (problem == null) {
            try {
                // Read as the run ends, before its summary (a sort of a million finishes at 10^6 tasks): the other
                // programs' share is that of the run's own time.
                CpuCounters atEnd = setup.cpuCounters().get();
                RunSummary summary = SummaryCalculator.summarize(config, workload, recording.timings(),
                        recording.nowNanos(), recording.laneCount(), Runtime.getRuntime().availableProcessors(),
                        recording.endSpace(), recording.phaseTimeline());
                RunResult done = recording.toResult(config, summary)
                        .withOtherPrograms(atEnd.otherProgramsSince(atClock));
                result.complete(shared != null && shared.rules().hasCounter()
                        ? done.withCounterTally(shared.tally()) : done);
                return;
            } catch (RuntimeException | Error broken) {
                problem = broken;
            }
        }
        result.completeExceptionally(failure(problem));
    }

    private static RunFailedException failure(Throwable problem) {
        if (problem instanceof RunFailedException failed) {
            return failed;
        }
        return new RunFailedException("the run failed inside the engine: " + problem, problem);
    }

    /** The port of the run's loopback server (http runs on it), or −1. */
    int serverPort() {
        return serverPort;
    }

    @Override
    public RunConfig config() {
        return config;
    }

    @Override
    public TaskTimeline timeline() {
        return recording;
    }

    @Override
    public void snapshotInto(TimelineSnapshot target) {
        recording.snapshotInto(target);
    }

    @Override
    public long warmUpNanos() {
        return warmUpNanos;
    }

    @Override
    public boolean warmingUp() {
        return warmingUp;
    }

    @Override
    public int finishedCount() {
        return recording.finishedCount();
    }

    @Override
    public CompletableFuture<RunResult> result() {
        return result;
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public void cancel() {
        stop.stop();
    }

    @Override
    public RunResult await() throws InterruptedException {
        try {
            RunResult done = result.get();
            controller.join();
            return done;
        } catch (ExecutionException failed) {
            controller.join();
            // A new exception, so that the trace shows the caller too; the engine's trace is its cause.
            RunFailedException problem = failure(failed.getCause());
            throw new RunFailedException(problem.getMessage(), problem);
        }
    }
}
