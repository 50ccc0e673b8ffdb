package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.engine.python.LoopbackPorts;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.model.Mode;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.code.CodeEditor;
import org.asynclab.ui.code.CodeViewModel;
import org.asynclab.ui.code.OutputViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's Python program run in the window with the real {@code python3}: an edit changes the picture, an
 * exception is shown on its line, Stop ends the process; the http sample gets the window's own loopback server for
 * its run, gone with the program. Skipped, saying why, where no Python 3.9+ is found.
 */
@ExtendWith(ApplicationExtension.class)
class PythonWindowTest {
    private static final long TIMEOUT_S = 60;
    private static final String TWO = """
            import asyncio


            async def work(name: str) -> None:
                await asyncio.sleep(1)
                print(name)


            async def main() -> None:
                await asyncio.gather(work("a"), work("b"))

            asyncio.run(main())
            """;
    private static final String RAISES = """
            import asyncio


            async def main() -> None:
                await asyncio.sleep(0.05)
                raise ValueError("boom")

            asyncio.run(main())
            """;
    private static final String FOREVER = """
            import asyncio


            async def main() -> None:
                while True:
                    await asyncio.sleep(0.01)

            asyncio.run(main())
            """;

    private final List<RecordingChart> charts = new ArrayList<>();
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private final AtomicInteger port = new AtomicInteger(-1);
    private MainWindow window;
    private MainViewModel model;

    @BeforeAll
    static void needsPython() {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
    }

    @Start
    void start(Stage stage) {
        window = RecordingChart.englishWindow(charts);
        model = window.model();
        window.show(stage);
        model.statusProperty().addListener((o, was, now) -> statuses.add(now));
        model.python().serverPortProperty().addListener((o, was, now) -> port.compareAndSet(-1, now.intValue()));
    }

    @Test
    void anEditedProgramIsWhatRunsAndIsDrawn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.look().codeVisibleProperty().set(true);
            model.python().load("two.py", TWO);
        });
        // The teacher edits two lines in the editor: shorter sleeps and a third coroutine.
        robot.interact(() -> {
            CodeArea area = robot.lookup("#pythonEditor").queryAs(CodeEditor.class).area();
            replace(area, "asyncio.sleep(1)", "asyncio.sleep(0.2)");
            replace(area, "work(\"b\"))", "work(\"b\"), work(\"c\"))");
        });
        assertThat(onFx(() -> model.code().getSource())).contains("sleep(0.2)").contains("work(\"c\")");

        robot.clickOn("#runButton");
        RunResult result = waitForEnd();

        assertThat(result.program()).isNotNull();
        assertThat(result.program().n()).as("three coroutines gathered").isEqualTo(3);
        assertThat(result.summary().totalSeconds()).as("0.2 s sleeps side by side, not 1 s").isLessThan(0.9);
        assertThat(charts.get(0).shown()).isSameAs(result);
        assertThat(charts.get(0).title()).as("the chart names the program, not the Java settings")
                .startsWith("two.py · Python 3");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(() -> model.code().output().lines()
                .stream().map(OutputViewModel.Line::text).toList()).containsAll(List.of("a", "b", "c")));
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo(model.text().get("status.done"));
    }

    @Test
    void aProgramThatRaisesShowsItsLineInTheEditorAndTheStatus(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.look().codeVisibleProperty().set(true);
            model.python().load("raises.py", RAISES);
        });

        robot.clickOn("#runProgramButton");
        RunResult result = waitForEnd();

        assertThat(result.program().error().kind()).isEqualTo(ProgramProblem.Kind.EXCEPTION);
        CodeViewModel.Problem problem = onFx(() -> model.code().problemProperty().get());
        assertThat(problem).isNotNull();
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message()).contains("boom");
        Label strip = robot.lookup("#problemStrip").queryAs(Label.class);
        assertThat(onFx(strip::isVisible)).isTrue();
        assertThat(onFx(strip::getText)).contains("6").contains("boom");
        // Said once, with its line, in the status bar's message; the status itself says only how the program ended.
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        assertThat(onFx(message::getText)).contains("line 6").contains("boom");
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("The program ended on an error.");

        // Mended and run again: the old problem goes with the run that had it.
        robot.interact(() -> model.python().load("two.py", TWO.replace("asyncio.sleep(1)", "asyncio.sleep(0.1)")));
        robot.clickOn("#runProgramButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(() -> model.run().getState() == RunState.DONE
                && model.run().firstProperty().get() != result));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(message::getText)).isEmpty();
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Done.");
    }

    @Test
    void aProgramThatDoesNotCompileShowsItsErrorAndNoRun(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.look().codeVisibleProperty().set(true);
            model.python().load("syntax.py", RAISES.replace("async def main() -> None:", "async def main() -> None"));
        });

        robot.clickOn("#runProgramButton");
        RunResult result = waitForEnd();

        assertThat(result.program().ran()).isFalse();
        assertThat(charts.get(0).shown()).as("no bar: nothing ran").isNull();
        assertThat(onFx(() -> model.results().progressProperty().get()))
                .isEqualTo("Not run: the program did not compile");
        assertThat(onFx(() -> model.results().totalProperty().get())).isEqualTo("—");
        assertThat(onFx(() -> model.statusProperty().get()))
                .isEqualTo("The program did not run: Python could not compile it.");
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        assertThat(onFx(message::getText)).startsWith("Python: syntax.py, line 4, column ").contains("SyntaxError");
        assertThat(onFx(() -> model.code().problemProperty().get().line())).isEqualTo(4);
        // The empty chart says why it is empty (it said "no run yet" beside the error), and there is nothing to
        // replay: Play stayed enabled on a run of nothing.
        assertThat(onFx(() -> charts.get(0).labels().get(ChartLabels.Key.NO_RUN))).isEqualTo("did not compile");
        assertThat(onFx(() -> model.replay().isAvailable())).isFalse();
        assertThat(robot.lookup("#playButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> charts.get(0).labels().get(ChartLabels.Key.NO_RUN))).isEqualTo("no run yet");
    }

    @Test
    void stopEndsTheProcessAndMarksTheRunStopped(FxRobot robot) throws Exception {
        robot.interact(() -> model.python().load("forever.py", FOREVER));
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> python().isPresent()
                && onFx(() -> model.run().liveProperty().get() != null
                && model.run().liveProperty().get().timeline().size() > 0));
        ProcessHandle process = python().orElseThrow();
        // While it runs the status names the program, not the Java mode the settings hold ("Running: Event loop…").
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Running the Python program forever.py…");

        robot.clickOn("#stopButton");
        RunResult result = waitForEnd();

        assertThat(result.cancelled() || result.program().exitCode() == -1).isTrue();
        assertThat(process.onExit().get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(onFx(() -> model.statusProperty().get())).startsWith("Stopped");
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isFalse();
        // and its replay covers what was recorded up to the stop, as its total does (it covered the 142 µs up to
        // its task's start: a program stopped after 3.29 s replayed as a grey row of 142 µs)
        assertThat(onFx(() -> model.replay().endProperty().get())).as("replay's end")
                .isCloseTo(result.summary().totalSeconds(), within(1e-6));
    }

    @Test
    void theHttpSampleFetchesFromTheWindowsOwnServerAndIsDrawnAsItRan(FxRobot robot) throws Exception {
        showSample(robot, new RunConfig(4, 0.4, Mode.EVENT_LOOP, 1, TaskKind.HTTP, 7));

        robot.clickOn("#runProgramButton");
        RunResult result = waitForEnd();

        assertThat(result.program()).isNotNull();
        List<String> printed = result.program().output().stream().map(ProgramOutput::text).toList();
        assertThat(result.program().exitCode()).as("%s", printed).isZero();
        assertThat(printed).as("the list of the 4 delays, then the average").hasSize(2);
        double[] delays = Arrays.stream(printed.get(0).replaceAll("[\\[\\]]", "").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        assertThat(delays).hasSize(4);
        // the chart is what the program did: each page waited for its answer from the server, all four at once
        double longest = Arrays.stream(delays).max().orElseThrow();
        assertThat(result.summary().totalSeconds()).isGreaterThanOrEqualTo(longest - 0.001);
        assertThat(result.program().n()).isEqualTo(4);
        assertThat(charts.get(0).shown()).isSameAs(result);
        assertThat(port.get()).as("the window's server port").isPositive();
        assertThat(statuses).as("the status names the server while the program runs")
                .contains("Running the Python program " + onFx(() -> model.python().nameProperty().get())
                        + " (AsyncLab's server: 127.0.0.1, port " + port.get() + ")…");
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Done.");
        assertNothingLeft();
    }

    @Test
    void stopEndsTheProgramAndItsServer(FxRobot robot) throws Exception {
        startFetchingSlowPages(robot);

        long asked = System.nanoTime();
        robot.interact(model::stop);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(model.run()::getState) == RunState.DONE);
        double seconds = (System.nanoTime() - asked) / 1e9;

        // answers 30 s away at most: ending in a few seconds is the stop's doing (the bound spares a noisy machine)
        assertThat(seconds).as("Stop to the run's end, s").isLessThan(10);
        assertThat(onFx(() -> model.run().firstProperty().get().program().exitCode())).isEqualTo(-1);
        assertThat(onFx(() -> model.statusProperty().get())).startsWith("Stopped");
        assertNothingLeft();
    }

    @Test
    void closingTheWindowEndsTheProgramAndItsServer(FxRobot robot) throws Exception {
        startFetchingSlowPages(robot);

        // what AsyncLabApp.stop does as the window closes, a run going on
        robot.interact(window::close);

        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> python().isEmpty() && LoopbackPorts.isClosed(port.get()));
        assertNothingLeft();
    }

    /** The http settings, the code panel open on their Python sample. */
    private void showSample(FxRobot robot, RunConfig config) throws Exception {
        robot.interact(() -> {
            model.settings().apply(config);
            model.look().codeVisibleProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.code().getSource())).contains("/delay/").contains("sys.argv[1]");
    }

    /** Runs the http sample on pages up to 30 s slow; returns once the program waits for its answers. */
    private void startFetchingSlowPages(FxRobot robot) throws Exception {
        showSample(robot, new RunConfig(3, 30, Mode.EVENT_LOOP, 1, TaskKind.HTTP, 7));
        robot.clickOn("#runProgramButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> python().isPresent() && port.get() > 0
                && onFx(() -> model.run().liveProperty().get() != null
                && model.run().liveProperty().get().timeline().size() > 1));
    }

    private void assertNothingLeft() throws Exception {
        assertThat(LoopbackPorts.isClosed(port.get())).as("the server on port %d is closed", port.get()).isTrue();
        assertThat(python()).as("no python3 left").isEmpty();
    }

    /** The window's python3: its program is in a folder of the window's own (other classes run python3 too). */
    private static Optional<ProcessHandle> python() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("asynclab-python")).orElse(false))
                .findFirst();
    }

    private static void replace(CodeArea area, String what, String with) {
        int at = area.getText().indexOf(what);
        assertThat(at).as(what).isGreaterThanOrEqualTo(0);
        area.replaceText(at, at + what.length(), with);
    }

    private RunResult waitForEnd() throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(model.run()::getState) == RunState.DONE);
        return onFx(() -> model.run().firstProperty().get());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
