package org.asynclab.ui.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.asynclab.engine.RunHandle;
import org.asynclab.engine.python.ProgramCopies;
import org.asynclab.engine.python.ProgramLog;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.engine.python.PythonInterpreter;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.engine.python.PythonSettings;
import org.asynclab.lesson.PythonProgram;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.code.CodeViewModel;
import org.asynclab.ui.run.RunLauncher;
import org.asynclab.ui.replay.ReplayTimeline;

/**
 * Runs the editor's Python program in the window: whether Run runs it ({@link #activeProperty()}: on as soon as a
 * program is the editor's source — a Python lesson's, a file opened, the Python edited), the launcher that starts it
 * under the tracer instead of a Java mode, and what a run hands to the code panel (its output each pulse, its
 * problems on their lines at the end, the lines its tasks are paused on).
 *
 * <p>Threads: {@link #arm()} takes the editor's text on the FX thread; the launcher (on the run view model's
 * background thread) finds the interpreter, writes the text to a file of its own and starts it; {@link #pulse()},
 * {@link #ended} and {@link #replayAt} run on the FX thread.
 */
public final class ProgramRunViewModel {
    /** The name a program gets when the editor's text has none. */
    static final String DEFAULT_NAME = "program.py";

    /** A program taken from the editor for the next run, and the delays to serve it (null: its own). */
    record Program(String name, String source, RunConfig served) {
    }

    private final CodeViewModel code;
    private final UiText text;
    private final Supplier<Optional<PythonInterpreter>> finder;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", DEFAULT_NAME);
    private final ReadOnlyIntegerWrapper serverPort = new ReadOnlyIntegerWrapper(this, "serverPort", -1);
    /** Written on the FX thread, taken by the launcher on the starter thread. */
    private volatile Program armed;
    private PythonRun live;
    /** What the output pane has of the live run's output. */
    private ProgramLog.Seen shown = ProgramLog.Seen.NOTHING;
    private RunResult last;
    /** Where the replay's cursor 0 is in {@link #last}'s recording: its first submission. */
    private long lastOrigin;

    /** Runs with the first suitable {@code python3} ({@link PythonFinder#find()}). */
    public ProgramRunViewModel(CodeViewModel code, UiText text) {
        this(code, text, PythonFinder::find);
    }

    /** Runs with the interpreter {@code finder} gives (called off the FX thread: it may start Python). */
    public ProgramRunViewModel(CodeViewModel code, UiText text, Supplier<Optional<PythonInterpreter>> finder) {
        this.code = code;
        this.text = text;
        this.finder = finder;
        // Editing the Python means the teacher wants to see that program run. Read on a change of the source only:
        // a new original (the settings changed) is briefly "modified" until the source follows it.
        code.sourceProperty().addListener((o, was, now) -> {
            if (code.isModified()) {
                active.set(true);
            }
        });
        // A program loaded from a file or a lesson is named after it (Open Python file… loads through CodeFiles).
        code.originProperty().addListener((o, was, now) -> {
            if (now != null && now.endsWith(".py")) {
                name.set(now);
                active.set(true);
            }
        });
    }

    /** Loads a program (a lesson's, a file's) into the editor; Run now runs it. */
    public void load(String fileName, String source) {
        code.load(fileName, source);
        name.set(fileName);
        active.set(true);
    }

    /**
     * Takes the program of the window this one replaces (another language): the editor's Python, its name, and
     * whether Run runs it.
     */
    public void takeOver(ProgramRunViewModel before) {
        code.takeOver(before.code);
        name.set(before.name.get());
        active.set(before.active.get());
    }

    /** Loads a scenario's program in the window's language (a French session: its French file); Run now runs it. */
    public void load(PythonProgram program) {
        load(program.fileName(), program.sourceIn(text.locale()));
    }

    /**
     * Takes the editor's text for the next run (FX thread). The launcher then starts it instead of the Java mode.
     */
    public void arm() {
        arm(null);
    }

    /**
     * Like {@link #arm()}, serving {@code served}'s seeded delays to the program's {@code random.uniform} in call
     * order (null: it draws its own): "same delays, two worlds", the Java run that follows gets the same delays.
     */
    public void arm(RunConfig served) {
        armed = new Program(name.get(), code.getSource(), served);
        // Followed from Run on: finding Python and starting it took seconds on a loaded machine, while the window
        // said "Running: Event loop…" under a chart titled with the Java settings, as if a Java run came first.
        following.set(true);
    }

    /** The delays the armed program is served, or null: it draws its own (or none is armed). */
    public RunConfig served() {
        Program program = armed;
        return program == null ? null : program.served();
    }

    /** Starts the armed program if there is one, otherwise {@code java}'s run. */
    public RunLauncher launcher(RunLauncher java) {
        return (config, workload) -> {
            Program program = armed;
            armed = null;
            return program == null ? java.start(config, workload) : start(program);
        };
    }

    private RunHandle start(Program program) {
        PythonInterpreter python = finder.get().orElseThrow(
                () -> new IllegalStateException(text.format("python.missing", PythonFinder.HOW_TO_INSTALL)));
        try {
            String name = fileName(program.name());
            Path file = ProgramCopies.write(name, program.source());
            PythonSettings settings = PythonSettings.of(file, python).named(name);
            PythonRun run;
            try {
                run = PythonRun.start(program.served() == null ? settings : settings.serving(program.served()));
            } catch (IOException | RuntimeException e) {
                ProgramCopies.delete(file);
                throw e;
            }
            run.result().whenComplete((result, error) -> ProgramCopies.delete(file));
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(text.format("python.cannotStart", e.getMessage()), e);
        }
    }

    /** A bare {@code .py} name for the program's file (tracebacks and warnings name it). */
    static String fileName(String name) {
        String bare = name == null ? "" : Path.of(name.isBlank() ? DEFAULT_NAME : name).getFileName().toString();
        return PythonProgram.isFileName(bare) ? bare : DEFAULT_NAME;
    }

    /** A run became live (or none is): a Python run's output and marks start afresh (FX thread). */
    public void follow(RunHandle handle) {
        if (handle instanceof PythonRun run) {
            live = run;
            serverPort.set(run.serverPort());
            shown = ProgramLog.Seen.NOTHING;
            last = null;
            code.output().clear();
            code.clearProblem();
            message.set("");
            following.set(true);
        } else if (handle != null) {
            live = null;
            serverPort.set(-1);
            following.set(false);
        }
    }

    /** Once per pulse while a Python run goes on: its new output lines and the lines its tasks wait on. */
    public void pulse() {
        PythonRun run = live;
        if (run == null) {
            return;
        }
        offer(run.log().outputSince(shown));
        // The Output's times count from the chart's 0, the first task: rows appear in the order they were made.
        if (run.timeline().size() > 0) {
            code.output().setOrigin(run.timeline().submittedNanos(0));
        }
        code.showPausedAt(run.timeline(), run.timeline().nowNanos());
    }

    /** New lines after the pane's, and lines printed in pieces that grew, in their rows. */
    private void offer(ProgramLog.News news) {
        for (ProgramLog.Row row : news.rows()) {
            code.output().offer(row.index(), row.line().text(), row.line().nanos());
        }
        shown = news.seen();
    }

    /** A run ended: for a Python run, the rest of its output, and its problem on its line and in the status. */
    public void ended(RunResult result) {
        if (result == null || result.program() == null || live == null) {
            return;
        }
        live = null;
        show(result);
    }

    /**
     * A finished Python run of the window this one replaces (loaded again in another language): what it printed and
     * its problem come back with its chart; the output pane was empty.
     */
    public void restore(RunResult result) {
        if (result == null || result.program() == null) {
            return;
        }
        forget();
        shown = ProgramLog.Seen.NOTHING;
        show(result);
    }

    /** A finished run's output (what the pane lacks of it), its problem on its line and in the status. */
    private void show(RunResult result) {
        serverPort.set(-1);
        last = result;
        lastOrigin = new ReplayTimeline(result).origin();
        following.set(false);
        ProgramRun program = result.program();
        offer(ProgramLog.news(program.output(), shown));
        code.output().setOrigin(lastOrigin);
        code.output().runEnded();
        code.setPausedLines(new TreeMap<>());
        ProgramProblem problem = mainProblem(program);
        // A stop is the run bar's own news ("Stopped: …"); the status tells of errors and warnings.
        if (problem == null || problem.kind() == ProgramProblem.Kind.STOPPED) {
            message.set("");
            return;
        }
        if (problem.line() > 0) {
            code.showProblem(problem.line(), problem.column(), problem.message());
        }
        // A program that did not compile is named with its error: the file, the line, the column, the message.
        message.set(program.ran() || problem.line() <= 0 ? status(problem, text)
                : text.format("python.problem.notCompiled", fileName(program.file()), Integer.toString(problem.line()),
                        Integer.toString(Math.max(1, problem.column())), problem.message()));
    }

    /** The status bar's line for a problem, in the window's language: {@code Python: line 7: ZeroDivisionError: …}. */
    static String status(ProgramProblem problem, UiText text) {
        String said = problem.isInputWithoutKeyboard()
                ? text.format("python.problem.noKeyboard", problem.message()) : problem.message();
        if (problem.line() <= 0) {
            return text.format("python.problem", said);
        }
        String line = Integer.toString(problem.line());
        return problem.column() > 0
                ? text.format("python.problem.atColumn", line, Integer.toString(problem.column()), said)
                : text.format("python.problem.at", line, said);
    }

    /** The error that ended the program, else its first warning, else a stop; null when all went well. */
    public static ProgramProblem mainProblem(ProgramRun program) {
        ProgramProblem error = program.error();
        if (error != null) {
            return error;
        }
        return program.problems().stream().filter(p -> p.kind() == ProgramProblem.Kind.WARNING).findFirst()
                .orElseGet(() -> program.problems().isEmpty() ? null : program.problems().get(0));
    }

    /**
     * The replay's cursor moved to {@code seconds} after the run's first submission (the replay's 0): the lines a
     * finished Python run's tasks waited on then. (Read as seconds of the recording, the cursor at its end left the
     * last tasks "paused" on their lines, as many milliseconds before their end as the program took to start.)
     */
    public void replayAt(double seconds) {
        if (last != null) {
            code.showPausedAt(last, lastOrigin + Math.round(seconds * 1e9));
        }
    }

    /**
     * Forgets the last Python run (Reset, the way to another scenario): its output, its problem's mark and line in
     * the status go with its chart, so nothing of it is said under the next scenario's code.
     */
    public void forget() {
        last = null;
        live = null;
        serverPort.set(-1);
        following.set(false);
        code.setPausedLines(new TreeMap<>());
        code.output().clear();
        code.clearProblem();
        message.set("");
    }

    /** Whether Run runs the editor's Python program instead of a Java mode. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    /**
     * True from Run (the program {@linkplain #arm armed}) while a Python run is started and goes on: the window
     * calls {@link #pulse()} each frame meanwhile.
     */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /**
     * The port of AsyncLab's server while the live program has one (a program that fetches from it, given the
     * port as its first argument), else −1.
     */
    public ReadOnlyIntegerProperty serverPortProperty() {
        return serverPort.getReadOnlyProperty();
    }

    /** The last Python run's problem for the status bar, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The program's file name, e.g. {@code wait-n.py}. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }
}
