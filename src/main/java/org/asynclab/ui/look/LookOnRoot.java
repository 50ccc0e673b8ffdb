package org.asynclab.ui.look;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.util.Subscription;
import org.asynclab.chart.ChartTheme;
import org.asynclab.ui.common.StyleClasses;

/**
 * Puts the window's look on a root node: the theme's stylesheet (which holds the ink of the window and its
 * charts) and style class, and the text size as the root's font size, from which every em size follows. The main
 * window and each window of its own (the sweep, the export dialog) wear the same look this way, so a projector
 * theme or a presenter text size reaches every window the class sees.
 *
 * <pre>{@code
 * Subscription following = LookOnRoot.follow(root, look);   // now and at every change
 * stage.setOnHidden(e -> following.unsubscribe());          // the look outlives the window
 * }</pre>
 */
public final class LookOnRoot {
    /** The app's own stylesheet, beside the FXML of every room. */
    public static final String APP_STYLESHEET = "/org/asynclab/ui/MainView.css";
    /** The style class JavaFX gives a scene's root, which the look's rules name. */
    private static final String ROOT = "root";

    private LookOnRoot() {
    }

    /**
     * Keeps {@code root} the {@code .root} its look's rules are written on ({@code .root.al-dark},
     * {@code .root.al-text-20}, the looked-up colours), even once wrapped: a field's first error mark makes
     * ControlsFX's decoration pane the scene's root, with the window's root as its child, and the scene takes the
     * style class {@code root} from its old root. The dark theme turned light, 20 px text 16 px and the code 14 px
     * 16 px until the window was opened again.
     */
    public static void keepRootClass(Parent root) {
        root.parentProperty().subscribe(parent -> {
            if (parent != null && !root.getStyleClass().contains(ROOT)) {
                root.getStyleClass().add(0, ROOT);
            }
        });
    }

    /** Wears {@code theme}: its stylesheet (another theme's goes) and its style class on {@code root}. */
    public static void applyTheme(Parent root, ChartTheme theme) {
        for (ChartTheme each : ChartTheme.values()) {
            root.getStylesheets().remove(each.stylesheet());
        }
        root.getStylesheets().add(theme.stylesheet());
        root.getStyleClass().removeAll(StyleClasses.DARK, StyleClasses.PROJECTOR);
        if (theme == ChartTheme.DARK) {
            root.getStyleClass().add(StyleClasses.DARK);
        } else if (theme == ChartTheme.PROJECTOR) {
            root.getStyleClass().add(StyleClasses.PROJECTOR);
        }
    }

    /** Sets the root's font size to {@code size} pixels (one of {@link LookViewModel#TEXT_SIZES}). */
    public static void applyTextSize(Parent root, int size) {
        root.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.TEXT_SIZE_PREFIX));
        root.getStyleClass().add(StyleClasses.TEXT_SIZE_PREFIX + size);
    }

    /**
     * An alert in {@code look}'s theme and text size, following them while it shows and letting go once it closes.
     * A plain {@code new Alert} stayed light and at 16 px over a dark or presenter-sized window.
     */
    public static Alert alert(Alert.AlertType type, LookViewModel look) {
        Alert alert = new Alert(type);
        Subscription following = follow(alert.getDialogPane(), look);
        alert.setOnHidden(e -> following.unsubscribe());
        return alert;
    }

    /**
     * Gives {@code root} the app's stylesheet and {@code look}'s theme and text size, now and at every change, until
     * the returned subscription is ended.
     */
    public static Subscription follow(Parent root, LookViewModel look) {
        return follow(root, look, new SimpleDoubleProperty(1));
    }

    /**
     * As {@link #follow(Parent, LookViewModel)}, with the text size times {@code zoom} (the size of {@link
     * LookViewModel#TEXT_SIZES} nearest to it): a window whose picture grows with the window (the sweep's plot) has
     * its buttons and lines grow with it.
     */
    public static Subscription follow(Parent root, LookViewModel look, ObservableDoubleValue zoom) {
        String app = LookOnRoot.class.getResource(APP_STYLESHEET).toExternalForm();
        if (!root.getStylesheets().contains(app)) {
            root.getStylesheets().add(0, app);
        }
        List<Subscription> all = new ArrayList<>();
        all.add(look.themeProperty().subscribe(theme -> applyTheme(root, theme)));
        Runnable size = () -> applyTextSize(root,
                LookViewModel.TEXT_SIZES[LookViewModel.indexOf((int) Math.round(look.textSizeProperty().get()
                        * zoom.get()))]);
        all.add(look.textSizeProperty().subscribe(now -> size.run()));
        all.add(zoom.subscribe(now -> size.run()));
        return Subscription.combine(all.toArray(Subscription[]::new));
    }
}
