package org.asynclab.ui.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asynclab.engine.RunHandle;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.model.Workload;
import org.asynclab.ui.run.RunLauncher;

/**
 * A launcher whose runs end only when the test says so: the state machine can be walked step by step. A window
 * starts its runs on a thread of its own ({@code asynclab-start}), so a test of a whole window asks for a run with
 * {@link #awaitRun(int)}, not {@link #last()}, which may come before that thread has started it.
 */
public final class ScriptedLauncher implements RunLauncher {
    private final List<ScriptedRun> runs = new CopyOnWriteArrayList<>();
    private volatile boolean warmingUpAtStart;

    /** Makes the runs started from now on begin warming up before their clock, as the engine's large runs do. */
    public void warmingUpAtStart(boolean value) {
        warmingUpAtStart = value;
    }

    @Override
    public synchronized RunHandle start(RunConfig config, Workload workload) {
        ScriptedRun run = new ScriptedRun(config, workload);
        run.warmingUp(warmingUpAtStart);
        runs.add(run);
        notifyAll();
        return run;
    }

    /**
     * The {@code count}-th run (from 1), waiting for it to be started as long as {@link FxTurns#TIMEOUT_S}.
     *
     * @throws TimeoutException when it was not started in that time
     */
    public synchronized ScriptedRun awaitRun(int count) throws InterruptedException, TimeoutException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(FxTurns.TIMEOUT_S);
        while (runs.size() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("run " + count + " not started; runs started: " + runs.size());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return runs.get(count - 1);
    }

    /** Every run started so far, in order. */
    public List<ScriptedRun> runs() {
        return runs;
    }

    /** The last run started. */
    public ScriptedRun last() {
        return runs.get(runs.size() - 1);
    }

    /** A run that does nothing until {@link #finish(RunResult)}; {@link #cancel()} is only recorded. */
    public static final class ScriptedRun implements RunHandle {
        private final RunConfig config;
        private final Workload workload;
        private final CompletableFuture<RunResult> result = new CompletableFuture<>();
        private volatile boolean cancelled;
        private long warmUpNanos;
        private volatile boolean warmingUp;

        ScriptedRun(RunConfig config, Workload workload) {
            this.config = config;
            this.workload = workload;
        }

        /** Ends the run with {@code recording}. */
        public void finish(RunResult recording) {
            result.complete(recording);
        }

        /** Says that the engine warmed the JIT up for {@code nanos} before this run's clock. */
        public void warmedUp(long nanos) {
            warmUpNanos = nanos;
        }

        @Override
        public long warmUpNanos() {
            return warmUpNanos;
        }

        /** Says whether the engine is warming up before this run's clock. */
        public void warmingUp(boolean now) {
            warmingUp = now;
        }

        @Override
        public boolean warmingUp() {
            return warmingUp;
        }

        /** Whether {@link #cancel()} was called. */
        public boolean cancelled() {
            return cancelled;
        }

        /** The delays it was given. */
        public Workload workload() {
            return workload;
        }

        @Override
        public RunConfig config() {
            return config;
        }

        @Override
        public TaskTimeline timeline() {
            return Recordings.eventLoop(0.0);
        }

        @Override
        public void snapshotInto(TimelineSnapshot target) {
            target.fillFrom(timeline());
        }

        @Override
        public int finishedCount() {
            return 0;
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
            cancelled = true;
        }

        @Override
        public RunResult await() throws InterruptedException {
            return result.join();
        }
    }
}
