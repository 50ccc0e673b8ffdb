package org.asynclab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * One sweep: its thread ({@code sweep-<id>}, a daemon) and its handle. The thread first warms every mode of the plan
 * up (a short unmeasured run of each), then runs the steps in order; a cancel raises a flag and cancels the run
 * under way, whose {@code await} then returns at once, stopped.
 */
final class SweepRun implements SweepHandle {
    private static final AtomicInteger IDS = new AtomicInteger();
    /** After a step of this many tasks the heap is collected, so its garbage does not pause the next step. */
    private static final int COLLECT_AFTER_TASKS = 10_000;
    /** A warm-up run has at most this many tasks (the plan's smallest n when less), of up to 1 ms each. */
    static final int WARM_UP_TASKS = 10;
    private static final double WARM_UP_MAX_DELAY_SECONDS = 0.001;

    private final RunEngine engine;
    private final SweepPlan plan;
    private final SweepListener listener;
    private final CompletableFuture<SweepResult> result = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile RunHandle current;
    private volatile SweepResult soFar;

    SweepRun(RunEngine engine, SweepPlan plan, SweepListener listener) {
        this.engine = engine;
        this.plan = plan;
        this.listener = listener;
        this.soFar = new SweepResult(plan, List.of(), false);
        this.thread = Thread.ofPlatform().name("sweep-" + IDS.incrementAndGet()).daemon(true).unstarted(this::sweep);
    }

    void begin() {
        thread.start();
    }

    private void sweep() {
        try {
            List<SweepPlan.Step> steps = plan.steps();
            if (plan.kind() == TaskKind.CPU) {
                engine.calibrate();
            }
            warmUp(steps);
            List<SweepPoint> points = new ArrayList<>();
            Workload workload = null;
            ResourceMonitor monitor = new ResourceMonitor();
            for (int i = 0; i < steps.size() && !cancelled; i++) {
                SweepPlan.Step step = steps.get(i);
                if (workload != null && workload.size() >= COLLECT_AFTER_TASKS) {
                    // the last step's garbage is collected now rather than during this step's run
                    System.gc();
                }
                if (workload == null || workload.size() != step.tasks()) {
                    workload = plan.workloadFor(step.tasks());
                }
                SweepProgress progress = new SweepProgress(i + 1, steps.size(), step.mode(), step.tasks());
                SweepPoint point = runStep(step, workload, progress, monitor);
                if (point != null) {
                    points.add(point);
                    soFar = new SweepResult(plan, points, false);
                    listener.stepFinished(progress, point, soFar);
                }
            }
            soFar = new SweepResult(plan, points, cancelled);
            result.complete(soFar);
        } catch (RunFailedException failed) {
            result.completeExceptionally(failed);
        } catch (InterruptedException stopped) {
            soFar = new SweepResult(plan, soFar.points(), true);
            result.complete(soFar);
        } catch (RuntimeException | Error problem) {
            result.completeExceptionally(new RunFailedException("the sweep failed: " + problem, problem));
        }
    }

    /**
     * Runs each mode of the plan once, unmeasured, with a few tasks of the plan's kind of up to 1 ms, then waits for
     * the JIT to settle. Without it the first point of each mode paid for what a JVM does once: its first thread of
     * that kind, the virtual threads' scheduler and timer, the pool's classes, the code's first compilation. In the
     * window, which starts the sweep while its own start-up keeps the cores busy, n = 1 came out at twice its
     * delays (measured: sequential 129 ms, pool 135 ms, virtual 172 ms for a 73 ms delay; event loop 73 ms).
     */
    private void warmUp(List<SweepPlan.Step> steps) throws InterruptedException {
        long began = System.nanoTime();
        List<Mode> modes = new ArrayList<>();
        for (SweepPlan.Step step : steps) {
            if (!modes.contains(step.mode()) && !cancelled) {
                modes.add(step.mode());
                RunConfig real = plan.configFor(step);
                int tasks = Math.min(step.tasks(), WARM_UP_TASKS);
                RunConfig small = new RunConfig(tasks, WARM_UP_MAX_DELAY_SECONDS, real.mode(), real.workers(),
                        real.kind(), real.seed(), real.globalLock());
                try {
                    RunHandle run = engine.start(small, Workload.generate(tasks, WARM_UP_MAX_DELAY_SECONDS,
                            real.seed()));
                    current = run;
                    if (cancelled) {
                        run.cancel();
                    }
                    run.await();
                } catch (RunFailedException refused) {
                    // only a help: the step's own run meets the same refusal and reports it, naming its step
                } finally {
                    current = null;
                }
            }
        }
        if (!cancelled) {
            JitWarmUp.awaitCompiler();
            listener.warmedUp(List.copyOf(modes), System.nanoTime() - began);
        }
    }

    /** Runs one step; null when the sweep was cancelled during it (a stopped run's point would mislead). */
    private SweepPoint runStep(SweepPlan.Step step, Workload workload, SweepProgress progress,
                               ResourceMonitor monitor) throws InterruptedException {
        monitor.start();
        RunHandle run;
        try {
            run = engine.start(plan.configFor(step), workload);
        } catch (RunFailedException refused) {
            throw new RunFailedException(progress.describe() + ": " + refused.getMessage(), refused);
        }
        current = run;
        if (cancelled) {
            run.cancel();
        }
        RunResult done;
        try {
            listener.stepStarted(progress, run);
            done = run.await();
        } catch (RunFailedException failed) {
            throw new RunFailedException(progress.describe() + ": " + failed.getMessage(), failed);
        } catch (RuntimeException | Error | InterruptedException problem) {
            // the listener threw, or this thread was interrupted: the run stops and its threads end by themselves
            run.cancel();
            throw problem;
        } finally {
            current = null;
        }
        if (done.cancelled()) {
            return null;
        }
        return new SweepPoint(step.mode(), step.tasks(), done.summary(), StartupTimes.of(done).startupSeconds(),
                monitor.peaks().peakThreads(), false);
    }

    @Override
    public SweepResult soFar() {
        return soFar;
    }

    @Override
    public CompletableFuture<SweepResult> result() {
        return result;
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public void cancel() {
        cancelled = true;
        RunHandle run = current;
        if (run != null) {
            run.cancel();
        }
    }

    @Override
    public SweepResult await() throws InterruptedException {
        try {
            SweepResult done = result.get();
            thread.join();
            return done;
        } catch (ExecutionException failed) {
            thread.join();
            Throwable cause = failed.getCause();
            throw new RunFailedException(cause.getMessage(), cause);
        }
    }
}
