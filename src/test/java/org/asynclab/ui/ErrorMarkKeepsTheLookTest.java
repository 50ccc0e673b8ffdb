package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A field's error mark (ControlsFX's decoration pane, which becomes the scene's root and takes the window's root as
 * its child) leaves the window's look as it was: its rules are written on {@code .root}, and the code, in its own
 * size for each text size, grew from 14 to 16 px after the first number out of range (seen at 1024×768).
 */
@ExtendWith(ApplicationExtension.class)
class ErrorMarkKeepsTheLookTest {
    private final LookViewModel look = new LookViewModel();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        look.themeProperty().set(ChartTheme.DARK);
        look.textSizeProperty().set(20);
        look.codeVisibleProperty().set(true);
        window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), new ScriptedLauncher(), Platform::runLater,
                RecordingChart::new, look);
        window.show(stage);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The code's font size, the run button's, the status line's ink and the window's background, as drawn. */
    private List<Object> look() throws Exception {
        return onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Text code = (Text) window.root().lookup("#pythonEditor .styled-text-area .text");
            Labeled run = (Labeled) window.root().lookup("#runButton");
            Labeled status = (Labeled) window.root().lookup("#statusLabel");
            Region root = (Region) window.root();
            return List.of(code.getFont().getSize(), run.getFont().getSize(), status.getTextFill(),
                    root.getBackground() == null ? "none" : root.getBackground().getFills().get(0).getFill());
        });
    }

    @Test
    void aNumberOutOfRangeMarksItsFieldAndChangesNothingElse(FxRobot robot) throws Exception {
        // given the window in the dark theme at 20 px, its code shown
        List<Object> before = look();

        // when a number of tasks out of range is typed: its field gets the error mark
        robot.interact(() -> robot.lookup("#tasksField").query().requestFocus());
        robot.interact(() -> robot.lookup("#tasksField").queryAs(TextField.class).setText("2000000"));
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> onFx(() -> stage.getScene().getRoot() != window.root()));
        Node marked = onFx(() -> stage.getScene().getRoot());

        // then the code, the buttons and the colours are as they were
        assertThat(marked).isNotSameAs(window.root());
        assertThat(look()).isEqualTo(before);
    }
}
