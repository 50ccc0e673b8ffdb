package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.GanttChart;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window with its real chart: what the teacher sees is the chart branch's Gantt control. */
@ExtendWith(ApplicationExtension.class)
class GanttChartInWindowTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        MainWindow window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), new RunEngine()::start,
                Platform::runLater);
        model = window.model();
        model.settings().tasksProperty().set("8");
        model.settings().maxDelayProperty().set("0.1");
        window.show(stage);
    }

    @Test
    void theChartDrawsTheRunLiveAndKeepsItsRecordingAtTheEnd(FxRobot robot) throws Exception {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(model.run()::getState).get() == RunState.DONE);
        GanttChart chart = robot.lookup(".gantt-chart").queryAs(GanttChart.class);
        RunResult result = FxTurns.call(model.run().firstProperty()::get);
        // the recording replaces the live view in a later turn of the FX thread (a pulse, on a loaded machine late)
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> FxTurns.call(chart::getTimeline) == result);
        assertThat(chart.getTitle()).isEqualTo("Event loop · I/O (waits)");
        assertThat(chart.getIdealSeconds()).isEqualTo(result.summary().idealSeconds());

        robot.clickOn("View").clickOn("One row per thread");
        assertThat(chart.getView()).isEqualTo(ChartView.THREADS);
    }

    @Test
    void steppingTheReplayBackKeepsTheWholeRunOnTheTimeAxis(FxRobot robot) throws Exception {
        // given a run that ended, its chart fitted to the whole run
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(model.run()::getState).get() == RunState.DONE);
        GanttChart chart = robot.lookup(".gantt-chart").queryAs(GanttChart.class);
        RunResult result = FxTurns.call(model.run().firstProperty()::get);
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> FxTurns.call(chart::getTimeline) == result);
        // the recording's frame drawn (a layout pass draws what changed), not the last live frame's axis
        FxTurns.layOut(chart.getScene().getRoot());
        double whole = FxTurns.call(chart::pointsPerSecond);

        // when the teacher steps the replay back (Shift+←) three times
        for (int step = 0; step < 3; step++) {
            robot.interact(model.replay()::stepBack);
        }
        FxTurns.layOut(chart.getScene().getRoot());

        // then the cursor is before the end, and the axis still spans the whole run: no bar moved
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.replay().positionProperty().get()).get())
                .isLessThan(WaitForAsyncUtils.asyncFx(() -> model.replay().endProperty().get()).get());
        assertThat(WaitForAsyncUtils.asyncFx(chart::pointsPerSecond).get()).isCloseTo(whole,
                org.assertj.core.data.Percentage.withPercentage(1));
    }
}
