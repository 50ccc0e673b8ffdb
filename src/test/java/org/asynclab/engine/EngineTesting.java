package org.asynclab.engine;

import java.util.List;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/** Shared bits of the engine's tests: one engine, configs for given delays, and the names of live threads. */
final class EngineTesting {
    /** One engine for all tests, so CPU work is calibrated once. */
    static final RunEngine ENGINE = new RunEngine();

    /** Name prefixes of every lane thread the engine makes. */
    static final List<String> LANE_PREFIXES = List.of("sequential", "event-loop", "thread-", "pool-worker-",
            "virtual-");

    private EngineTesting() {
    }

    /** A config for {@code tasks} tasks in {@code mode}; a pool gets {@code workers} workers. */
    static RunConfig config(Mode mode, TaskKind kind, int tasks, int workers) {
        return new RunConfig(tasks, 1.0, mode, mode == Mode.POOL ? workers : 0, kind, 1L);
    }

    /** Runs tasks of exactly these delays (seconds) to the end. */
    static RunResult run(Mode mode, TaskKind kind, int workers, double... seconds) throws InterruptedException {
        Workload workload = Workload.ofSeconds(seconds);
        return ENGINE.run(config(mode, kind, seconds.length, workers), workload);
    }

    /** Runs I/O tasks of exactly these delays (seconds) to the end; a pool gets one worker per task. */
    static RunResult runIo(Mode mode, double... seconds) throws InterruptedException {
        return run(mode, TaskKind.IO, seconds.length, seconds);
    }

    /** Names of the live platform threads that look like the engine's lanes. */
    static List<String> liveLaneThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> LANE_PREFIXES.stream().anyMatch(name::startsWith))
                .toList();
    }

    /** Whether task {@code a} ran entirely before task {@code b} started. */
    static boolean before(RunResult result, int a, int b) {
        return result.finishedNanos(a) <= result.startedNanos(b);
    }
}
