package org.asynclab.engine;

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
 */
public final class RunEngine {

    /** Creates an engine; CPU work is calibrated on first use of a {@code cpu} workload. */
    public RunEngine() {
    }

    /**
     * Starts a run and returns at once. The tasks run on threads of the mode, never on the caller's.
     *
     * @throws IllegalArgumentException if the workload's size differs from {@code config.tasks()}
     */
    public RunHandle start(RunConfig config, Workload workload) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Runs to the end on the calling thread's behalf and returns the result. */
    public RunResult run(RunConfig config, Workload workload) throws InterruptedException {
        return start(config, workload).await();
    }
}
