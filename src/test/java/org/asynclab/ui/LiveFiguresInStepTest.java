package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.asynclab.model.TaskTimeline;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Mid-run, the results' "tasks finished" and the chart's "tasks done" are the same frame's figure: the results were
 * throttled to ten a second while the chart took every frame, and a teacher read 1,925 beside 2,032.
 */
@ExtendWith(ApplicationExtension.class)
class LiveFiguresInStepTest {
    private final List<RecordingChart> charts = new ArrayList<>();
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        MainWindow window = RecordingChart.englishWindow(charts);
        model = window.model();
        window.show(stage);
    }

    @Test
    void theResultsSayTheTasksDoneOfTheFrameTheChartShows(FxRobot robot) throws Exception {
        // given a run long enough for many frames, its tasks finishing all through it
        FxTurns.run(() -> {
            model.settings().tasksProperty().set("20000");
            model.settings().maxDelayProperty().set("2");
            model.settings().seedProperty().set("3");
        });
        robot.clickOn("#runButton");

        // when the window is read between pulses while the run goes on
        List<int[]> samples = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until && FxTurns.call(model.run()::getState) != RunState.DONE) {
            int[] pair = FxTurns.call(() -> {
                TaskTimeline shown = charts.get(0).shown();
                String progress = model.results().progressProperty().get();
                return shown == null || model.run().liveProperty().get() == null ? null
                        : new int[] {finishedBy(shown), leadingCount(progress)};
            });
            if (pair != null && pair[0] > 0 && pair[0] < 20_000) {
                samples.add(pair);
            }
            Thread.sleep(7);
        }
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> FxTurns.call(model.run()::getState) == RunState.DONE);

        // then every sample mid-run has one figure in both places
        // (some 100 samples on a quiet machine; at load 25 each turn of the FX thread may take 100 ms or more)
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        assertThat(samples).allSatisfy(pair -> assertThat(pair[1]).as("results beside the chart's %d", pair[0])
                .isEqualTo(pair[0]));
    }

    /** The chart's count: tasks finished at or before the frame's now (as its title counts them). */
    private static int finishedBy(TaskTimeline frame) {
        long now = frame.nowNanos();
        int finished = 0;
        for (int task = 0; task < frame.size(); task++) {
            long end = frame.finishedNanos(task);
            if (end != TaskTimeline.NOT_YET && end <= now) {
                finished++;
            }
        }
        return finished;
    }

    /** "2,032 of 20,000 tasks finished" → 2032. */
    private static int leadingCount(String progress) {
        return Integer.parseInt(progress.substring(0, progress.indexOf(" of ")).replace(",", ""));
    }
}
