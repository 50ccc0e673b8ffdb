package org.asynclab.ui.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.asynclab.engine.SweepHandle;
import org.asynclab.engine.SweepListener;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SweepPlan;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookOnRoot;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.look.ShortcutsDialog;

/**
 * Run ▸ Sweep…: a window of its own where a class sees how each mode scales with n, one for the app's life. It wears
 * the main window's look and follows it while open: theme and text size at once, a new language by loading its
 * room (SweepView.fxml) again, with the same choices and points. The task counts and modes are chosen here; the
 * other settings are the main window's when the window was opened ({@link #open}). Closing it cancels a sweep.
 */
public final class SweepWindow {
    /** Share of the screen the window takes when it first opens without a main window to cover. */
    private static final double SCREEN_SHARE = 0.8;
    /** The window size its buttons and lines are designed for: larger, they grow as the plot does. */
    static final double DESIGN_WIDTH = 1024;
    static final double DESIGN_HEIGHT = 768;
    /**
     * The buttons that leave Space and Return to the window's own keys: Start, Cancel, and the settings line, which
     * has the focus when the window opens (a teacher's first Space opened the form, as the main window's does not).
     */
    private static final Set<String> PASS_KEYS = Set.of("startButton", "cancelButton", "summaryToggle");

    private final LookViewModel look;
    private final SweepViewModel model;
    private final SweepSummary summary;
    private Stage stage;
    private SweepController controller;
    private Subscription following = Subscription.EMPTY;
    /** How much larger than the text size the buttons and lines are drawn: the window's size over its design's. */
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    /**
     * The sweep window of an app whose window looks like {@code look}.
     *
     * @param starter  starts a sweep ({@code SweepRunner::start} in the app)
     * @param fxThread where the sweep's news is handed over ({@code Platform::runLater} in the app)
     */
    public SweepWindow(LookViewModel look, BiFunction<SweepPlan, SweepListener, SweepHandle> starter,
                       Executor fxThread) {
        this.look = look;
        this.model = new SweepViewModel(UiText.forLocale(look.languageProperty().get()), starter, fxThread);
        this.summary = new SweepSummary(model);
    }

    /**
     * Shows the window in front of {@code owner} (made the first time), with {@code base}'s max delay, kind, seed,
     * pool size and lock for the next sweep.
     */
    public void open(Window owner, RunConfig base) {
        if (!model.runningProperty().get()) {
            model.baseProperty().set(base);
        }
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setFullScreenExitHint(""); // as the main window's: no English hint over the plot
            // Over the main window, at its size: on a projector the plot, like the chart, wants every pixel.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            boolean placed = owner != null && owner.getWidth() > 0;
            stage.setScene(new Scene(load(), placed ? owner.getWidth() : screen.getWidth() * SCREEN_SHARE,
                    placed ? owner.getHeight() : screen.getHeight() * SCREEN_SHARE));
            if (placed) {
                stage.setX(owner.getX());
                stage.setY(owner.getY());
            }
            Scene scene = stage.getScene();
            InvalidationListener fit = o -> zoom.set(zoom(scene.getWidth(), scene.getHeight()));
            scene.widthProperty().addListener(fit);
            scene.heightProperty().addListener(fit);
            fit.invalidated(null);
            stage.setOnHidden(e -> model.cancel());
            stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            stage.setTitle(model.wordsProperty().get().get("sweep.title"));
            following = look.languageProperty().subscribe(this::relabel);
        }
        stage.show();
        stage.toFront();
    }

    /**
     * How much larger than the text size the window's words are in a {@code width} × {@code height} scene: as the plot
     * ({@link SweepPlot#zoom}), from 1 at the design size up to {@link SweepPlot#MAX_FIT}, so that the top line,
     * Start, Cancel and the save buttons read from the back of the room as the plot's labels do.
     */
    static double zoom(double width, double height) {
        return Math.max(1, Math.min(SweepPlot.MAX_FIT, Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT)));
    }

    /** Loads the room in the look's language and wears the look; the last room lets go of the look first. */
    private Parent load() {
        if (controller != null) {
            controller.dispose();
        }
        UiText text = UiText.forLocale(look.languageProperty().get());
        model.setText(text);
        FXMLLoader loader = new FXMLLoader(SweepWindow.class.getResource("/org/asynclab/ui/SweepView.fxml"),
                text.bundle());
        loader.setControllerFactory(type -> new SweepController(model, summary, look, text));
        try {
            Parent root = loader.load();
            controller = loader.getController();
            Subscription looks = LookOnRoot.follow(root, look, zoom);
            root.sceneProperty().subscribe((was, now) -> {
                if (was != null && now == null) {
                    looks.unsubscribe();
                }
            });
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("SweepView.fxml could not be loaded", e);
        }
    }

    /**
     * The window's keys, named in its F1 list ({@code help.sweep.shortcuts.text}): Space starts the sweep or stops
     * it, as it runs or stops the main window's run; Return only ever starts one, so a clicker's second press never
     * cancels a sweep by surprise. A field, a check box or a save button with the focus keeps Space and Return for
     * itself; Escape leaves it. The main window's keys for the look too: Ctrl + / Ctrl − / Ctrl 0 for the text size,
     * F11 full screen; F1 lists them all.
     */
    private void key(KeyEvent event) {
        boolean shortcut = event.isShortcutDown() && !event.isShiftDown() && !event.isAltDown();
        boolean plain = !event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown();
        boolean windows = plain && !keepsItsKeys(stage.getScene().getFocusOwner());
        switch (event.getCode()) {
            case PLUS, EQUALS, ADD -> act(event, shortcut, look::biggerText);
            case MINUS, SUBTRACT -> act(event, shortcut, look::smallerText);
            case DIGIT0, NUMPAD0 -> act(event, shortcut, look::resetText);
            case F11 -> act(event, true, () -> stage.setFullScreen(!stage.isFullScreen()));
            case F1 -> act(event, true, this::showKeys);
            case SPACE -> act(event, windows, model::startOrStop);
            case ENTER -> act(event, windows, model::start);
            case ESCAPE -> act(event, plain && stage.getScene().getFocusOwner() instanceof TextInputControl,
                    () -> stage.getScene().getRoot().requestFocus());
            default -> {
            }
        }
    }

    /**
     * Whether {@code focus} takes Space and Return itself: the task counts, a mode's box (made in code, with no id:
     * {@code Set.contains(null)} threw, and Space never ticked it), a save button.
     */
    private static boolean keepsItsKeys(Node focus) {
        return focus instanceof TextInputControl
                || focus instanceof ButtonBase button
                && (button.getId() == null || !PASS_KEYS.contains(button.getId()));
    }

    private void showKeys() {
        UiText text = model.wordsProperty().get();
        Alert alert = ShortcutsDialog.of(text, look, "help.sweep.shortcuts.text");
        alert.initOwner(stage);
        alert.show();
    }

    private static void act(KeyEvent event, boolean when, Runnable action) {
        if (when) {
            action.run();
            event.consume();
        }
    }

    private void relabel(Locale was, Locale now) {
        stage.getScene().setRoot(load());
        stage.setTitle(model.wordsProperty().get().get("sweep.title"));
    }

    /** Cancels a sweep and closes the window: the app ends. */
    public void close() {
        model.cancel();
        following.unsubscribe();
        if (stage != null) {
            stage.close();
        }
    }

    /** The window's state: what the main window binds to (Run waits while a sweep runs) and what tests drive. */
    public SweepViewModel model() {
        return model;
    }

    /** The window's stage, or null before it was first opened (for tests). */
    public Stage stage() {
        return stage;
    }
}
