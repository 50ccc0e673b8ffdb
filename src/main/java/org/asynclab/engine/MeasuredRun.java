package org.asynclab.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.Workload;

/**
 * A finished run with what it cost, when that was watched: the command line's way to run, so that its summary can
 * show threads, heap and start-up time beside the figures.
 *
 * <pre>{@code
 * MeasuredRun measured = MeasuredRun.run(new RunEngine(), config, Workload.generate(config));
 * measured.resources().ifPresent(r -> System.out.println(r.peak().peakThreads() + " threads at the peak"));
 * }</pre>
 *
 * @param result    the run's result
 * @param resources what it cost, or null when it was not watched (a result made by hand, a replay)
 */
public record MeasuredRun(RunResult result, RunResources resources) {
    /** How often the heap and the resident memory are sampled during a run, in milliseconds. */
    public static final long SAMPLE_MILLIS = 5;

    /** Checks that there is a result. */
    public MeasuredRun {
        Objects.requireNonNull(result, "result");
    }

    /** A result whose cost was not watched. */
    public static MeasuredRun unmeasured(RunResult result) {
        return new MeasuredRun(result, null);
    }

    /** What the run cost, when it was watched. */
    public Optional<RunResources> costs() {
        return Optional.ofNullable(resources);
    }

    /**
     * Runs to the end on {@code engine}, sampling the JVM every {@link #SAMPLE_MILLIS} ms meanwhile on the calling
     * thread (which otherwise only waits, so it takes no core from the run).
     *
     * @throws RunFailedException   when the run failed
     * @throws InterruptedException when the calling thread is interrupted; the run is stopped first
     */
    public static MeasuredRun run(RunEngine engine, RunConfig config, Workload workload) throws InterruptedException {
        return run(engine, config, workload, HttpTargets.LOCAL);
    }

    /** Runs as above, its http tasks fetching {@code targets}. */
    public static MeasuredRun run(RunEngine engine, RunConfig config, Workload workload, HttpTargets targets)
            throws InterruptedException {
        ResourceMonitor monitor = new ResourceMonitor();
        ResourceSample before = monitor.start();
        RunHandle handle = engine.start(config, workload, targets);
        try {
            while (!handle.isDone()) {
                monitor.sample();
                waitBriefly(handle);
            }
            monitor.sample();
            RunResult result = handle.await();
            return new MeasuredRun(result, new RunResources(before, monitor.peaks(), StartupTimes.of(result),
                    handle.warmUpNanos()));
        } catch (InterruptedException e) {
            handle.cancel();
            throw e;
        }
    }

    private static void waitBriefly(RunHandle handle) throws InterruptedException {
        try {
            handle.result().get(SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillGoingOrFailed) {
            // a timeout: sample again; a failure: await() reports it
        }
    }
}
