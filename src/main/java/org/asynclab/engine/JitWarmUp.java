package org.asynclab.engine;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.EnumSet;
import java.util.Set;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * Once per JVM and mode, before the clock of the first large run of the event loop or of virtual threads: short
 * runs of the same mode ({@value #ROUNDS} of {@value #TASKS} tasks of up to 1 ms), then a pause until the JIT has
 * compiled what it asked for (at most half a second), so that the code every task goes through is compiled before
 * the clock.
 * Those two modes cost a few microseconds a task, so in a fresh JVM the compiling, not the mode, would be most of
 * a 10⁵-task run's overhead, and the first run would report several times the figure of the same run
 * repeated. The time it takes is the run's {@link RunHandle#warmUpNanos()}, shown beside the figures; the run's
 * own clock starts after it. Smaller runs, the other modes (whose tasks cost an OS thread or a whole delay each)
 * and course lessons are not warmed up.
 *
 * <p>The JIT's work is the JVM's, so the record of what was warmed is too: {@link #PER_JVM}. Tests that build
 * their own engine take {@link #NONE}. After the JIT's part, a large virtual-thread run also has its heap prepared
 * ({@link HeapWarmUp}), and that time is part of the warm-up's.
 */
public final class JitWarmUp {
    /** Runs of at least this many tasks are warmed up. */
    public static final int MIN_TASKS = 10_000;
    /** Tasks in a warm-up run. */
    public static final int TASKS = 10_000;
    /** The warm-up tasks' longest delay: long enough to park each task and wake it from a timer. */
    public static final double MAX_DELAY_SECONDS = 0.001;

    /**
     * Runs of {@value #TASKS} tasks in a warm-up. One left most of the launching path to C2 during the real run (the
     * profiled tier counts a few thousand calls before C2 takes a method), and the run's first tenth of a second
     * then shared the cores with the compiler; three let C2 finish before the clock. Turn about, 6 each, each right
     * after a 10⁵-task asyncio run: median overhead of a 10⁵-task virtual run 0.31 s (one), 0.23 s (two), 0.12 s
     * (three).
     */
    public static final int ROUNDS = 3;
    private static final int SETTLED_POLLS = 4;
    private static final long POLL_MILLIS = 5;
    private static final long MAX_SETTLE_MILLIS = 500;

    /** The JVM's record. */
    static final JitWarmUp PER_JVM = new JitWarmUp(true, HeapWarmUp.forThisJvm());
    /** Never warms up. */
    static final JitWarmUp NONE = new JitWarmUp(false, HeapWarmUp.none());

    private final boolean enabled;
    private final HeapWarmUp heap;
    private final Set<Mode> warmed = EnumSet.noneOf(Mode.class);

    JitWarmUp(boolean enabled, HeapWarmUp heap) {
        this.enabled = enabled;
        this.heap = heap;
    }

    /** Whether a run of {@code config} is one that gets warmed up (if its mode was not warmed already). */
    static boolean applies(RunConfig config) {
        return (config.mode() == Mode.EVENT_LOOP || config.mode() == Mode.VIRTUAL) && config.kind() == TaskKind.IO
                && !config.coordination().active() && config.tasks() >= MIN_TASKS;
    }

    /**
     * Warms the JIT up for {@code config}'s mode if it applies and was not done yet, then prepares the heap; on the
     * run's controller, before its clock. A stop meanwhile (an interrupt of the controller) ends the warm-up at once,
     * and its threads with it; after a stop the heap is not prepared.
     *
     * @return the time it took, the heap's preparation included, or 0 when there was none
     */
    long warmUp(RunConfig config, EngineSetup setup, StopSignal stop) {
        if (!enabled) {
            return 0;
        }
        long jit = compile(config, setup);
        return jit + heap.prepare(config, stop::isStopped);
    }

    /** The JIT's part: a small run of the mode and the compiler's settling, once per mode. */
    private long compile(RunConfig config, EngineSetup setup) {
        if (!applies(config) || !claim(config.mode())) {
            return 0;
        }
        long began = System.nanoTime();
        RunConfig small = new RunConfig(TASKS, MAX_DELAY_SECONDS, config.mode(), config.workers(), TaskKind.IO, 1L);
        // the warm-up's own run is not warmed up, nor its heap prepared
        EngineSetup plain = new EngineSetup(setup.cpuWork(), setup.threads(), setup.globalLocks());
        EngineRun run = null;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                run = new EngineRun(small, Workload.generate(small), plain, HttpTargets.LOCAL);
                run.begin();
                run.await();
            }
            awaitCompiler();
        } catch (InterruptedException stopped) {
            // the real run was stopped meanwhile: end the warm-up, and let none of its threads outlive the run
            run.cancel();
            awaitEnd(run);
        } catch (RunFailedException refused) {
            // only a help: if the system refuses threads, the real run meets the refusal and reports it
        }
        return System.nanoTime() - began;
    }

    /**
     * Waits until the JIT has compiled what the warm-up asked of it: its total compiling time has not grown for
     * {@value #SETTLED_POLLS} polls {@value #POLL_MILLIS} ms apart, or {@value #MAX_SETTLE_MILLIS} ms have passed.
     * Otherwise the last compilations would run beside the run's first tasks, on the same cores.
     */
    static void awaitCompiler() throws InterruptedException {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + MAX_SETTLE_MILLIS * 1_000_000;
        long last = compiler.getTotalCompilationTime();
        for (int still = 0; still < SETTLED_POLLS && System.nanoTime() < deadline; ) {
            Thread.sleep(POLL_MILLIS);
            long now = compiler.getTotalCompilationTime();
            still = now == last ? still + 1 : 0;
            last = now;
        }
    }

    /** Waits for a cancelled warm-up's threads to end (a few milliseconds); a further interrupt changes nothing. */
    private static void awaitEnd(EngineRun run) {
        while (true) {
            try {
                run.await();
                return;
            } catch (InterruptedException again) {
                // the stop flag is up already; the cancelled run ends by itself
            } catch (RunFailedException failed) {
                return;
            }
        }
    }

    /** Takes the mode's warm-up for the caller: true once per mode. */
    private synchronized boolean claim(Mode mode) {
        return warmed.add(mode);
    }
}
