package org.asynclab.ui;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys, for a teacher who drives the demo from the keyboard: Space runs or stops, R resets, 1–5
 * pick the mode, P plays or pauses the replay, Ctrl+E opens the Export menu, Ctrl +/− zoom, Ctrl+0 fits.
 * Plain keys act only when no text field has the focus (there they type); Escape leaves a text field so that
 * they work again.
 */
final class Shortcuts {
    /** What the keys do. */
    interface Actions {
        void runOrStop();

        void reset();

        void pickMode(int index);

        void playOrPause();

        void openExport();

        void zoomIn();

        void zoomOut();

        void fit();
    }

    private static final Map<KeyCode, Integer> MODE_KEYS = Map.of(KeyCode.DIGIT1, 0, KeyCode.DIGIT2, 1,
            KeyCode.DIGIT3, 2, KeyCode.DIGIT4, 3, KeyCode.DIGIT5, 4, KeyCode.NUMPAD1, 0, KeyCode.NUMPAD2, 1,
            KeyCode.NUMPAD3, 2, KeyCode.NUMPAD4, 3, KeyCode.NUMPAD5, 4);

    private final Actions actions;

    private Shortcuts(Actions actions) {
        this.actions = actions;
    }

    /** Listens to {@code scene}'s keys before any node does. */
    static void install(Scene scene, Actions actions) {
        Shortcuts shortcuts = new Shortcuts(actions);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts::pressed);
    }

    private void pressed(KeyEvent event) {
        boolean handled = event.isShortcutDown() ? shortcut(event.getCode()) : plain(event);
        if (handled) {
            event.consume();
        }
    }

    private boolean shortcut(KeyCode code) {
        switch (code) {
            case E -> actions.openExport();
            case PLUS, EQUALS, ADD -> actions.zoomIn();
            case MINUS, SUBTRACT -> actions.zoomOut();
            case DIGIT0, NUMPAD0 -> actions.fit();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean plain(KeyEvent event) {
        if (event.isAltDown() || event.isControlDown() || event.isMetaDown()) {
            return false;
        }
        Object target = event.getTarget();
        boolean typing = target instanceof TextInputControl;
        if (typing) {
            if (event.getCode() == KeyCode.ESCAPE) {
                ((TextInputControl) target).getScene().getRoot().requestFocus();
                return true;
            }
            return false;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.SPACE) {
            actions.runOrStop();
            return true;
        }
        if (code == KeyCode.R) {
            actions.reset();
            return true;
        }
        if (code == KeyCode.P) {
            actions.playOrPause();
            return true;
        }
        Integer mode = MODE_KEYS.get(code);
        if (mode != null) {
            actions.pickMode(mode);
            return true;
        }
        return false;
    }
}
