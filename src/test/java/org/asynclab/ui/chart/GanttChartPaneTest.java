package org.asynclab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.RunResult;
import org.asynclab.ui.replay.ReplayTimeline;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's chart keeps a zoom while it shows the same run, and fits a new one. */
@ExtendWith(ApplicationExtension.class)
class GanttChartPaneTest {
    private final RunResult recording = TestRuns.pool();
    private GanttChartPane pane;

    @Start
    void start(Stage stage) {
        pane = new GanttChartPane();
        pane.show(recording);
        stage.setScene(new Scene(new StackPane(pane.node()), 800, 500));
        stage.show();
    }

    /**
     * Zoomed in on a finished run, the teacher stepped back once (Shift+←): the recording was handed over for its
     * replay, and the chart showed the whole run again. Steps after that kept the zoom.
     */
    @Test
    void theReplayOfTheRunOnScreenKeepsItsZoomAndANewRunFits() throws Exception {
        double fitted = onFx(this::pointsPerSecond);
        onFx(pane::zoomIn);
        double zoomed = onFx(this::pointsPerSecond);
        assertThat(zoomed).isGreaterThan(fitted * 1.2);

        ReplayTimeline replay = new ReplayTimeline(recording);
        replay.setCursor(replay.length() / 2);
        onFx(() -> pane.show(replay));
        assertThat(onFx(this::pointsPerSecond)).as("stepped back in the same run").isEqualTo(zoomed);

        onFx(() -> pane.show(TestRuns.pool()));
        assertThat(onFx(this::pointsPerSecond)).as("a new run").isEqualTo(fitted);
    }

    private double pointsPerSecond() {
        pane.node().applyCss();
        pane.chart().layout();
        return pane.chart().pointsPerSecond();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T value = WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
