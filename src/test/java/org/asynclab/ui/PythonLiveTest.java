package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Python program's run as the window shows it while it goes on, with the real {@code python3}: its rows come as
 * the program makes its tasks, and a Python lesson's Run runs the program only, never a Java mode first. Skipped,
 * saying why, where no Python 3.9+ is found.
 */
@ExtendWith(ApplicationExtension.class)
class PythonLiveTest {
    private static final long TIMEOUT_S = 60;
    private static final double SLEEP_S = 2;
    private static final String ONE_TASK_THEN_SLEEP = """
            import asyncio


            async def work() -> None:
                await asyncio.sleep(%s)


            async def main() -> None:
                task = asyncio.create_task(work())
                await asyncio.sleep(%s)
                await task

            asyncio.run(main())
            """.formatted(SLEEP_S, SLEEP_S);

    @BeforeAll
    static void needsPython() {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
    }

    private final List<RecordingChart> charts = new ArrayList<>();
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private final List<String> progress = new CopyOnWriteArrayList<>();
    private final AtomicInteger javaRuns = new AtomicInteger();
    private final AtomicInteger badgesAtFrame = new AtomicInteger(-1);
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        RunEngine engine = new RunEngine();
        MainWindow window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), (config, workload) -> {
            javaRuns.incrementAndGet();
            return engine.start(config, workload);
        }, Platform::runLater, () -> {
            RecordingChart chart = new RecordingChart();
            charts.add(chart);
            return chart;
        });
        model = window.model();
        window.show(stage);
        model.statusProperty().addListener((o, was, now) -> statuses.add(now));
        model.results().progressProperty().addListener((o, was, now) -> progress.add(now));
    }

    @Test
    void aTaskIsOnTheChartWhileTheProgramStillSleeps(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.python().load("one-task.py", ONE_TASK_THEN_SLEEP);
            // The frame the chart has when the code panel first shows a task paused on its line.
            model.code().pausedLinesProperty().addListener((o, was, now) -> {
                if (!now.isEmpty() && badgesAtFrame.get() < 0) {
                    badgesAtFrame.set(charts.get(0).frames());
                }
            });
        });

        robot.interact(model::runOrIgnore);
        RunResult result = waitForEnd();

        assertThat(result.program().exitCode()).isZero();
        long drawn = charts.get(0).firstRowNow();
        assertThat(drawn).as("a row was drawn while the program ran").isNotEqualTo(TaskTimeline.NOT_YET);
        // The task is made at once, then the program sleeps 2 s: its row is drawn before the sleep ends (the
        // program's own clock, so that a slow start of Python does not count).
        assertThat(drawn / 1e9).as("the program's clock when its first row was drawn, s").isLessThan(SLEEP_S);
        // and in the pulse the code panel shows it paused, not one pulse later (seconds on a loaded machine): a
        // frame copied before the rows came was drawn while the editor already had its pause badges.
        List<Integer> sizes = charts.get(0).sizes();
        assertThat(badgesAtFrame.get()).as("frames before the badges").isBetween(0, sizes.size() - 1);
        assertThat(sizes.get(badgesAtFrame.get())).as("rows of the chart's frame of that pulse, of %s", sizes)
                .isPositive();
        assertThat(progress).as("the live strip counted the rows before the end")
                .anyMatch(line -> line.matches(".*\\b0 of [1-9].*"));
    }

    @Test
    void aPythonLessonsRunRunsTheProgramOnlyNoJavaModeFirst(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                model.lesson().showOutsideLesson(ScenarioLibrary.resolveBundled("wait-n"));
            } catch (org.asynclab.lesson.ScenarioException e) {
                throw new IllegalStateException(e);
            }
        });
        String mode = onFx(() -> model.text().get("mode." + model.settings().toConfig().mode().id()));

        robot.interact(model::runOrIgnore);
        RunResult result = waitForEnd();

        assertThat(result.program()).as("the Python program ran").isNotNull();
        assertThat(javaRuns.get()).as("Java runs started").isZero();
        assertThat(statuses).as("statuses while it ran").noneMatch(s -> s.contains(mode))
                .contains("Running the Python program wait-n.py…");
        assertThat(charts.get(0).titles()).as("titles the chart had")
                .noneMatch(t -> t.contains(mode)).anyMatch(t -> t.startsWith("wait-n.py · Python 3"));
    }

    private RunResult waitForEnd() throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(model.run()::getState) == RunState.DONE);
        return onFx(() -> model.run().firstProperty().get());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
