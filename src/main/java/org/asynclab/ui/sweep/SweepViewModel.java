package org.asynclab.ui.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.ChartTheme;
import org.asynclab.engine.RunHandle;
import org.asynclab.engine.SweepHandle;
import org.asynclab.engine.SweepListener;
import org.asynclab.engine.SweepProgress;
import org.asynclab.export.ExportException;
import org.asynclab.export.SweepCsv;
import org.asynclab.export.SweepExport;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.ui.common.ExportFailure;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsInput;

/**
 * The sweep window without its nodes: which n and which modes to run (with the main window's max delay, kind,
 * seed, pool size and global lock: {@link #baseProperty}), the step under way ("step 3 of 8: Virtual threads,
 * n = 100") and its share of the whole, the points measured so far, Start and Cancel, and saving the plot. The
 * sweep runs on its own thread; every property changes on {@code fxThread}, so the window binds to them directly.
 * Its words follow the window's language ({@link #setText}) without losing a point.
 */
public final class SweepViewModel {
    private final StringProperty sizes = new SimpleStringProperty(this, "sizes", "1, 10, 100");
    private final Map<Mode, BooleanProperty> modes = new EnumMap<>(Mode.class);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<SweepPlan.Step> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObjectProperty<RunConfig> base = new SimpleObjectProperty<>(this, "base", RunConfig.defaults());
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyObjectWrapper<UiText> words = new ReadOnlyObjectWrapper<>(this, "words");

    private UiText text;
    /** What the step line says, kept so it can be said again in another language. */
    private SweepProgress lastStep;
    private String endKey;
    /** The problem shown, kept as how to word it so it can be said again in another language; null: none. */
    private Function<UiText, String> problemWords;
    private final BiFunction<SweepPlan, SweepListener, SweepHandle> starter;
    private final Executor fxThread;
    private SweepHandle handle;

    /**
     * Creates the window's state.
     *
     * @param starter  starts a sweep ({@code SweepRunner::start} in the app)
     * @param fxThread where the sweep's news is handed over ({@code Platform::runLater} in the app)
     */
    public SweepViewModel(UiText text, BiFunction<SweepPlan, SweepListener, SweepHandle> starter, Executor fxThread) {
        this.text = text;
        this.words.set(text);
        this.starter = starter;
        this.fxThread = fxThread;
        for (Mode mode : Mode.values()) {
            modes.put(mode, new SimpleBooleanProperty(this, mode.id(), mode != Mode.THREADS));
        }
    }

    /** The task counts typed, separated by commas or semicolons; empty when one of them is no whole number. */
    List<Integer> typedSizes() {
        List<Integer> values = new ArrayList<>();
        for (String part : sizes.get().split("[,;]")) {
            OptionalLong n = SettingsInput.parseWhole(part.strip());
            if (n.isEmpty() || n.getAsLong() > Integer.MAX_VALUE || n.getAsLong() < Integer.MIN_VALUE) {
                return List.of();
            }
            values.add((int) n.getAsLong());
        }
        return values;
    }

    /** Starts a sweep with the main window's settings ({@link #baseProperty}); see {@link #start(RunConfig)}. */
    public void start() {
        start(base.get());
    }

    /** The pool size a sweep with {@code base} gives the pool: the window's when it runs a pool, else the default. */
    static int workersFor(RunConfig base) {
        return base.mode() == Mode.POOL ? base.workers() : Limits.DEFAULT_WORKERS;
    }

    /**
     * Starts a sweep of the chosen n and modes with {@code base}'s max delay, kind, seed, pool size and lock; a
     * plan that cannot run (no mode, an n out of range, hours of waiting) is a message in {@link #problemProperty}.
     */
    public void start(RunConfig base) {
        if (running.get()) {
            return;
        }
        List<Mode> chosen = new ArrayList<>();
        modes.forEach((mode, on) -> {
            if (on.get()) {
                chosen.add(mode);
            }
        });
        List<Integer> n = typedSizes();
        if (n.isEmpty()) {
            sayProblem(t -> t.get("sweep.error.sizes"));
            return;
        }
        SweepPlan plan = null;
        // what the window shows now: a refused sweep leaves it as it was, not an empty plot to save
        SweepResult shown = result.get();
        double shownProgress = progress.get();
        String shownSaved = saved.get();
        SweepProgress shownStep = lastStep;
        String shownEnd = endKey;
        try {
            plan = new SweepPlan(chosen, n, base.maxDelaySeconds(), base.kind(), base.seed(),
                    workersFor(base), base.globalLock());
            sayProblem(null);
            lastStep = null;
            endKey = null;
            saved.set("");
            result.set(new SweepResult(plan, List.of(), false));
            running.set(true);
            progress.set(0);
            handle = starter.apply(plan, listener());
            handle.result().whenComplete((done, error) -> fxThread.execute(() -> ended(done, error)));
        } catch (InvalidSettingException e) {
            running.set(false);
            result.set(shown);
            progress.set(shownProgress);
            saved.set(shownSaved);
            lastStep = shownStep;
            endKey = shownEnd;
            SweepPlan refused = plan;
            sayProblem(t -> new SweepProblems(t).of(e, n, base.maxDelaySeconds(), refused));
        }
    }

    private SweepListener listener() {
        return new SweepListener() {
            @Override
            public void stepStarted(SweepProgress p, RunHandle run) {
                fxThread.execute(() -> {
                    progress.set(p.fraction());
                    current.set(new SweepPlan.Step(p.mode(), p.tasks()));
                    lastStep = p;
                    sayStep();
                });
            }

            @Override
            public void stepFinished(SweepProgress p, SweepPoint point, SweepResult soFar) {
                fxThread.execute(() -> result.set(soFar));
            }
        };
    }

    private void ended(SweepResult done, Throwable error) {
        current.set(null);
        handle = null;
        if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            SweepPlan plan = result.get() == null ? null : result.get().plan();
            if (cause instanceof InvalidSettingException refused && plan != null) {
                sayProblem(t -> new SweepProblems(t).of(refused, plan.sizes(), plan.maxDelaySeconds(), plan));
            } else {
                sayProblem(t -> String.valueOf(cause.getMessage()));
            }
        } else {
            result.set(done);
            // a cancelled sweep's bar shows the steps it measured: full beside "Sweep cancelled" read as done
            progress.set(done.cancelled() && !done.plan().steps().isEmpty()
                    ? done.points().size() / (double) done.plan().steps().size() : 1);
            // "the points measured so far stay" beside none measured said what did not happen
            endKey = !done.cancelled() ? "sweep.done" : done.points().isEmpty() ? "sweep.cancelledEmpty"
                    : "sweep.cancelled";
            sayStep();
        }
        // Last: whoever waits for the end (the window, a test) then finds the result and the last words in place.
        running.set(false);
    }

    private void sayProblem(Function<UiText, String> words) {
        problemWords = words;
        problem.set(words == null ? "" : words.apply(text));
    }

    private void sayStep() {
        if (endKey != null) {
            step.set(text.get(endKey));
        } else if (lastStep != null) {
            step.set(text.format("sweep.step", text.integer(lastStep.step()), text.integer(lastStep.steps()),
                    text.get("mode." + lastStep.mode().id()), text.integer(lastStep.tasks())));
        }
    }

    /** Says everything again in {@code newText}'s language: the step line, a problem of the window's own. */
    public void setText(UiText newText) {
        text = newText;
        sayStep();
        if (problemWords != null) {
            problem.set(problemWords.apply(text));
        }
        saved.set("");
        words.set(newText);
    }

    /**
     * Writes the sweep so far as {@code format} (png, svg or csv) to {@code target}, the pictures in {@code theme};
     * says where it went, or why it could not, in {@link #savedProperty}. Nothing is written before a sweep.
     */
    public void save(String format, Path target, ChartTheme theme) {
        SweepResult sweep = result.get();
        if (sweep == null) {
            return;
        }
        ChartSpec spec = ChartSpec.defaults().withTheme(theme);
        try {
            switch (format) {
                case "png" -> SweepExport.png(sweep, spec, target, 2);
                case "svg" -> SweepExport.svg(sweep, spec, target);
                default -> SweepCsv.write(target, sweep);
            }
            saved.set(text.format("sweep.saved", target.getFileName()));
        } catch (ExportException | RuntimeException e) {
            saved.set(text.format("sweep.saveFailed", ExportFailure.why(text, e)));
        }
    }

    /** Space: starts a sweep, or stops the one under way. */
    public void startOrStop() {
        if (running.get()) {
            cancel();
        } else {
            start();
        }
    }

    /** Stops the sweep; the points measured so far stay. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /** The task counts as typed. */
    public StringProperty sizesProperty() {
        return sizes;
    }

    /** Whether {@code mode} is part of the sweep. */
    public BooleanProperty modeProperty(Mode mode) {
        return modes.get(mode);
    }

    /** Why the sweep could not start or failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "step 3 of 8: Virtual threads, n = 100", then "done" or "cancelled". */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Share of the steps done, 0 … 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether a sweep goes on. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The points so far (all of them at the end), or null before the first sweep. */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The main window's settings the sweep uses for everything but n and the modes. */
    public ObjectProperty<RunConfig> baseProperty() {
        return base;
    }

    /** Where the last save went, or why it failed; empty before. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The words the window speaks now; changes with the language. */
    public ReadOnlyObjectProperty<UiText> wordsProperty() {
        return words.getReadOnlyProperty();
    }

    /** The step being measured, or null. */
    public ReadOnlyObjectProperty<SweepPlan.Step> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
