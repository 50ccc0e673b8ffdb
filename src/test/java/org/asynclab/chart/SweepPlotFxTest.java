package org.asynclab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.asynclab.chart.fx.FxSurface;
import org.asynclab.chart.render.ChartColor;
import org.asynclab.chart.render.Palette;
import org.asynclab.chart.render.SweepPainter;
import org.asynclab.model.Mode;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep's painter on a JavaFX canvas, the window's surface, as on the PNG and SVG ones. */
@ExtendWith(ApplicationExtension.class)
class SweepPlotFxTest {
    private final Canvas canvas = new Canvas(1200, 700);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(canvas), 1200, 700));
        stage.show();
    }

    @Test
    void aSweepUnderWayIsDrawnOnACanvasInEachModesColour() throws TimeoutException {
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.VIRTUAL), List.of(1, 10, 100), 0.5, TaskKind.IO,
                42L, 4, false);
        List<SweepPoint> points = List.of(
                point(Mode.SEQUENTIAL, 1, 0.3), point(Mode.VIRTUAL, 1, 0.3),
                point(Mode.SEQUENTIAL, 10, 2.6), point(Mode.VIRTUAL, 10, 0.45));
        Palette palette = ChartTheme.LIGHT.palette();

        Image image = WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            SweepPainter painter = new SweepPainter(palette);
            painter.setResult(new SweepResult(plan, points, false));
            painter.setCurrent(new SweepPlan.Step(Mode.SEQUENTIAL, 100));
            painter.paint(new FxSurface(canvas));
            return canvas.snapshot(null, null);
        }));

        assertThat(count(image, palette.argb(ChartColor.MODE_SEQUENTIAL))).isGreaterThan(300);
        assertThat(count(image, palette.argb(ChartColor.MODE_VIRTUAL))).isGreaterThan(300);
        assertThat(count(image, palette.argb(ChartColor.NOW))).as("the step being measured").isGreaterThan(50);
    }

    private static SweepPoint point(Mode mode, int n, double total) {
        return new SweepPoint(mode, n, new RunSummary(total, total / n, 0, 0, 0, 0, 1, 1, 1), 0, 10, false);
    }

    private static int count(Image image, int argb) {
        int found = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                found += image.getPixelReader().getArgb(x, y) == argb ? 1 : 0;
            }
        }
        return found;
    }
}
