package org.asynclab.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.SweepRunner;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep window as a class meets it: the main window's look and language, its defaults, Start and Cancel. */
@ExtendWith(ApplicationExtension.class)
class SweepWindowTest {
    /** The main window's settings, with delays short enough for a test: only n and the modes are the sweep's. */
    private static final RunConfig QUICK = new RunConfig(10, 0.01, Mode.EVENT_LOOP, 0, TaskKind.IO, 3L);

    private final LookViewModel look = new LookViewModel();
    private SweepWindow window;

    /** The primary stage is left alone (the next test class shows its window in it): no owner. */
    @Start
    void start(Stage primary) {
        look.themeProperty().set(ChartTheme.PROJECTOR);
        look.languageProperty().set(Locale.FRENCH);
        look.textSizeProperty().set(20);
        window = new SweepWindow(look, new SweepRunner(new RunEngine())::start, Platform::runLater);
    }

    /** The sweep window is a stage of its own: left open, it would cover the next test's window. */
    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    private void open(FxRobot robot, RunConfig base) {
        robot.interact(() -> window.open(null, base));
    }

    private Parent root() {
        return window.stage().getScene().getRoot();
    }

    private <T extends Node> T node(String id, Class<T> type) {
        return type.cast(root().lookup("#" + id));
    }

    /** A label's words with its no-break spaces read as spaces (the folded line breaks only between its parts). */
    private static String shown(Labeled label) {
        return label.getText().replace('\u00a0', ' ');
    }

    @Test
    void itOpensInTheMainWindowsLookAndLanguageAndFollowsASwitch(FxRobot robot) {
        // given the window opened over a French main window in the projector theme at 20 px
        open(robot, QUICK);
        assertThat(root().getStyleClass()).contains(StyleClasses.PROJECTOR, StyleClasses.TEXT_SIZE_PREFIX + 20);
        assertThat(root().getStylesheets()).contains(ChartTheme.PROJECTOR.stylesheet());
        assertThat(window.stage().getTitle()).startsWith("AsyncLab — Balayage");
        assertThat(node("startButton", Button.class).getText()).isEqualTo("Démarrer");
        assertThat(shown(node("summaryToggle", Labeled.class))).contains("délai max 0,01", "graine 3");
        robot.interact(() -> window.model().sizesProperty().set("2, 20"));

        // when the main window switches to English, the dark theme and the designed text size
        robot.interact(() -> {
            look.languageProperty().set(Locale.ENGLISH);
            look.themeProperty().set(ChartTheme.DARK);
            look.resetText();
        });

        // then the sweep window follows, in English, and keeps what was typed
        assertThat(root().getStyleClass()).contains(StyleClasses.DARK, StyleClasses.TEXT_SIZE_PREFIX + 16)
                .doesNotContain(StyleClasses.PROJECTOR, StyleClasses.TEXT_SIZE_PREFIX + 20);
        assertThat(root().getStylesheets()).contains(ChartTheme.DARK.stylesheet())
                .doesNotContain(ChartTheme.PROJECTOR.stylesheet());
        assertThat(window.stage().getTitle()).startsWith("AsyncLab — Sweep");
        assertThat(node("startButton", Button.class).getText()).isEqualTo("Start");
        assertThat(shown(node("summaryToggle", Labeled.class))).startsWith("n = 2, 20 · ")
                .contains("max delay 0.01", "seed 3");
    }

    @Test
    void itsDefaultsRunToTheEndAndTheWindowDrawsAndSavesThePlot(FxRobot robot, @TempDir Path folder)
            throws Exception {
        // given the window as it opens, its own task counts and modes untouched: no empty progress bar yet
        open(robot, QUICK);
        assertThat(node("progressRow", Node.class).isVisible()).isFalse();

        // when Start is clicked and the sweep ends
        robot.clickOn(node("startButton", Button.class));
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> !window.model().runningProperty().get()
                && window.model().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // then every step ran, the form folded for the plot, the plot is drawn and the points can be saved
        assertThat(window.model().problemProperty().get()).isEmpty();
        assertThat(window.model().resultProperty().get().isComplete()).isTrue();
        assertThat(window.model().stepProperty().get()).isEqualTo("Balayage terminé");
        assertThat(node("form", Node.class).isVisible()).isFalse();
        assertThat(node("progressRow", Node.class).isVisible()).isTrue();
        Canvas canvas = (Canvas) node("plotPane", Parent.class).getChildrenUnmodifiable().get(0);
        assertThat(canvas.getHeight()).isGreaterThan(window.stage().getHeight() / 2);
        WritableImage picture = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null))
                .get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(colours(picture)).isGreaterThan(2);
        Path csv = folder.resolve("sweep.csv");
        robot.interact(() -> window.model().save("csv", csv, ChartTheme.LIGHT));
        assertThat(window.model().savedProperty().get()).isEqualTo("sweep.csv enregistré");
        int points = window.model().resultProperty().get().points().size();
        assertThat(Files.readAllLines(csv)).hasSize(1 + points);
    }

    @Test
    void cancelStopsTheSweepAndKeepsThePointsMeasured(FxRobot robot) {
        // given a sweep of the defaults with a max delay of a second: sequential at n = 100 takes near a minute
        open(robot, new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 3L));
        robot.clickOn(node("startButton", Button.class));
        assertThat(node("cancelButton", Button.class).isDisabled()).isFalse();

        // when Cancel is clicked
        robot.clickOn(node("cancelButton", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                    () -> !window.model().runningProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the sweep did not stop within " + FxTurns.TIMEOUT_S + " s of Cancel", e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        // then it stopped early, said so, and Start is offered again
        assertThat(window.model().resultProperty().get().cancelled()).isTrue();
        assertThat(window.model().resultProperty().get().isComplete()).isFalse();
        assertThat(window.model().stepProperty().get()).startsWith("Balayage annulé");
        assertThat(node("startButton", Button.class).isDisabled()).isFalse();
        assertThat(node("cancelButton", Button.class).isDisabled()).isTrue();
        // and Save is offered only with points to save (cancelled before the first, an empty sweep was saved)
        assertThat(node("savePng", Button.class).isDisabled())
                .isEqualTo(window.model().resultProperty().get().points().isEmpty());
    }

    @Test
    void spaceStartsAndStopsTheSweepOnPurposeAndReturnNeverCancelsIt(FxRobot robot) throws Exception {
        // given a long sweep (sequential at n = 100 waits near a minute) started with Space, as a clicker does
        open(robot, new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 3L));
        robot.interact(() -> node("startButton", Button.class).requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().runningProperty().get()).isTrue();

        // when the clicker sends Return, then Space again
        Node focus = window.stage().getScene().getFocusOwner();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        boolean stillRunning = window.model().runningProperty().get();
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> !window.model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        // then the focus never sat on Cancel, Return did not cancel, and the second Space stopped the sweep
        assertThat(focus).isNotSameAs(node("cancelButton", Button.class));
        assertThat(stillRunning).isTrue();
        assertThat(window.model().resultProperty().get().cancelled()).isTrue();
    }

    /**
     * The window opens with the focus on its settings line, which kept Space for itself: a teacher's first Space
     * opened the form, and started nothing. The line lets Space through, as the main window's does.
     */
    @Test
    void spaceWhereTheWindowOpensStartsTheSweep(FxRobot robot) throws Exception {
        open(robot, QUICK);
        robot.interact(() -> node("summaryToggle", ToggleButton.class).requestFocus());

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(node("summaryToggle", ToggleButton.class).isSelected()).as("the form opened").isFalse();
        assertThat(window.model().resultProperty().get() != null || window.model().runningProperty().get())
                .as("a sweep started").isTrue();
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> !window.model().runningProperty().get());
    }

    @Test
    void spaceOnAModesBoxTicksItAndStartsNothing(FxRobot robot) {
        // given the window open, the focus on Sequential's box (ticked by default)
        open(robot, QUICK);
        CheckBox sequential = (CheckBox) node("modeBoxes", Parent.class).getChildrenUnmodifiable().get(0);
        assertThat(sequential.isSelected()).isTrue();
        robot.interact(sequential::requestFocus);

        // when Space is pressed
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        // then the box is unticked and no sweep started
        assertThat(sequential.isSelected()).isFalse();
        assertThat(window.model().runningProperty().get()).isFalse();
        assertThat(window.model().resultProperty().get()).isNull();
    }

    @Test
    void f1ListsTheWindowsKeysInItsLanguage(FxRobot robot) {
        // given the window open in French
        open(robot, QUICK);

        // when F1 is pressed
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        // then a list of the sweep window's keys shows, with the keys named as the menus name them
        Stage help = robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getOwner() == window.stage()).map(Stage.class::cast).findFirst().orElseThrow();
        String keys = help.getScene().getRoot().lookupAll(".al-shortcut-key").stream()
                .map(n -> ((Labeled) n).getText()).toList().toString();
        assertThat(help.getTitle()).isEqualTo("Raccourcis clavier");
        assertThat(keys).contains("Espace", "Entrée", "F1", "F11");
        robot.interact(help::close);
    }

    @Test
    void onALargeWindowTheButtonsAndTopLineGrowAsThePlotDoes(FxRobot robot) throws Exception {
        // given the window at 1024 x 768 in the designed text size
        robot.interact(look::resetText);
        open(robot, QUICK);
        resize(1024, 768);
        String[] ids = {"startButton", "summaryToggle", "savePng"};
        double[] small = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            small[i] = FxTurns.call(node(ids[i], Labeled.class)::getFont).getSize();
        }

        // when it is made 1920 x 1080
        resize(1920, 1080);

        // then Start, the top line and a save button are written larger, as the plot's labels are
        double zoom = FxTurns.call(() -> SweepWindow.zoom(window.stage().getScene().getWidth(),
                window.stage().getScene().getHeight()));
        assertThat(zoom).isGreaterThan(1.3);
        assertThat(FxTurns.call(() -> List.copyOf(root().getStyleClass())))
                .doesNotContain(StyleClasses.TEXT_SIZE_PREFIX + 16);
        for (int i = 0; i < ids.length; i++) {
            assertThat(FxTurns.call(node(ids[i], Labeled.class)::getFont).getSize()).as(ids[i])
                    .isGreaterThanOrEqualTo(small[i] * (zoom - 0.15));
        }
    }

    /** The window at {@code width} × {@code height}, its scene resized (a later turn on Monocle) and laid out. */
    private void resize(double width, double height) throws Exception {
        FxTurns.run(() -> {
            window.stage().setWidth(width);
            window.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                window.stage().getScene().getWidth() == width && window.stage().getScene().getHeight() == height));
        FxTurns.layOut(root());
    }

    private static long colours(WritableImage picture) {
        PixelReader reader = picture.getPixelReader();
        return IntStream.range(0, (int) picture.getWidth())
                .flatMap(x -> IntStream.range(0, (int) picture.getHeight()).filter(y -> y % 7 == 0)
                        .map(y -> reader.getArgb(x, y)))
                .distinct().limit(10).count();
    }
}
