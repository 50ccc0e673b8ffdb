package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.model.Mode;
import org.asynclab.model.RunResult;
import org.asynclab.model.ServedDelays;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.LessonWindows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Same delays, two worlds" in the window with the real {@code python3}: the editor's program compared with Java's
 * event loop runs first on the settings' seeded delays, then Java on the same ones, on one time axis, with a column
 * each; during the Python run the settings line says the program and the delays served, not the Java settings.
 */
@ExtendWith(ApplicationExtension.class)
class TwoWorldsWindowTest {
    private static final long TIMEOUT_S = 60;
    private static final String WAIT_N = """
            import asyncio
            import random


            async def wait_random(max_delay: float) -> float:
                delay = random.uniform(0, max_delay)
                await asyncio.sleep(delay)
                return delay


            async def main() -> None:
                await asyncio.sleep(0.5)
                tasks = [wait_random(0.4) for _ in range(4)]
                print(await asyncio.gather(*tasks))

            asyncio.run(main())
            """;

    private final List<RecordingChart> charts = new ArrayList<>();
    private final List<String> linesDuringPython = new CopyOnWriteArrayList<>();
    private MainViewModel model;

    @BeforeAll
    static void needsPython() {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
    }

    @Start
    void start(Stage stage) {
        MainWindow window = RecordingChart.englishWindow(charts);
        model = window.model();
        // What the folded settings line reads while the Python program is the run going on.
        model.run().liveProperty().addListener((o, was, now) -> {
            if (now instanceof PythonRun) {
                linesDuringPython.add(model.summary().lineBinding().get());
            }
        });
        window.show(stage);
    }

    @Test
    void theProgramAndJavasEventLoopRunOnTheSameDelaysOnOneAxis(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.settings().tasksProperty().set("4");
            model.settings().maxDelayProperty().set("0.4");
            model.settings().seedProperty().set("5");
            model.settings().compareWithProperty().set(Mode.EVENT_LOOP);
            model.python().load("wait_n.py", WAIT_N);
        });
        String lineBeforeRun = onFx(() -> model.summary().lineBinding().get());

        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(model.run()::getState) == RunState.DONE);

        RunResult python = onFx(() -> model.run().firstProperty().get());
        RunResult java = onFx(() -> model.run().secondProperty().get());
        assertThat(python.program()).isNotNull();
        assertThat(java.program()).isNull();
        assertThat(java.config().mode()).isEqualTo(Mode.EVENT_LOOP);
        // each Python task's delay is the Java task's of the same index
        ServedDelays served = python.program().served();
        assertThat(served.matches()).isTrue();
        for (ServedDelays.Call call : served.calls()) {
            assertThat(Math.round(call.seconds() * 1e9)).isEqualTo(java.workload().delayNanos(call.index()));
            assertThat(python.workload().delayNanos(call.row())).isEqualTo(java.workload().delayNanos(call.index()));
        }
        // one time axis, a column each, named by their world
        assertThat(charts.get(0).sharedTime()).isNotNull().isSameAs(charts.get(1).sharedTime());
        assertThat(charts.get(0).title()).startsWith("wait_n.py · Python 3");
        assertThat(charts.get(1).title()).isEqualTo("Java · Event loop · I/O (waits)");
        // (short headings that never break inside a file name; the full names in their tooltips)
        assertThat(onFx(() -> model.comparisonTable().columnsProperty().get()))
                .containsExactly("Python", "Java", "left\n÷ right");
        assertThat(onFx(() -> model.comparisonTable().namesProperty().get()))
                .containsExactly("Python · wait_n.py", "Java · Event loop",
                        "Python · wait_n.py ÷ Java · Event loop");
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Same delays, two worlds: each of the 4"
                + " Python tasks got the delay of the Java task of the same index.");
        assertThat(onFx(() -> model.comparisonTextProperty().get())).contains("Python · wait_n.py")
                .contains("Java · Event loop");
        // the settings line said the program's run, not the Java settings, from the moment the program was the
        // run (until 2 Dec 2026 it said the Java settings until Run was pressed)
        String programLine = "wait_n.py · Python · 4 tasks · max delay 0.4\u00a0s · seed 5 · delays served to"
                + " random.uniform · vs Java · Event loop";
        assertThat(linesDuringPython).isNotEmpty().allSatisfy(line -> assertThat(line).isEqualTo(programLine));
        assertThat(lineBeforeRun).isEqualTo(programLine);
        // back to a Java mode, the line says the settings again
        robot.interact(() -> model.settings().setMode(Mode.THREADS));
        assertThat(onFx(() -> model.summary().lineBinding().get())).doesNotContain("wait_n.py")
                .startsWith("4 tasks · max delay 0.4\u00a0s · Threads");
    }

    /**
     * "Run this program" in a comparison of two Java modes runs the first run's code: Java runs beside it in that
     * mode. Beside the event loop, the fetch lesson's sequential program read "Python 5.81 s · Java 940 ms (6.2×)",
     * a gap of concurrency shown as one of languages. Back in Java mode, the lesson's comparison is there again.
     */
    @Test
    void runThisProgramInAJavaComparisonRacesJavaInTheProgramsOwnMode(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.settings().tasksProperty().set("3");
            model.settings().maxDelayProperty().set("0.2");
            model.settings().seedProperty().set("5");
            model.settings().setMode(Mode.SEQUENTIAL);
            model.settings().compareWithProperty().set(Mode.EVENT_LOOP);
            model.look().codeVisibleProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#runProgramButton").tryQuery().isPresent()));

        robot.clickOn("#runProgramButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(model.run()::getState) == RunState.DONE);

        RunResult python = onFx(() -> model.run().firstProperty().get());
        RunResult java = onFx(() -> model.run().secondProperty().get());
        assertThat(python.program()).isNotNull();
        assertThat(java.config().mode()).isEqualTo(Mode.SEQUENTIAL);
        assertThat(linesDuringPython).isNotEmpty()
                .allSatisfy(line -> assertThat(line).endsWith("vs Java · Sequential"));

        // The window loaded again in French keeps Python mode, its Java twin and the comparison set aside.
        MainViewModel french = onFx(() -> {
            MainViewModel again = LessonWindows.bundled(Locale.FRENCH);
            again.settings().setMode(Mode.SEQUENTIAL);
            again.takeOverProgram(model);
            return again;
        });
        assertThat(onFx(() -> french.python().isActive())).isTrue();
        assertThat(onFx(() -> french.settings().compareWithProperty().get())).isEqualTo(Mode.SEQUENTIAL);
        robot.interact(() -> french.python().activeProperty().set(false));
        assertThat(onFx(() -> french.settings().compareWithProperty().get())).isEqualTo(Mode.EVENT_LOOP);

        robot.interact(() -> model.python().activeProperty().set(false));
        assertThat(onFx(() -> model.settings().compareWithProperty().get())).isEqualTo(Mode.EVENT_LOOP);
        assertThat(onFx(() -> model.summary().lineBinding().get())).contains("Sequential").endsWith("vs Event loop");
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
