package org.asynclab.engine;

import java.util.Objects;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepResult;

/**
 * Runs a sweep: every step of a {@link SweepPlan} (each mode at each n) one after another with the real engine, on
 * a thread of its own, so that the steps never steal cores from each other's timings. For one n every mode runs the
 * same delays. Each step gives a point: the run's figures, its start-up time and the JVM's peak thread count.
 *
 * <pre>{@code
 * SweepRunner sweeps = new SweepRunner(new RunEngine());
 * SweepPlan plan = new SweepPlan(List.of(SEQUENTIAL, EVENT_LOOP, VIRTUAL), List.of(1, 10, 100, 1000),
 *         0.5, TaskKind.IO, 42, 4, false);
 * sweeps.budget().check(plan);                  // refuses a sweep that would run for hours, naming maxDelay
 * SweepHandle sweep = sweeps.start(plan, new SweepListener() {
 *     public void stepStarted(SweepProgress p, RunHandle run) { Platform.runLater(() -> show(p, run)); }
 *     public void stepFinished(SweepProgress p, SweepPoint point, SweepResult soFar) {
 *         Platform.runLater(() -> plot.setResult(soFar));
 *     }
 * });
 * // a Stop button: sweep.cancel();   the end: sweep.result().thenAccept(...)
 * }</pre>
 */
public final class SweepRunner {
    private final RunEngine engine;
    private final SweepBudget budget;

    /** A runner on {@code engine} with the standard budget (120 s per step). */
    public SweepRunner(RunEngine engine) {
        this(engine, SweepBudget.standard());
    }

    /** A runner on {@code engine} that refuses plans over {@code budget}. */
    public SweepRunner(RunEngine engine, SweepBudget budget) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** The budget plans are checked against. */
    public SweepBudget budget() {
        return budget;
    }

    /**
     * Starts a sweep and returns at once; the listener hears of each step on the sweep's thread.
     *
     * @throws InvalidSettingException (field {@code maxDelay}) when a step is expected to take longer than the
     *                                 budget allows; nothing has run then
     */
    public SweepHandle start(SweepPlan plan, SweepListener listener) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(listener, "listener");
        budget.check(plan);
        SweepRun run = new SweepRun(engine, plan, listener);
        run.begin();
        return run;
    }

    /** Runs a sweep to the end on the caller's behalf; an interrupt of the caller stops it. */
    public SweepResult run(SweepPlan plan, SweepListener listener) throws InterruptedException {
        SweepHandle handle = start(plan, listener);
        try {
            return handle.await();
        } catch (InterruptedException e) {
            handle.cancel();
            throw e;
        }
    }
}
