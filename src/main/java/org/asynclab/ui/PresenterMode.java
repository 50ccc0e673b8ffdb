package org.asynclab.ui;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.asynclab.ui.common.StyleClasses;

/**
 * Presenter mode (full screen, F11, or a window short for its text size): the menu bar and the run bar step aside so
 * the picture has the whole screen, and come back while the pointer is at the top edge or after Alt / F10 (until
 * Escape or the pointer leaves them).
 */
final class PresenterMode {
    /** How close to the top edge, in pixels, the pointer calls the bars back. */
    private static final double EDGE = 6;

    private final Parent root;
    private final List<Node> bars;
    private boolean presenting;

    private final EventHandler<MouseEvent> pointer = this::pointerMoved;
    private final EventHandler<KeyEvent> keys = this::keyPressed;

    /** Whether the window is short for its text size: then the bars step aside as in full screen (layout11). */
    private final ObservableBooleanValue shortWindow;
    private Stage stage;

    /**
     * Hides {@code bars} (the menu bar, the run bar, the settings) in full screen, and while {@code shortWindow}
     * holds (the largest text in 768 px: the menu and a run bar of three rows left the charts 34 px); the lesson
     * stays.
     */
    PresenterMode(Parent root, List<Node> bars, ObservableBooleanValue shortWindow) {
        this.root = root;
        this.bars = bars;
        this.shortWindow = shortWindow;
        shortWindow.addListener((o, was, now) -> presentNow());
    }

    /** Follows the full screen of the window {@code scene} is in. */
    void install(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, pointer);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.windowProperty().addListener((o, was, now) -> follow(now instanceof Stage stage ? stage : null));
        follow(scene.getWindow() instanceof Stage stage ? stage : null);
    }

    private void follow(Stage shown) {
        stage = shown;
        if (shown != null) {
            shown.fullScreenProperty().addListener((o, was, full) -> presentNow());
        }
        presentNow();
    }

    private void presentNow() {
        present(stage != null && stage.isFullScreen() || shortWindow.get());
    }

    private void present(boolean on) {
        if (on == presenting && root.getStyleClass().contains(StyleClasses.PRESENTER) == on) {
            return;
        }
        presenting = on;
        root.getStyleClass().remove(StyleClasses.PRESENTER);
        if (on) {
            root.getStyleClass().add(StyleClasses.PRESENTER);
        }
        showBars(!on);
    }

    private void showBars(boolean show) {
        for (Node bar : bars) {
            bar.setVisible(show);
            bar.setManaged(show);
        }
    }

    private double barsHeight() {
        return bars.stream().mapToDouble(bar -> bar.getLayoutBounds().getHeight()).sum();
    }

    private void pointerMoved(MouseEvent event) {
        if (!presenting) {
            return;
        }
        if (event.getSceneY() <= EDGE) {
            showBars(true);
        } else if (bars.get(0).isVisible() && event.getSceneY() > barsHeight() + EDGE * 4) {
            showBars(false);
        }
    }

    private void keyPressed(KeyEvent event) {
        if (!presenting) {
            return;
        }
        if (event.getCode() == KeyCode.ALT || event.getCode() == KeyCode.F10) {
            showBars(true);
        } else if (event.getCode() == KeyCode.ESCAPE && bars.get(0).isVisible()) {
            showBars(false);
        }
    }

    /** Whether the window is in presenter mode now. */
    boolean isPresenting() {
        return presenting;
    }
}
