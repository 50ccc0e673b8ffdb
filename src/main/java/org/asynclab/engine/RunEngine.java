package org.asynclab.engine;

import java.util.Objects;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.Workload;

/**
 * Runs workloads for real in any {@link org.asynclab.model.Mode} and records every task's instants. One engine
 * can start many runs, one after another or at once; each run is independent.
 *
 * <pre>{@code
 * RunEngine engine = new RunEngine();
 * RunHandle run = engine.start(config, Workload.generate(config));
 * // another thread may read run.timeline() while it goes on
 * RunResult result = run.await();
 * }</pre>
 *
 * <p>Each mode is a real executor: {@code sequential} (one thread, {@code sequential}), {@code event-loop} (one
 * thread, {@code event-loop}, with a ready queue and timers, like asyncio), {@code threads} (a platform
 * thread {@code thread-<i>} per task), {@code pool} (K platform threads {@code pool-worker-<k>}) and
 * {@code virtual} (a virtual thread {@code virtual-<i>} per task). Every thread of a run is a daemon.
 *
 * <p>{@code http} tasks fetch a real answer: the engine starts a {@link DelayServer} on 127.0.0.1 for the run
 * (stopped with it) that answers each task after its delay, or fetches the URLs of {@link HttpTargets}. The
 * event loop sends them on non-blocking sockets; every other mode blocks one thread per request in progress.
 */
public final class RunEngine {
    private final EngineSetup setup;

    /** Creates an engine; CPU work is calibrated on first use of a {@code cpu} workload, once per JVM. */
    public RunEngine() {
        this(EngineSetup.STANDARD);
    }

    /** An engine built with other means, for tests. */
    RunEngine(EngineSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /**
     * Measures the CPU work loop now, if not done yet in this JVM (about 60 ms), so that the first CPU run need
     * not. Optional: a front end may call it at start-up, off its UI thread.
     */
    public void calibrate() {
        setup.cpuWork().get();
    }

    /**
     * Starts a run and returns at once. The tasks run on threads of the mode, never on the caller's.
     *
     * @throws IllegalArgumentException if the workload's size differs from {@code config.tasks()}
     * @throws RunFailedException       if the system refuses even the run's first thread
     */
    public RunHandle start(RunConfig config, Workload workload) {
        return start(config, workload, HttpTargets.LOCAL);
    }

    /**
     * Starts a run whose {@code http} tasks fetch {@code targets} (ignored for other kinds) and returns at once.
     * With URLs, task i fetches URL i, so the settings must ask for as many tasks as there are URLs.
     *
     * @throws IllegalArgumentException if the workload's or the URLs' count differs from {@code config.tasks()}
     * @throws RunFailedException       if the system refuses even the run's first thread
     */
    public RunHandle start(RunConfig config, Workload workload, HttpTargets targets) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(targets, "targets");
        if (!targets.local() && targets.urls().size() != config.tasks()) {
            throw new IllegalArgumentException("there are " + targets.urls().size() + " URLs but the settings ask"
                    + " for " + config.tasks() + " tasks");
        }
        Objects.requireNonNull(workload, "workload");
        if (workload.size() != config.tasks()) {
            throw new IllegalArgumentException("the workload has " + workload.size() + " delays but the settings ask"
                    + " for " + config.tasks() + " tasks");
        }
        EngineRun run = new EngineRun(config, workload, setup, targets);
        run.begin();
        return run;
    }

    /** Runs to the end on the calling thread's behalf and returns the result. */
    public RunResult run(RunConfig config, Workload workload) throws InterruptedException {
        return start(config, workload).await();
    }
}
