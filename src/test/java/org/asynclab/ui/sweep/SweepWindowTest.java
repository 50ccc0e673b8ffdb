package org.asynclab.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.SweepRunner;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SweepWindowTest {
    private SweepViewModel model;
    private SweepWindow window;

    /** The primary stage is left alone (the next test class shows its window in it): no owner. */
    @Start
    void start(Stage primary) {
        model = new SweepViewModel(UiText.forLocale(Locale.ENGLISH), new SweepRunner(new RunEngine())::start,
                Platform::runLater);
        RunConfig base = new RunConfig(10, 0.01, Mode.EVENT_LOOP, 0, TaskKind.IO, 3L);
        window = new SweepWindow(model, UiText.forLocale(Locale.ENGLISH), ChartTheme.LIGHT, base, null);
        window.show();
    }

    /** The sweep window is a stage of its own: left open, it would cover the next test's window. */
    @AfterEach
    void close() throws Exception {
        model.cancel();
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void startDrawsThePlotAfterTheStepsAndTheSweepCanBeSavedAsCsv(FxRobot robot, @TempDir Path folder)
            throws Exception {
        // given a small sweep of two modes
        robot.interact(() -> {
            for (Mode mode : Mode.values()) {
                model.modeProperty(mode).set(mode == Mode.SEQUENTIAL || mode == Mode.EVENT_LOOP);
            }
            model.sizesProperty().set("1, 4");
        });

        // when Start is clicked and the sweep ends
        robot.clickOn("Start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Sweep finished".equals(model.stepProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        // then the plot is drawn (more than one colour on the canvas) and the points can be saved
        Canvas canvas = robot.lookup(node -> node instanceof Canvas).queryAs(Canvas.class);
        WritableImage picture = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        assertThat(colours(picture)).isGreaterThan(2);
        Path csv = folder.resolve("sweep.csv");
        String said = WaitForAsyncUtils.asyncFx(() -> window.write(model.resultProperty().get(), "csv", csv))
                .get(10, TimeUnit.SECONDS);
        assertThat(said).isEqualTo("Saved sweep.csv");
        assertThat(Files.readAllLines(csv)).hasSize(1 + 4);
    }

    private static long colours(WritableImage picture) {
        PixelReader reader = picture.getPixelReader();
        return IntStream.range(0, (int) picture.getWidth())
                .flatMap(x -> IntStream.range(0, (int) picture.getHeight()).filter(y -> y % 7 == 0)
                        .map(y -> reader.getArgb(x, y)))
                .distinct().limit(10).count();
    }
}
