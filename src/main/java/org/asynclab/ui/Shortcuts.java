package org.asynclab.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The window's keys, for a teacher who drives the demo from the keyboard or a presenter's remote. PageDown /
 * PageUp (what a remote sends) move through the lesson always, even from a text field; → / ← do too when no text
 * field has the focus (there they move the caret). F11 is full screen, F1 lists the keys. Ctrl + / Ctrl − / Ctrl 0
 * change the size of all text; the chart's time zoom is + / − (or Ctrl+Shift + / −) and F (or Ctrl+Shift+0) fits.
 * Plain keys (Space runs or stops, R resets, 1–5 pick the mode, V the mode compared with, P plays the replay,
 * Shift+← / Shift+→ step it, C shows the code) act from wherever the focus is, but inside a text input: a text
 * field, an editable combo box or spinner, the Python editor. There the keys type; Escape leaves the input so that
 * they work again. While the menu bar has the keyboard (F10, or a menu open), its keys are its own: ← / → walk
 * its menus, and a plain key pressed in an open menu is the menu's.
 */
final class Shortcuts {
    /** What the keys do. */
    interface Actions {
        void runOrStop();

        void reset();

        void pickMode(int index);

        void playOrPause();

        void stepBack();

        void stepForward();

        void nextComparison();

        void openExport();

        void zoomIn();

        void zoomOut();

        void fit();

        void nextScenario();

        void previousScenario();

        void toggleCode();

        void toggleFullScreen();

        void biggerText();

        void smallerText();

        void resetText();

        void showShortcuts();
    }

    /** A menu's title in the menu bar (JavaFX's style class for it), highlighted while the menu bar has the keys. */
    private static final String MENU_TITLE = ".menu";
    private static final Map<KeyCode, Integer> MODE_KEYS = Map.of(KeyCode.DIGIT1, 0, KeyCode.DIGIT2, 1,
            KeyCode.DIGIT3, 2, KeyCode.DIGIT4, 3, KeyCode.DIGIT5, 4, KeyCode.NUMPAD1, 0, KeyCode.NUMPAD2, 1,
            KeyCode.NUMPAD3, 2, KeyCode.NUMPAD4, 3, KeyCode.NUMPAD5, 4);

    private final Actions actions;
    private final MenuBar menus;

    private Shortcuts(MenuBar menus, Actions actions) {
        this.menus = menus;
        this.actions = actions;
    }

    /**
     * Listens to {@code scene}'s keys before any node does. The menus show these keys as accelerators, but this
     * class stays their one home: it consumes the keys it acts on, so no accelerator fires after it (a scene's
     * accelerators fire only on keys nobody consumed; a text input consumes the keys typed into it).
     */
    static void install(Scene scene, MenuBar menus, Actions actions) {
        Shortcuts shortcuts = new Shortcuts(menus, actions);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts::pressed);
    }

    private void pressed(KeyEvent event) {
        boolean handled = always(event.getCode())
                || (event.isShortcutDown() ? shortcut(event.getCode(), event.isShiftDown())
                        : !menusHave(event.getCode()) && plain(event));
        if (handled) {
            event.consume();
        }
    }

    /**
     * Whether a plain key is the menu bar's: every key while one of its menus is open (the open menu takes it too),
     * and ← / → while one of its menus is highlighted, after F10 or under the pointer: the menu bar then walks its
     * menus with them (its skin listens to the scene as this class does, so both would act on the same key).
     */
    private boolean menusHave(KeyCode code) {
        if (menus.getMenus().stream().anyMatch(Menu::isShowing)) {
            return true;
        }
        return (code == KeyCode.LEFT || code == KeyCode.RIGHT)
                && menus.lookupAll(MENU_TITLE).stream().anyMatch(Node::isHover);
    }

    /** Keys that act wherever the focus is: a remote's page keys, full screen, help. */
    private boolean always(KeyCode code) {
        switch (code) {
            case PAGE_DOWN -> actions.nextScenario();
            case PAGE_UP -> actions.previousScenario();
            case F11 -> actions.toggleFullScreen();
            case F1 -> actions.showShortcuts();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean shortcut(KeyCode code, boolean shift) {
        switch (code) {
            case E -> actions.openExport();
            case PLUS, EQUALS, ADD -> {
                if (shift) {
                    actions.zoomIn();
                } else {
                    actions.biggerText();
                }
            }
            case MINUS, SUBTRACT -> {
                if (shift) {
                    actions.zoomOut();
                } else {
                    actions.smallerText();
                }
            }
            case DIGIT0, NUMPAD0 -> {
                if (shift) {
                    actions.fit();
                } else {
                    actions.resetText();
                }
            }
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
        if (event.getTarget() instanceof Node target && textInput(target)) {
            if (event.getCode() == KeyCode.ESCAPE) {
                target.getScene().getRoot().requestFocus();
                return true;
            }
            return false;
        }
        KeyCode code = event.getCode();
        if (event.isShiftDown() && (code == KeyCode.RIGHT || code == KeyCode.LEFT)) {
            if (code == KeyCode.RIGHT) {
                actions.stepForward();
            } else {
                actions.stepBack();
            }
            return true;
        }
        Integer mode = MODE_KEYS.get(code);
        if (mode != null) {
            actions.pickMode(mode);
            return true;
        }
        switch (code) {
            case SPACE -> actions.runOrStop();
            case R -> actions.reset();
            case P -> actions.playOrPause();
            case V -> actions.nextComparison();
            case C -> actions.toggleCode();
            case F -> actions.fit();
            case RIGHT -> actions.nextScenario();
            case LEFT -> actions.previousScenario();
            case PLUS, EQUALS, ADD -> actions.zoomIn();
            case MINUS, SUBTRACT -> actions.zoomOut();
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code node} takes typed text: an editable text field or area, an editable combo box or spinner (their
     * editor's keys reach them), or an editable RichTextFX area (the Python editor, which is no TextInputControl).
     * Read-only text (the Java code) takes no keys but its caret's, so the window's keys work there.
     */
    static boolean textInput(Node node) {
        return node instanceof TextInputControl field && field.isEditable()
                || node instanceof GenericStyledArea<?, ?, ?> area && area.isEditable()
                || node instanceof ComboBoxBase<?> box && box.isEditable()
                || node instanceof Spinner<?> spinner && spinner.isEditable();
    }
}
