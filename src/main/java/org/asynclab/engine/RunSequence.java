package org.asynclab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.Workload;

/**
 * The one home of "first run, then the comparison": the runs of a comparison (or a scenario) go one after the
 * other, the next starting only when the previous one ended, so that neither takes cores from the other's
 * timings; runs of the same n share the first run's delays, a run of another n draws its own. Used on the calling
 * thread by the command line ({@link #run}) and, off the caller's thread, by a view model ({@link #start}):
 *
 * <pre>{@code
 * RunSequence.Handle runs = RunSequence.start(engine, configs, RunSequence.sharedDelays(configs), listener);
 * // listener.started(i, handle) on the sequence's thread: draw handle.timeline() live; runs.cancel() to stop
 * runs.result().thenAccept(results -> ...);
 * }</pre>
 */
public final class RunSequence {
    /** Runs one config to its end on the calling thread; stops it when that thread is interrupted. */
    @FunctionalInterface
    public interface Step<T> {
        T run(RunConfig config, Workload delays) throws InterruptedException;
    }

    /** What a view model hears, on the sequence's own thread (never the FX thread): hand it over to yours. */
    public interface Listener {
        /** Run {@code index} has started: its timeline can be drawn live from now on. */
        default void started(int index, RunHandle run) {
        }

        /** Run {@code index} has ended (finished, or stopped). */
        default void ended(int index, RunResult result) {
        }
    }

    /** A sequence under way: its run of the moment, its results when the last one ends, and Stop. */
    public interface Handle {
        /** The run under way (or the last one), null before the first has started. */
        RunHandle current();

        /** Every run's result in order; after a cancel, those that ran (the stopped one last, marked cancelled). */
        CompletableFuture<List<RunResult>> result();

        /** Stops the run under way and starts no other; returns at once. */
        void cancel();
    }

    private RunSequence() {
    }

    /** The delays of each run: the first config's, drawn once, for every run of its n; its own for another n. */
    public static Function<RunConfig, Workload> sharedDelays(List<RunConfig> configs) {
        return sharedDelays(Workload.generate(configs.get(0)));
    }

    /** The delays of each run: {@code first} for every run of its size; a run of another n draws its own. */
    public static Function<RunConfig, Workload> sharedDelays(Workload first) {
        return config -> config.tasks() == first.size() ? first : Workload.generate(config);
    }

    /**
     * Runs {@code configs} in order on the calling thread, each to its end, with {@code step}.
     *
     * @throws InterruptedException when the calling thread is interrupted; {@code step} stops its run first
     */
    public static <T> List<T> run(List<RunConfig> configs, Function<RunConfig, Workload> delays, Step<T> step)
            throws InterruptedException {
        List<T> results = new ArrayList<>(configs.size());
        for (RunConfig config : configs) {
            results.add(step.run(config, delays.apply(config)));
        }
        return List.copyOf(results);
    }

    /** Runs {@code configs} in order on the calling thread, each on {@code engine}, to its end. */
    public static List<RunResult> run(List<RunConfig> configs, Function<RunConfig, Workload> delays,
                                      RunEngine engine) throws InterruptedException {
        return run(configs, delays, (config, workload) -> awaitOrStop(engine.start(config, workload)));
    }

    /** Waits for {@code run}; an interrupted caller stops it and leaves none of its threads behind. */
    static RunResult awaitOrStop(RunHandle run) throws InterruptedException {
        try {
            return run.await();
        } catch (InterruptedException callerGaveUp) {
            run.cancel();
            throw callerGaveUp;
        }
    }

    /**
     * Starts the runs off the calling thread (a daemon thread {@code run-sequence}: drawing 10⁶ delays and
     * starting a run take long for a UI thread) and returns at once. A run that fails ends the sequence: the
     * result completes exceptionally with its {@link RunFailedException}.
     */
    public static Handle start(RunEngine engine, List<RunConfig> configs, Function<RunConfig, Workload> delays,
                               Listener listener) {
        Sequence sequence = new Sequence(engine, List.copyOf(configs), delays, listener);
        Thread.ofPlatform().name("run-sequence").daemon(true).start(sequence::runAll);
        return sequence;
    }

    private static final class Sequence implements Handle {
        private final RunEngine engine;
        private final List<RunConfig> configs;
        private final Function<RunConfig, Workload> delays;
        private final Listener listener;
        private final CompletableFuture<List<RunResult>> result = new CompletableFuture<>();
        private volatile RunHandle current;
        private volatile boolean cancelled;

        Sequence(RunEngine engine, List<RunConfig> configs, Function<RunConfig, Workload> delays,
                 Listener listener) {
            this.engine = engine;
            this.configs = configs;
            this.delays = delays;
            this.listener = listener;
        }

        private void runAll() {
            List<RunResult> results = new ArrayList<>(configs.size());
            try {
                for (int i = 0; i < configs.size() && !cancelled; i++) {
                    RunHandle run = engine.start(configs.get(i), delays.apply(configs.get(i)));
                    current = run;
                    if (cancelled) {
                        run.cancel(); // a Stop between the check and the start: this run is stopped at once
                    }
                    listener.started(i, run);
                    RunResult done = run.result().get();
                    results.add(done);
                    listener.ended(i, done);
                    cancelled |= done.cancelled();
                }
                result.complete(List.copyOf(results));
            } catch (ExecutionException failed) {
                result.completeExceptionally(failed.getCause());
            } catch (InterruptedException | RuntimeException | Error problem) {
                result.completeExceptionally(problem);
            }
        }

        @Override
        public RunHandle current() {
            return current;
        }

        @Override
        public CompletableFuture<List<RunResult>> result() {
            return result;
        }

        @Override
        public void cancel() {
            cancelled = true;
            RunHandle run = current;
            if (run != null) {
                run.cancel();
            }
        }
    }
}
