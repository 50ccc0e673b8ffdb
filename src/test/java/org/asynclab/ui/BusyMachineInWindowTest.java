package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run that other programs slowed down says so in the window, in the warning's colour: under the strip's figures
 * while the code shows, under the results' figures otherwise; a run they left alone, or not measured, says nothing.
 */
@ExtendWith(ApplicationExtension.class)
class BusyMachineInWindowTest {
    private static final String WARNING = "al-machine-warning";

    private final ScriptedLauncher launcher = new ScriptedLauncher();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theWarningShowsUnderTheStripsFiguresInItsColourAndGoesWithAQuietRun() throws Exception {
        MainWindow window = codeBesideAt1024(Locale.ENGLISH);

        // when a run ends that other programs slowed down
        finish(window, 1, Recordings.eventLoop(0.25, 0.75).withOtherPrograms(new OtherPrograms(1.3, 2)));

        // then a line of its own under the strip, in the warning's colour (the theme's, from the CSS)
        Label strip = (Label) window.root().lookup("#resultsStrip");
        Label warning = (Label) window.root().lookup("#stripWarning");
        assertThat(FxTurns.call(() -> warning.isVisible() && warning.isManaged())).isTrue();
        assertThat(warning.getStyleClass()).contains(WARNING);
        assertThat(FxTurns.call(warning::getText)).isEqualTo("Busy machine: other programs used 1.3 of 2 cores;"
                + " the total may be longer than the model’s");
        assertThat(FxTurns.call(() -> top(warning) >= bottom(strip) - 0.5)).as("under the figures").isTrue();
        Region status = (Region) window.root().lookup(".al-status-bar");
        assertThat(FxTurns.call(() -> bottom(warning) <= top(status) + 0.5)).as("above the status line").isTrue();
        assertThat(FxTurns.call(warning::getTextFill)).isEqualTo(Color.web("#9a6700"));

        // and with the code closed, under the results panel's figures
        FxTurns.run(() -> window.model().look().codeVisibleProperty().set(false));
        FxTurns.layOut(window.root());
        Label panel = (Label) window.root().lookup("#machineWarning");
        assertThat(FxTurns.call(() -> panel.isVisible() && !warning.isVisible())).isTrue();
        assertThat(panel.getStyleClass()).contains(WARNING);
        assertThat(FxTurns.call(panel::getText)).isEqualTo(FxTurns.call(warning::getText));
        Label progress = (Label) window.root().lookup("#progressValue");
        assertThat(FxTurns.call(() -> top(panel) >= bottom(progress) - 0.5)).isTrue();

        // when the next run is not measured (the script says "no reading")
        FxTurns.run(() -> window.model().look().codeVisibleProperty().set(true));
        finish(window, 2, Recordings.eventLoop(0.25, 0.75));

        // then no line at all
        assertThat(FxTurns.call(() -> window.root().lookupAll("." + WARNING).stream()
                .noneMatch(n -> n.isVisible() || n.isManaged()))).isTrue();
    }

    /**
     * In French at 1024×768 with the code beside the chart, the warning's three lines under the strip folded the
     * lesson to its title: its "look at" line, the lesson's point, gave way to a note on the machine.
     */
    @Test
    void withALessonOnScreenTheStripLeavesTheWarningToTheResultsPanel() throws Exception {
        MainWindow window = codeBesideAt1024(Locale.FRENCH);
        FxTurns.run(() -> window.model().lesson().goTo("wait-n-5-5"));

        finish(window, 1, Recordings.eventLoop(0.25, 0.75).withOtherPrograms(new OtherPrograms(1.3, 2)));

        Label lookAt = (Label) window.root().lookup("#lessonLookAt");
        Label warning = (Label) window.root().lookup("#stripWarning");
        assertThat(FxTurns.call(() -> lookAt.isVisible() && lookAt.getHeight() > 0)).as("the look-at").isTrue();
        assertThat(FxTurns.call(() -> warning.isVisible() || warning.isManaged())).as("under the strip").isFalse();
        Label panel = (Label) window.root().lookup("#machineWarning");
        assertThat(FxTurns.call(panel::getText)).as("waiting in the results panel (C)").startsWith("Machine chargée");

        // and without a lesson, the strip says it
        FxTurns.run(() -> window.model().lesson().close());
        FxTurns.layOut(window.root());
        assertThat(FxTurns.call(() -> warning.isVisible() && warning.isManaged())).isTrue();
    }

    /** The window in {@code locale} at 1024×768, the code beside the chart: the strip shows the results. */
    private MainWindow codeBesideAt1024(Locale locale) throws Exception {
        MainWindow window = FxTurns.call(() -> MainWindow.load(UiText.forLocale(locale), launcher,
                Platform::runLater));
        FxTurns.run(() -> {
            window.show(stage);
            window.root().getScene().setRoot(new Group());
            new Scene(window.root(), 1024, 768);
            window.model().look().codeVisibleProperty().set(true);
        });
        return window;
    }

    /** Runs, and ends the {@code count}-th run with {@code recording}. */
    private void finish(MainWindow window, int count, RunResult recording) throws Exception {
        FxTurns.run(() -> window.model().runOrIgnore());
        launcher.awaitRun(count).finish(recording);
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                window.model().run().getState() == RunState.DONE));
        FxTurns.layOut(window.root());
    }

    private static double top(Node node) {
        return box(node).getMinY();
    }

    private static double bottom(Node node) {
        return box(node).getMaxY();
    }

    private static Bounds box(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
