package org.asynclab.ui.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.asynclab.engine.RunHandle;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.engine.python.PythonInterpreter;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.lesson.PythonProgram;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.Phase;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.Workload;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.code.CodeViewModel;
import org.asynclab.ui.code.OutputViewModel;
import org.asynclab.ui.run.RunLauncher;
import org.asynclab.ui.replay.ReplayTimeline;
import org.asynclab.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramRunViewModelTest {
    private static final String SLEEPS = """
            import asyncio


            async def main() -> None:
                await asyncio.sleep(0.3)
                print("done")
                print(1 / 0)

            asyncio.run(main())
            """;

    private final UiText english = UiText.forLocale(Locale.ENGLISH);
    private final SettingsViewModel settings = new SettingsViewModel(english, () -> 1);
    private final CodeViewModel code = new CodeViewModel(settings, english, config -> null, Runnable::run,
            Runnable::run);
    private final List<RunConfig> javaRuns = new ArrayList<>();
    private final RunLauncher java = (config, workload) -> {
        javaRuns.add(config);
        return null;
    };

    @TempDir
    Path folder;

    @Test
    void theStatusSaysWhereTheProblemIsInTheWindowsLanguage() {
        ProgramProblem error = new ProgramProblem(ProgramProblem.Kind.EXCEPTION, "ZeroDivisionError: division by zero",
                "/t/a.py", 7, 0, null, null);
        ProgramProblem syntax = new ProgramProblem(ProgramProblem.Kind.SYNTAX_ERROR, "SyntaxError: invalid syntax",
                "/t/a.py", 2, 7, "def f(:", null);
        ProgramProblem nowhere = new ProgramProblem(ProgramProblem.Kind.EXCEPTION, "MemoryError", null, 0, 0, null,
                null);
        UiText french = UiText.forLocale(Locale.FRENCH);

        assertThat(ProgramRunViewModel.status(error, english))
                .isEqualTo("Python: line 7: ZeroDivisionError: division by zero");
        assertThat(ProgramRunViewModel.status(syntax, english))
                .isEqualTo("Python: line 2, column 7: SyntaxError: invalid syntax");
        assertThat(ProgramRunViewModel.status(error, french))
                .isEqualTo("Python\u00a0: ligne 7\u00a0: ZeroDivisionError: division by zero");
        assertThat(ProgramRunViewModel.status(syntax, french))
                .isEqualTo("Python\u00a0: ligne 2, colonne 7\u00a0: SyntaxError: invalid syntax");
        assertThat(ProgramRunViewModel.status(nowhere, french)).isEqualTo("Python\u00a0: MemoryError");
    }

    @Test
    void inputReadingPastItsEndSaysTheProgramHasNoKeyboard() {
        ProgramProblem eof = new ProgramProblem(ProgramProblem.Kind.EXCEPTION, "EOFError: EOF when reading a line",
                "/t/ask.py", 3, 0, null, null);

        assertThat(ProgramRunViewModel.status(eof, english)).isEqualTo("Python: line 3: EOFError: EOF when reading a"
                + " line (input() reads nothing here: AsyncLab runs the program without a keyboard)");
        assertThat(ProgramRunViewModel.status(eof, UiText.forLocale(Locale.FRENCH)))
                .isEqualTo("Python\u00a0: ligne 3\u00a0: EOFError: EOF when reading a line (input() ne lit rien ici"
                        + "\u00a0: AsyncLab exécute le programme sans clavier)");
    }

    @Test
    void editingThePythonOrOpeningAFileMakesRunRunTheProgram() throws Exception {
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, Optional::empty);
        assertThat(python.isActive()).isFalse();
        settings.tasksProperty().set("7");
        assertThat(python.isActive()).as("the settings' own code follows them: still Java").isFalse();

        code.setSource(code.getSource() + "# mine\n");
        assertThat(python.isActive()).isTrue();

        python.activeProperty().set(false);
        Path file = Files.writeString(folder.resolve("student.py"), "print('hi')\n");
        code.files().open(file);
        assertThat(python.isActive()).isTrue();
        assertThat(python.nameProperty().get()).isEqualTo("student.py");
    }

    @Test
    void withoutAnArmedProgramTheJavaModeRunsAndAnArmedOneIsTakenOnce() {
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, Optional::empty);
        RunLauncher launcher = python.launcher(java);
        RunConfig config = RunConfig.defaults();

        launcher.start(config, Workload.generate(config));
        assertThat(javaRuns).containsExactly(config);

        python.load("greet.py", "print('hello')\n");
        python.arm();
        // No Python here (the finder finds none): the run fails with what to install, and no Java run starts.
        assertThatThrownBy(() -> launcher.start(config, Workload.generate(config)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sudo apt install python3");
        assertThat(javaRuns).hasSize(1);

        launcher.start(config, Workload.generate(config));
        assertThat(javaRuns).hasSize(2);
    }

    @Test
    void aFrenchSessionShowsAndRunsThePythonLessonsFrenchFile() throws Exception {
        Optional<PythonInterpreter> found = PythonFinder.find();
        assumeTrue(found.isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        UiText french = UiText.forLocale(Locale.FRENCH);
        CodeViewModel frenchCode = new CodeViewModel(new SettingsViewModel(french, () -> 1), french, config -> null,
                Runnable::run, Runnable::run);
        ProgramRunViewModel python = new ProgramRunViewModel(frenchCode, french, () -> found);
        PythonProgram greet = ScenarioLibrary.bundledPython().find("greet").orElseThrow().python().orElseThrow();

        python.load(greet);

        assertThat(frenchCode.getSource()).as("the code panel's text").isEqualTo(greet.sourceIn(Locale.FRENCH))
                .isNotEqualTo(greet.sourceIn(Locale.ENGLISH)).contains("Attendre une seconde sans bloquer");
        python.arm();
        PythonRun run = (PythonRun) python.launcher(java).start(RunConfig.defaults(), null);
        python.follow(run);
        // The copy Python runs is removed once the run ends, and greet waits 1 s first: it is still there.
        Path ran = run.settings().file();
        assertThat(ran).hasFileName("greet.py");
        assertThat(Files.readString(ran)).isEqualTo(greet.sourceIn(Locale.FRENCH));
        RunResult result = run.await();
        python.pulse();
        python.ended(result);
        frenchCode.output().flush();
        assertThat(frenchCode.output().lines()).extracting(OutputViewModel.Line::text)
                .as("what the lesson's picture says the French text prints")
                .containsSubsequence(greet.picture(Locale.FRENCH).prints());
        assertThat(result.program().file()).isEqualTo("greet.py");
    }

    @Test
    void anEnglishSessionShowsThePythonLessonsProgramAsItWas() throws Exception {
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, Optional::empty);
        PythonProgram greet = ScenarioLibrary.bundledPython().find("greet").orElseThrow().python().orElseThrow();

        python.load(greet);

        assertThat(code.getSource()).isEqualTo(Files.readString(Path.of("resources", "scenarios-python", "greet.py")));
        assertThat(python.nameProperty().get()).isEqualTo("greet.py");
    }

    @Test
    void aProgramsFileNameIsABarePythonName() {
        assertThat(ProgramRunViewModel.fileName("wait-n.py")).isEqualTo("wait-n.py");
        assertThat(ProgramRunViewModel.fileName("/home/me/td/wait_n.py")).isEqualTo("wait_n.py");
        assertThat(ProgramRunViewModel.fileName("notes.txt")).isEqualTo(ProgramRunViewModel.DEFAULT_NAME);
        assertThat(ProgramRunViewModel.fileName("")).isEqualTo(ProgramRunViewModel.DEFAULT_NAME);
    }

    @Test
    void aRealRunFeedsTheOutputMarksTheErrorLineAndThePausedLinesOfTheReplay() throws Exception {
        Optional<PythonInterpreter> found = PythonFinder.find();
        assumeTrue(found.isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, () -> found);
        python.load("sleeps.py", SLEEPS);
        python.arm();

        RunHandle handle = python.launcher(java).start(RunConfig.defaults(), null);
        assertThat(handle).isInstanceOf(PythonRun.class);
        python.follow(handle);
        assertThat(python.followingProperty().get()).isTrue();
        RunResult result = handle.await();
        python.pulse();
        python.ended(result);
        code.output().flush();

        assertThat(python.followingProperty().get()).isFalse();
        assertThat(code.output().lines()).extracting(OutputViewModel.Line::text).contains("done");
        assertThat(code.problemProperty().get()).isNotNull();
        assertThat(code.problemProperty().get().line()).isEqualTo(7);
        assertThat(python.messageProperty().get()).contains("line 7").contains("ZeroDivisionError");
        assertThat(result.program().file()).as("the program as loaded, not the temporary copy that ran")
                .isEqualTo("sleeps.py");
        assertThat(result.program().error().file()).isEqualTo("sleeps.py");

        // Mid-sleep on the replay's cursor (seconds from the first submission, the replay's 0), the main task
        // waits on line 5; at the replay's end, no task waits any more.
        ReplayTimeline replay = new ReplayTimeline(result);
        python.replayAt((result.startedNanos(0) - replay.origin()) / 1e9 + 0.15);
        assertThat(code.pausedLinesProperty().get()).containsKey(5);
        python.replayAt(replay.length() / 1e9);
        assertThat(code.pausedLinesProperty().get()).isEmpty();
    }
    /**
     * A line printed in pieces grows in one row of the output while the program runs, and ends as one line: each
     * piece used to add a row.
     */
    @Test
    void aLinePrintedInPiecesGrowsInOneRow() throws Exception {
        Optional<PythonInterpreter> found = PythonFinder.find();
        assumeTrue(found.isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        Path go = folder.resolve("go");
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, () -> found);
        python.load("dots.py", """
                import asyncio
                import os
                async def main():
                    print("0 ", end="", flush=True)
                    while not os.path.exists("%s"):
                        await asyncio.sleep(0.01)
                    print("1 ", end="", flush=True)
                    print("done")
                asyncio.run(main())
                """.formatted(go));
        python.arm();
        RunHandle handle = python.launcher(java).start(RunConfig.defaults(), null);
        python.follow(handle);
        for (long deadline = System.nanoTime() + 30_000_000_000L; code.output().lines().isEmpty()
                && System.nanoTime() < deadline; code.output().flush()) {
            Thread.sleep(10);
            python.pulse();
        }
        List<OutputViewModel.Line> growing = List.copyOf(code.output().lines());

        Files.writeString(go, "");
        python.ended(handle.await());
        code.output().flush();

        assertThat(growing).extracting(OutputViewModel.Line::text).containsExactly("0 ");
        assertThat(code.output().lines()).as("the same row, grown").containsExactly(
                new OutputViewModel.Line("0 1 done", growing.getFirst().nanos()));
    }

    @Test
    void theOutputsTimesCountFromTheChartsZero() throws Exception {
        // given the tester's ctask.py: main sleeps 0.25 s, then prints "half time"
        Optional<PythonInterpreter> found = PythonFinder.find();
        assumeTrue(found.isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, () -> found);
        python.load("ctask.py", """
                import asyncio
                async def worker(i):
                    await asyncio.sleep(0.1 * i)
                async def main():
                    tasks = [asyncio.create_task(worker(i)) for i in range(5)]
                    await asyncio.sleep(0.25)
                    print("half time")
                    for t in tasks:
                        await t
                asyncio.run(main())
                """);
        python.arm();

        RunHandle handle = python.launcher(java).start(RunConfig.defaults(), null);
        python.follow(handle);
        RunResult result = handle.await();
        python.pulse();
        python.ended(result);
        code.output().flush();

        // then the line is shown while the chart's main task runs after its sleep, on the chart's clock: between its
        // waking and its next wait (on the fourth worker), not a start-up of Python later
        long origin = new ReplayTimeline(result).origin();
        assertThat(result.phaseTimeline().phase(0, 2)).isEqualTo(Phase.RUNNING);
        long woke = result.phaseTimeline().phaseEndNanos(0, 1) - origin;
        long waitsAgain = result.phaseTimeline().phaseEndNanos(0, 2) - origin;
        OutputViewModel.Line half = code.output().lines().getFirst();
        assertThat(half.text()).isEqualTo("half time");
        assertThat(code.output().shownNanos(half)).as("Python's start-up is not on the chart's clock")
                .isBetween(woke, waitsAgain);
    }
    @Test
    void aRunThatPrintedMoreThanItsFoldedTitleShowsOpensTheOutputAtItsEndUnlessTheTeacherFoldedIt() throws Exception {
        // given trap-gather-sorted's case: the lesson's "look at" is about three printed lists, the folded title
        // showed the last line only ("Output · 3.757 s total 3.76 s")
        Optional<PythonInterpreter> found = PythonFinder.find();
        assumeTrue(found.isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, () -> found);
        String twoLines = "print('gather [2, 1]')\nprint('sorted() [1, 2]')\n";

        runToItsEnd(python, "one.py", "print('total 0.00 s')\n");
        assertThat(code.output().openedProperty().get()).as("one line: the folded title shows it all").isFalse();

        runToItsEnd(python, "two.py", twoLines);
        assertThat(code.output().openedProperty().get()).as("two lines: opened at the end").isTrue();

        code.output().openedProperty().set(false);  // the teacher folds it
        runToItsEnd(python, "two.py", twoLines);
        assertThat(code.output().openedProperty().get()).as("folded by hand, it stays folded").isFalse();
    }

    @Test
    void resetOrAnotherLessonForgetsTheOldProgramsOutputAndProblem() throws Exception {
        // given a program that printed, then failed on its line 2
        Optional<PythonInterpreter> found = PythonFinder.find();
        assumeTrue(found.isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, () -> found);
        runToItsEnd(python, "fails.py", "print('before')\n1 / 0\n");
        code.output().flush();
        assertThat(code.output().lines()).extracting(OutputViewModel.Line::text).containsExactly("before");
        assertThat(code.problemProperty().get()).isNotNull();

        // when the window is reset (Reset, or the way to another scenario)
        python.forget();

        // then nothing of that run is said under the next scenario's code
        code.output().flush();
        assertThat(code.output().lines()).as("the old output").isEmpty();
        assertThat(code.problemProperty().get()).as("the old problem's mark").isNull();
        assertThat(python.messageProperty().get()).as("the old problem in the status").isEmpty();
    }

    private void runToItsEnd(ProgramRunViewModel python, String name, String program) throws Exception {
        python.load(name, program);
        python.arm();
        RunHandle handle = python.launcher(java).start(RunConfig.defaults(), null);
        python.follow(handle);
        python.ended(handle.await());
    }
}
