package org.asynclab.ui;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.asynclab.lesson.Lesson;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.ui.code.CodeViewModel;
import org.asynclab.ui.common.TwoWorlds;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.lesson.LessonViewModel;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.python.ProgramRunViewModel;
import org.asynclab.ui.replay.ReplayViewModel;
import org.asynclab.ui.results.ComparisonSentence;
import org.asynclab.ui.results.ComparisonTable;
import org.asynclab.ui.results.ResultsViewModel;
import org.asynclab.ui.run.GuessViewModel;
import org.asynclab.ui.run.RunControls;
import org.asynclab.ui.run.RunLauncher;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.run.RunViewModel;
import org.asynclab.ui.settings.SettingsSummary;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The whole window without its nodes: the settings, the run cycle, the results and the replay, and the rules
 * that tie them (Run only with valid settings, settings frozen while running, results following the live run,
 * a finished run ready to replay). The controller binds nodes to it and forwards keys and clicks.
 */
public final class MainViewModel {
    private final UiText text;
    private final SettingsViewModel settings;
    private final RunViewModel run;
    private final ResultsViewModel results;
    private final ReplayViewModel replay = new ReplayViewModel();
    private final ExportViewModel export;
    private final LessonViewModel lesson;
    private final CodeViewModel code;
    private final ProgramRunViewModel python;
    private final LookViewModel look;
    private final GuessViewModel guess;
    private final SettingsSummary summary;
    private final ComparisonTable table;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper comparisonText = new ReadOnlyStringWrapper(this, "comparisonText", "");
    private final ComparisonSentence sentence;
    private final TwoWorlds worlds;
    private final StatusLine statusLine;
    private final BooleanProperty sweeping = new SimpleBooleanProperty(this, "sweeping");
    /** Valid settings, no run and no sweep going on: what Run needs besides a guess a lesson may ask for. */
    private final BooleanBinding startable;
    private final BooleanBinding canRun;
    private final BooleanBinding running;
    private final ProgramLine programLine;
    private final ScenarioMoves scenarios;
    private final ProgramTwin twin;

    /**
     * Creates the window's state.
     *
     * @param launcher   starts runs (the engine)
     * @param fxThread   where the engine's results are handed over ({@code Platform::runLater} in the app)
     * @param background where runs are started, away from the FX thread
     * @param export     the Export menu's state
     */
    public MainViewModel(UiText text, RunLauncher launcher, Executor fxThread, Executor background,
                         ExportViewModel export) {
        this(text, launcher, fxThread, background, export, new LookViewModel(), List.of());
    }

    /**
     * Creates the window's state with its look (kept across a change of language) and the lesson to click through
     * (null when the bundled lesson could not be read).
     */
    public MainViewModel(UiText text, RunLauncher launcher, Executor fxThread, Executor background,
                         ExportViewModel export, LookViewModel look, Lesson lesson) {
        this(text, launcher, fxThread, background, export, look, lesson == null ? List.of() : List.of(lesson));
    }

    /** Creates the window's state with every lesson the Lesson menu offers, in order (empty when none reads). */
    public MainViewModel(UiText text, RunLauncher launcher, Executor fxThread, Executor background,
                         ExportViewModel export, LookViewModel look, List<Lesson> lessons) {
        this.text = text;
        this.export = export;
        this.look = look;
        this.settings = new SettingsViewModel(text);
        this.lesson = new LessonViewModel(text, settings, lessons);
        // The code in the window's language, with the lesson's own delays: the code of the run that will be shown.
        this.code = new CodeViewModel(settings, text, this.lesson::delaysFor, this.lesson::compareFor);
        this.lesson.currentProperty().addListener(o -> code.update());
        this.python = new ProgramRunViewModel(code, text);
        this.run = new RunViewModel(python.launcher(launcher), fxThread, background);
        this.results = new ResultsViewModel(text);
        this.sentence = new ComparisonSentence(text);
        this.worlds = new TwoWorlds(text);
        this.guess = new GuessViewModel(text, this.lesson.currentProperty());
        this.statusLine = new StatusLine(text, run, python, worlds, guess);
        this.summary = new SettingsSummary(settings, text, this.lesson::compareFor, this.lesson::delaysFor,
                this.lesson.currentProperty());
        this.table = new ComparisonTable(text);
        this.running = run.runningBinding();
        this.programLine = new ProgramLine(settings, summary, python, worlds, running);
        // A sweep (Run ▸ Sweep…) and a run would steal each other's cores: one at a time.
        this.startable = settings.validProperty().and(running.not()).and(sweeping.not());
        this.canRun = startable.and(guess.readyBinding());
        this.scenarios = new ScenarioMoves(this.lesson, () -> run.getState() == RunState.RUNNING, this::reset);
        settings.editableProperty().bind(running.not());
        new RunFollowers(run, results, table, summary, worlds, guess, this::updateStatus).listen();
        // The picture gets the room: the settings fold when a lesson shows and when a run starts.
        this.lesson.showingProperty().addListener((o, was, now) -> {
            if (now) {
                summary.fold();
            }
        });
        run.comparisonProperty().addListener((o, was, now) -> comparisonText.set(sentence.of(now)));
        run.stateProperty().addListener((o, was, now) -> stateChanged(now));
        // A program is followed from Run on; its server's port comes later, with its handle.
        List.<Observable>of(run.failureProperty(), guess.readyBinding(), run.warmingUpProperty(),
                run.stoppedBeforeStartProperty(), python.followingProperty(), python.serverPortProperty(),
                python.messageProperty()).forEach(each -> each.addListener(o -> updateStatus()));
        wirePython();
        this.twin = new ProgramTwin(settings, python.activeProperty());
        stateChanged(RunState.IDLE);
    }

    /** Python programs (issue 11): Run runs the editor's program while one is the source. */
    private void wirePython() {
        run.liveProperty().addListener((o, was, now) -> python.follow(now));
        run.firstProperty().addListener((o, was, now) -> python.ended(now));
        replay.positionProperty().addListener((o, was, now) -> python.replayAt(now.doubleValue()));
        // A program of its own decides what its tasks do: the form's Java-only fields step aside while it is the
        // run. The settings' own program, unedited, does what they say.
        settings.programProperty().bind(python.activeProperty().and(code.settingsCodeProperty().not()));
        // Choosing a Java mode means running Java again; a Python lesson's scenario loads its program.
        settings.modeProperty().addListener(o -> python.activeProperty().set(false));
        lesson.currentProperty().addListener((o, was, now) -> {
            if (now != null && now.python().isPresent()) {
                python.load(now.python().get());
                look.codeVisibleProperty().set(true);
            } else if (was != null && was.python().isPresent()) {
                python.activeProperty().set(false);
                code.useSettingsCode();
            }
        });
    }

    private void stateChanged(RunState state) {
        if (state == RunState.IDLE) {
            programLine.refresh();
            python.forget();
            results.clear();
            table.clear();
            guess.clear();
            replay.clear();
        } else if (state == RunState.DONE) {
            RunResult first = run.firstProperty().get();
            RunResult second = run.secondProperty().get();
            if (second != null) {
                replay.load(first, second);
            } else if (first != null && !first.ranNothing()) {
                replay.load(first); // a program that did not compile has nothing to replay: Play stays greyed
            } else {
                replay.clear();
            }
        } else {
            replay.clear();
        }
        updateStatus();
    }

    private void updateStatus() {
        status.set(statusLine.now());
    }

    /** Runs the settings (a comparison when a second mode is chosen); does nothing if Run is disabled. */
    public void runOrIgnore() {
        if (canRun.get()) {
            start();
        }
    }

    /** {@code --run}: runs as Run does, without the guess a scenario asks for ({@code io-vs-cpu} did nothing). */
    public void runAtStart() {
        if (startable.get()) {
            start();
        }
    }

    private void start() {
        guess.take();
        RunConfig config = settings.toConfig();
        Mode other = settings.compareWithProperty().get();
        if (python.isActive()) {
            // Same delays, two worlds: compared with a Java mode, the program gets the settings' seeded delays.
            RunConfig java = other == null ? null : settings.toConfig(other);
            python.arm(java == null ? null : config); // and the settings line says so before Python is found
            summary.programProperty().set(programLine.line(python.served()));
            run.run(config, java, null);
            return;
        }
        RunConfig second = other == null ? null : settings.toSecondConfig(config, other, lesson::compareFor);
        run.run(config, second, lesson.delaysFor(config));
    }

    /**
     * "Run this program": runs the code panel's Python program (Run stays in Python mode after it), when Run could
     * run; beside a Java run in the program's own mode in a comparison ({@link ProgramTwin}). Pressed during a Java
     * run, it had turned the window to Python mode: the settings line named the program over the Java run on screen.
     */
    public void runProgram() {
        if (canRun.get()) {
            twin.besideTheProgram(python.isActive());
            python.activeProperty().set(true);
            runOrIgnore();
        }
    }

    /** Space: stops a run going on, otherwise runs. */
    public void runOrStop() {
        if (running.get()) {
            run.stop();
        } else {
            runOrIgnore();
        }
    }

    /** Stops the run going on. */
    public void stop() {
        run.stop();
    }

    /** Reset to defaults: the classroom settings, the light theme, the designed text size, no lesson. */
    public void resetToDefaults() {
        reset();
        lesson.close();
        settings.applyComparison(RunConfig.defaults(), null);
        look.reset();
    }

    /**
     * Takes the code panel's program of the window this one replaces (loaded again in another language), after its
     * settings and lesson: the program, the teacher's edits, Python mode and the comparison it set aside.
     */
    public void takeOverProgram(MainViewModel before) {
        python.takeOver(before.python);
        twin.takeOver(before.twin);
    }

    /**
     * Shows the runs of the window this one replaces (loaded again in another language): the results, the
     * comparison table, the charts and the replay come back, worded in this window's language.
     */
    public void restoreRuns(List<RunResult> runs) {
        if (runs.isEmpty()) {
            return;
        }
        RunResult first = runs.get(0);
        RunResult then = runs.size() > 1 ? runs.get(1) : null;
        if (then != null && first.program() != null) {
            table.beginProgramBeside(first.program().file(), then.config());  // two worlds, as the live run said
        } else if (then != null) {
            table.begin(first.config(), then.config());
        }
        run.restore(first, then);
        python.restore(first);
    }

    /** Stops any run and empties the window; the settings stay. */
    public void reset() {
        run.reset();
    }

    /** The settings form. */
    public SettingsViewModel settings() {
        return settings;
    }

    /** The run cycle. */
    public RunViewModel run() {
        return run;
    }

    /** The results panel. */
    public ResultsViewModel results() {
        return results;
    }

    /** The replay of the last run. */
    public ReplayViewModel replay() {
        return replay;
    }

    /** The Export menu. */
    public ExportViewModel export() {
        return export;
    }

    /** The finished runs, first one first: what an export writes. Empty before a run ended. */
    public List<RunResult> finishedRuns() {
        return run.finishedRuns();
    }

    /** Predict, then reveal: the class's guess of the total. */
    public GuessViewModel guess() {
        return guess;
    }

    /** The settings in one line, and whether the whole form is open. */
    public SettingsSummary summary() {
        return summary;
    }

    /** A comparison's results side by side. */
    public ComparisonTable comparisonTable() {
        return table;
    }

    /** What the run bar's buttons do and when. */
    public RunControls controls() {
        return new RunControls(canRun, running, run.stateProperty().isEqualTo(RunState.IDLE), this::runOrIgnore,
                this::stop, this::reset);
    }

    /** The lesson mode. */
    public LessonViewModel lesson() {
        return lesson;
    }

    /** The ways to another scenario, and their one rule. */
    public ScenarioMoves scenarios() {
        return scenarios;
    }

    /** Running the editor's Python program. */
    public ProgramRunViewModel python() {
        return python;
    }

    /** The code panel. */
    public CodeViewModel code() {
        return code;
    }

    /** The theme, text size, language and code panel: what outlives the window's nodes. */
    public LookViewModel look() {
        return look;
    }

    /** The words of the window. */
    public UiText text() {
        return text;
    }

    /** Whether a sweep goes on in the sweep window (Run is disabled meanwhile). */
    public BooleanProperty sweepingProperty() {
        return sweeping;
    }

    /** Whether Run can be pressed: valid settings and no run going on. */
    public BooleanBinding canRunBinding() {
        return canRun;
    }

    /** Whether a run goes on (Stop can be pressed). */
    public BooleanBinding runningBinding() {
        return running;
    }

    /** One line saying what the window is doing. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Event loop: 5.3× faster than sequential" after a comparison; empty otherwise. */
    public ReadOnlyStringProperty comparisonTextProperty() {
        return comparisonText.getReadOnlyProperty();
    }
}
