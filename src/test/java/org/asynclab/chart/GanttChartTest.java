package org.asynclab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.asynclab.bench.SyntheticRuns;
import org.asynclab.chart.render.ChartColor;
import org.asynclab.chart.render.ChartPainter;
import org.asynclab.chart.render.Palette;
import org.asynclab.export.PngExport;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GanttChartTest {
    /** Monocle's headless screen is 1280 × 800: the window must fit in it. */
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;
    private GanttChart chart;

    @Start
    void start(Stage stage) {
        chart = new GanttChart();
        chart.setTimeline(TestRuns.pool());
        chart.setTitle("pool · n = 3");
        stage.setScene(new Scene(new StackPane(chart), WIDTH, HEIGHT));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            T value = WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
            WaitForAsyncUtils.waitForFxEvents();
            return value;
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer within " + FxTurns.TIMEOUT_S + " s", e);
        }
    }

    private Image snapshot() {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> canvas().snapshot(null, null));
    }

    private Canvas canvas() {
        return (Canvas) chart.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas).findFirst()
                .orElseThrow();
    }

    private static int rgb(Image image, double x, double y) {
        return image.getPixelReader().getArgb((int) Math.floor(x), (int) Math.floor(y)) & 0xFFFFFF;
    }

    private double[] middleOfTask1() {
        return onFx(() -> {
            ChartPainter painter = chart.painter();
            return new double[] {painter.axis().timeToX(230 * TestRuns.MS),
                painter.rows().rowTop(1) + painter.rows().rowHeight() / 2};
        });
    }

    @Test
    void theCanvasPixelInTheMiddleOfABarHasItsThreadsColourLikeThePng() {
        double[] at = middleOfTask1();

        Image shot = snapshot();

        int lane2 = ChartTheme.LIGHT.palette().argb(ChartColor.LANE_2) & 0xFFFFFF;
        assertThat(rgb(shot, at[0], at[1])).isEqualTo(lane2);
        ChartSpec spec = ChartSpec.defaults().withTitle("pool · n = 3").withSize(WIDTH, HEIGHT);
        BufferedImage png = PngExport.render(TestRuns.pool(), spec, 1);
        assertThat(png.getRGB((int) at[0], (int) at[1]) & 0xFFFFFF).isEqualTo(lane2);
    }

    @Test
    void theCanvasIsTheSizeOfTheViewportNotOfAllRows() {
        onFx(() -> {
            RunConfig config = new RunConfig(50_000, 1.0, Mode.POOL, 4, TaskKind.IO, 1);
            chart.setTimeline(SyntheticRuns.finished(config));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas().getHeight()).isLessThanOrEqualTo(HEIGHT);
        assertThat(canvas().getWidth()).isLessThanOrEqualTo(WIDTH);
        assertThat(onFx(() -> chart.painter().rows().isDense())).isTrue();
    }

    @Test
    void switchingToTheDarkThemeRepaintsWithItsColours() {
        onFx(() -> {
            chart.setTheme(ChartTheme.DARK);
            return null;
        });

        Image shot = snapshot();

        assertThat(rgb(shot, 4, 4)).isEqualTo(ChartTheme.DARK.palette().argb(ChartColor.BACKGROUND) & 0xFFFFFF);
    }

    @Test
    void aLiveRunShowsTheNowLineAndRedrawsWhenItsNowMoves() {
        onFx(() -> {
            chart.setTimeline(TestRuns.poolLiveAt500());
            return null;
        });
        Image shot = snapshot();
        double nowX = onFx(() -> chart.painter().axis().timeToX(500 * TestRuns.MS));
        double y = onFx(() -> chart.painter().rows().top() + 5);

        Palette light = ChartTheme.LIGHT.palette();
        assertThat(new int[] {rgb(shot, nowX - 1, y), rgb(shot, nowX, y), rgb(shot, nowX + 1, y)})
                .contains(light.argb(ChartColor.NOW) & 0xFFFFFF);
    }

    @Test
    void zoomingInShowsLessTimeAndFitShowsTheWholeRunAgain() {
        double fitted = onFx(() -> chart.painter().axis().span());

        double zoomed = onFx(() -> {
            chart.zoomIn();
            return chart.painter().axis().span();
        });
        double refitted = onFx(() -> {
            chart.fit();
            return chart.painter().axis().span();
        });

        assertThat(zoomed).isCloseTo(fitted / GanttChart.ZOOM_STEP, org.assertj.core.api.Assertions.within(1.0));
        assertThat(refitted).isEqualTo(fitted);
    }

    @Test
    void theThreadsViewHasOneRowPerThreadBelowTheQueue() {
        onFx(() -> {
            chart.setView(ChartView.THREADS);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> chart.painter().rows().rowCount())).isEqualTo(1 + 2);
    }

    @Test
    void theMouseOverABarHighlightsItsTaskAndControlWheelZoomsTime(FxRobot robot) {
        double[] at = middleOfTask1();
        double fitted = onFx(() -> chart.painter().axis().span());
        Point2D screen = onFx(() -> canvas().localToScreen(at[0], at[1]));

        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getHoveredTask()).isEqualTo(1);

        robot.press(KeyCode.CONTROL).scroll(3, VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> chart.painter().axis().span())).isNotEqualTo(fitted);
    }

    @Test
    void hoveringABarNamesItsTask() {
        double[] at = middleOfTask1();

        int task = onFx(() -> chart.painter().taskAt(at[0], at[1]));

        assertThat(task).isEqualTo(1);
        assertThat(onFx(() -> chart.painter().describe(task))).contains("task 1").contains("pool-worker-2");
    }
}
