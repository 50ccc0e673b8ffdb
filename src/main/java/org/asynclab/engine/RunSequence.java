package org.asynclab.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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
 * // listener.started(i, handle) off the caller's thread: draw handle.timeline() live; runs.cancel() to stop
 * runs.result().thenAccept(results -> ...);
 * }</pre>
 */
public final class RunSequence {
    /** Runs one config to its end on the calling thread; stops it when that thread is interrupted. */
    @FunctionalInterface
    public interface Step<T> {
        T run(RunConfig config, Workload delays) throws InterruptedException;
    }

    /**
     * What a view model hears, off its own thread (on the thread that starts a run, or the one that ended it):
     * hand it over to yours.
     */
    public interface Listener {
        /** Run {@code index} has started: its timeline can be drawn live from now on. */
        default void started(int index, RunHandle run) {
        }

        /** Run {@code index} has ended (finished, or stopped). */
        default void ended(int index, RunResult result) {
        }

        /**
         * Run {@code index} has ended; {@code peak} is what the JVM counted from its start to its end (the peak
         * thread count reset just before it started, read before the next one starts).
         */
        default void ended(int index, RunResult result, ResourceSample peak) {
            ended(index, result);
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

    /**
     * The delays of each run: the first config's, drawn once (when first asked, on the thread that starts the
     * runs: 10⁶ of them take a while), for every run of its n; its own for another n.
     */
    public static Function<RunConfig, Workload> sharedDelays(List<RunConfig> configs) {
        RunConfig first = configs.get(0);
        return new Function<>() {
            private Workload drawn;

            @Override
            public synchronized Workload apply(RunConfig config) {
                if (drawn == null) {
                    drawn = Workload.generate(first);
                }
                return config.tasks() == drawn.size() ? drawn : Workload.generate(config);
            }
        };
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
        // a step may give null, a run that could not be made (a program that did not start): List.copyOf refused it
        return Collections.unmodifiableList(results);
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
     * Starts the runs off the calling thread (each on a daemon thread {@code run-sequence}: drawing 10⁶ delays and
     * starting a run take long for a UI thread) and returns at once. A run that fails ends the sequence: the
     * result completes exceptionally with its {@link RunFailedException}.
     */
    public static Handle start(RunEngine engine, List<RunConfig> configs, Function<RunConfig, Workload> delays,
                               Listener listener) {
        return start(engine::start, configs, delays, listener,
                step -> Thread.ofPlatform().name("run-sequence").daemon(true).start(step));
    }

    /**
     * Starts the runs with {@code starter}, each run's delays drawn and the run started on {@code where} (never
     * the FX thread), and returns at once. No thread waits for a run: the next one is handed to {@code where}
     * when the previous one's result arrives, so a view model can walk a sequence step by step in a test with
     * {@code Runnable::run}. A Stop before a run started starts none; a Stop while one is being started stops it
     * as soon as it exists. A starter that throws ends the sequence with that exception.
     */
    public static Handle start(Starter starter, List<RunConfig> configs, Function<RunConfig, Workload> delays,
                               Listener listener, Executor where) {
        Sequence sequence = new Sequence(starter, List.copyOf(configs), delays, listener, where);
        sequence.next(0);
        return sequence;
    }

    /** Starts one run and returns at once: {@link RunEngine#start} in the app, a scripted run in tests. */
    @FunctionalInterface
    public interface Starter {
        RunHandle start(RunConfig config, Workload delays);
    }

    private static final class Sequence implements Handle {
        private final Starter starter;
        private final List<RunConfig> configs;
        private final Function<RunConfig, Workload> delays;
        private final Listener listener;
        private final Executor where;
        private final CompletableFuture<List<RunResult>> result = new CompletableFuture<>();
        /** Written by one step at a time: each step is handed the list after the previous one ended. */
        private final List<RunResult> results;
        private volatile RunHandle current;
        private volatile boolean cancelled;
        /** Each run's peak threads, from just before its start to its end (one run at a time). */
        private final ResourceMonitor watch = new ResourceMonitor();

        Sequence(Starter starter, List<RunConfig> configs, Function<RunConfig, Workload> delays, Listener listener,
                 Executor where) {
            this.starter = starter;
            this.configs = configs;
            this.delays = delays;
            this.listener = listener;
            this.where = where;
            this.results = new ArrayList<>(configs.size());
        }

        /** Hands run {@code index} (or the end) to {@code where}. */
        void next(int index) {
            try {
                where.execute(() -> step(index));
            } catch (RuntimeException refused) {
                result.completeExceptionally(refused);
            }
        }

        private void step(int index) {
            if (cancelled || index == configs.size()) {
                result.complete(List.copyOf(results));
                return;
            }
            RunHandle run;
            try {
                RunConfig config = configs.get(index);
                Workload workload = delays.apply(config);
                watch.start();
                run = starter.start(config, workload);
            } catch (RuntimeException | Error problem) {
                result.completeExceptionally(problem);
                return;
            }
            current = run;
            if (cancelled) {
                run.cancel(); // a Stop while this run was being started: it is stopped at once
            }
            listener.started(index, run);
            run.result().whenComplete((done, error) -> ended(index, done, error));
        }

        private void ended(int index, RunResult done, Throwable error) {
            if (error != null) {
                result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
                return;
            }
            results.add(done);
            listener.ended(index, done, watch.peaks());
            cancelled |= done.cancelled();
            next(index + 1);
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
