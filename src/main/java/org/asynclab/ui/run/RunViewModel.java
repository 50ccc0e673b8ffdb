package org.asynclab.ui.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.engine.ResourceSample;
import org.asynclab.engine.RunHandle;
import org.asynclab.engine.RunSequence;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.Workload;

/**
 * The run cycle without its nodes: idle → running → done, Stop and Reset, and a comparison's two runs one after
 * the other on the same delays. Every property changes on the thread given as {@code fxThread} (the FX thread in
 * the app), so views bind to them directly; the engine's threads only ever hand a finished result over.
 *
 * <p>The runs go one after the other through {@link RunSequence}, the one home of "first run, then the
 * comparison": a comparison's second run starts when the first one has ended, on the same delays, so the two do not
 * share cores and disturb each other's timing. Stopping either ends the comparison.
 */
public final class RunViewModel {
    /** Slot of the first (or only) run. */
    public static final int FIRST = 0;
    /** Slot of a comparison's second run. */
    public static final int SECOND = 1;

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyObjectWrapper<RunHandle> live = new ReadOnlyObjectWrapper<>(this, "live");
    private final ReadOnlyIntegerWrapper liveSlot = new ReadOnlyIntegerWrapper(this, "liveSlot", FIRST);
    private final ReadOnlyObjectWrapper<RunConfig> firstConfig = new ReadOnlyObjectWrapper<>(this, "firstConfig");
    private final ReadOnlyObjectWrapper<RunConfig> secondConfig = new ReadOnlyObjectWrapper<>(this, "secondConfig");
    private final ReadOnlyObjectWrapper<RunResult> first = new ReadOnlyObjectWrapper<>(this, "first");
    private final ReadOnlyObjectWrapper<RunResult> second = new ReadOnlyObjectWrapper<>(this, "second");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyBooleanWrapper warmingUp = new ReadOnlyBooleanWrapper(this, "warmingUp");
    private final ReadOnlyBooleanWrapper stoppedBeforeStart = new ReadOnlyBooleanWrapper(this, "stoppedBeforeStart");
    /** Stop was pressed during the run going on (or the one last ended). */
    private boolean stopAsked;

    private final RunLauncher launcher;
    private final Executor fxThread;
    private final Executor background;
    /** Counts runs so that a result arriving after Reset or a newer Run is ignored. */
    private long generation;
    private RunSequence.Handle sequence;
    private boolean stopBeforeStart;
    private Workload workload;
    /** The JIT's warm-ups before the clocks of the runs of this sequence that ended, added up. */
    private long warmUpNanos;
    /** Each slot's peak during its run, as the sequence counted it (null until it ended). */
    private final ResourceSample[] peaks = new ResourceSample[2];
    /** The delays the sequence drew last, read on its thread by the listener of the run it then started. */
    private volatile Workload lastDrawn;

    /**
     * Creates the cycle.
     *
     * @param launcher   starts runs (the engine)
     * @param fxThread   where results are handed over ({@code Platform::runLater} in the app)
     * @param background where delays are drawn and runs started, away from the FX thread
     */
    public RunViewModel(RunLauncher launcher, Executor fxThread, Executor background) {
        this.launcher = launcher;
        this.fxThread = fxThread;
        this.background = background;
        live.addListener(o -> followWarmUp());
    }

    /**
     * Starts a run of {@code config}, or a comparison when {@code compareWith} is not null (the same tasks and
     * delays in the second config's mode, after the first run ends). Does nothing while a run goes on.
     */
    public void run(RunConfig config, RunConfig compareWith) {
        run(config, compareWith, null);
    }

    /**
     * Like {@link #run(RunConfig, RunConfig)} with the delays given (a scenario's explicit delays, for both runs
     * of a comparison); null draws them from the first config.
     */
    public void run(RunConfig config, RunConfig compareWith, Workload delays) {
        if (state.get() == RunState.RUNNING) {
            return;
        }
        clear();
        generation++;
        firstConfig.set(config);
        secondConfig.set(compareWith);
        workload = null;
        sequence = null;
        stopBeforeStart = false;
        state.set(RunState.RUNNING);
        List<RunConfig> configs = compareWith == null ? List.of(config) : List.of(config, compareWith);
        // A comparison may change n (a scenario's "compare": {"tasks": 50}): then it draws its own delays.
        Function<RunConfig, Workload> shared = delays != null && delays.size() == config.tasks()
                ? RunSequence.sharedDelays(delays) : RunSequence.sharedDelays(configs);
        long mine = generation;
        // Delays are drawn and runs started on the background executor: at 10⁶ tasks both take long enough to
        // freeze a frame or two. What the sequence says comes back to the FX thread, where a Reset or a newer Run
        // pressed in the meantime makes it old news.
        sequence = RunSequence.start(launcher::start, configs, each -> {
            Workload drawn = shared.apply(each);
            lastDrawn = drawn;
            return drawn;
        }, new RunSequence.Listener() {
            @Override
            public void started(int index, RunHandle run) {
                Workload drawn = lastDrawn; // drawn on this thread, just before this run started
                fxThread.execute(() -> RunViewModel.this.started(mine, index, drawn, run));
            }

            @Override
            public void ended(int index, RunResult result, ResourceSample peak) {
                fxThread.execute(() -> RunViewModel.this.ended(mine, index, result, peak));
            }
        }, background);
        sequence.result().whenComplete((results, error) -> fxThread.execute(() -> finished(mine, error)));
        if (stopBeforeStart) {
            sequence.cancel(); // Stop pressed while a same-thread executor was still starting the first run
        }
    }

    private void started(long runGeneration, int slot, Workload delays, RunHandle handle) {
        if (runGeneration != generation) {
            handle.cancel();
            return;
        }
        workload = delays;
        liveSlot.set(slot);
        live.set(handle);
    }

    private void ended(long runGeneration, int slot, RunResult result, ResourceSample peak) {
        if (runGeneration != generation) {
            return;
        }
        peaks[slot] = peak;
        RunHandle ending = live.get();
        warmUpNanos += ending == null ? 0 : ending.warmUpNanos();
        live.set(null);
        (slot == FIRST ? first : second).set(result);
        if (slot == SECOND && first.get().comparableWith(result)) {
            comparison.set(new Comparison(first.get(), result));
        }
    }

    /** The sequence ended: every run it started has ended, or one failed, or Stop came before any started. */
    private void finished(long runGeneration, Throwable error) {
        if (runGeneration != generation) {
            return;
        }
        if (error != null) {
            fail(error);
            return;
        }
        live.set(null);
        // Stop pressed before any run had started (say, while 10⁵ virtual threads warm up): nothing was measured,
        // and the window says so rather than "Ready", which read as if the results had been reset.
        stoppedBeforeStart.set(first.get() == null && stopAsked);
        state.set(first.get() == null ? RunState.IDLE : RunState.DONE);
    }

    private void fail(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String message = cause.getMessage();
        failure.set(message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
        live.set(null);
        state.set(first.get() == null ? RunState.IDLE : RunState.DONE);
    }

    /** Stops the run going on (returns at once; the state turns to done when its tasks have stopped). */
    public void stop() {
        if (state.get() != RunState.RUNNING) {
            return;
        }
        stopAsked = true;
        // The first run may finish on its own while Stop is pressed: the sequence then starts no second one. A
        // run still being started is stopped as soon as it exists.
        if (sequence == null) {
            stopBeforeStart = true;
        } else {
            sequence.cancel();
        }
    }

    /**
     * Shows runs that ended in another window (the same window loaded again in another language): their configs,
     * recordings and comparison, as if they had just ended here. Only while nothing runs here.
     *
     * @param ended the first run, or null for none
     * @param then  a comparison's second run, or null
     */
    public void restore(RunResult ended, RunResult then) {
        if (ended == null || state.get() == RunState.RUNNING) {
            return;
        }
        reset();
        firstConfig.set(ended.config());
        secondConfig.set(then == null ? null : then.config());
        first.set(ended);
        if (then != null) {
            second.set(then);
            if (ended.comparableWith(then)) {
                comparison.set(new Comparison(ended, then));
            }
        }
        state.set(RunState.DONE);
    }

    /** Stops any run and forgets every result: back to an empty window. */
    public void reset() {
        generation++;
        if (sequence != null) {
            sequence.cancel();
            sequence = null;
        }
        clear();
        firstConfig.set(null);
        secondConfig.set(null);
        state.set(RunState.IDLE);
    }

    private void clear() {
        warmUpNanos = 0;
        stopAsked = false;
        stoppedBeforeStart.set(false);
        Arrays.fill(peaks, null);
        live.set(null);
        liveSlot.set(FIRST);
        first.set(null);
        second.set(null);
        comparison.set(null);
        failure.set("");
    }

    /**
     * Time the engine spent before the clocks of this sequence's runs warming the JIT up (a first large event-loop
     * or virtual-thread run), or 0: known once they ended; their figures do not count it.
     */
    public long warmUpNanos() {
        return warmUpNanos;
    }

    /** The delays of the current (or last) run, the same in both runs of a comparison; null until it started. */
    public Workload workload() {
        return workload;
    }

    /** Idle, running or done. */
    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Idle, running or done. */
    public RunState getState() {
        return state.get();
    }

    /** True while a run goes on. */
    public BooleanBinding runningBinding() {
        return Bindings.equal(state, RunState.RUNNING);
    }

    /** The run going on, whose timeline is drawn live; null otherwise. */
    public ReadOnlyObjectProperty<RunHandle> liveProperty() {
        return live.getReadOnlyProperty();
    }

    /**
     * Whether the last run was stopped before any of its runs had started: the window is empty again because Stop
     * came first, not because of a reset. False again at the next Run or Reset.
     */
    public ReadOnlyBooleanProperty stoppedBeforeStartProperty() {
        return stoppedBeforeStart.getReadOnlyProperty();
    }

    /**
     * Whether the live run is still warming up before its clock (the JIT, the memory of a large run): its chart has
     * nothing to draw yet. Followed once per pulse by {@link #followWarmUp()}.
     */
    public ReadOnlyBooleanProperty warmingUpProperty() {
        return warmingUp.getReadOnlyProperty();
    }

    /** Reads whether the live run is warming up; on the FX thread, once per pulse while a run goes on. */
    public void followWarmUp() {
        RunHandle handle = live.get();
        warmingUp.set(handle != null && handle.warmingUp());
    }

    /** Which slot the live run fills: {@link #FIRST} or {@link #SECOND}. */
    public ReadOnlyIntegerProperty liveSlotProperty() {
        return liveSlot.getReadOnlyProperty();
    }

    /** The settings of the first (or only) run, or null when idle. */
    public ReadOnlyObjectProperty<RunConfig> firstConfigProperty() {
        return firstConfig.getReadOnlyProperty();
    }

    /** The settings of a comparison's second run, or null for a single run. */
    public ReadOnlyObjectProperty<RunConfig> secondConfigProperty() {
        return secondConfig.getReadOnlyProperty();
    }

    /** The recording of the first (or only) run once it ended, or null. */
    public ReadOnlyObjectProperty<RunResult> firstProperty() {
        return first.getReadOnlyProperty();
    }

    /** The recording of a comparison's second run once it ended, or null. */
    public ReadOnlyObjectProperty<RunResult> secondProperty() {
        return second.getReadOnlyProperty();
    }

    /**
     * What the JVM counted during run {@code slot} ({@link #FIRST} or {@link #SECOND}), from just before its start
     * to its end, or null (not ended, or restored from another window). Read when the run's property changes: it is
     * set first.
     */
    public ResourceSample peakOf(int slot) {
        return peaks[slot];
    }

    /** The finished runs, first one first: what an export writes. Empty before a run ended. */
    public List<RunResult> finishedRuns() {
        List<RunResult> runs = new ArrayList<>(2);
        if (first.get() != null) {
            runs.add(first.get());
        }
        if (second.get() != null) {
            runs.add(second.get());
        }
        return runs;
    }

    /** Both runs of a finished comparison and their ratio, or null. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Why the last run could not run or ended in an error, in the engine's words; empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
