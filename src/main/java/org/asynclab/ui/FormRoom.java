package org.asynclab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.asynclab.ui.common.AfterThePass;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.look.LookOnRoot;
import org.asynclab.ui.look.LookViewModel;

/**
 * The settings form open in a large text (bigtext14). At 1024×768 from 20 px (24 px in French) the open form pushed
 * the charts below the window; from 28 px, with the bars called back, its row of modes (1,350 px at 36 px) widened
 * the whole window past its right edge. Now, in a window short for its text size, the form takes what the charts
 * leave above their least share of the height and scrolls; and wherever its widest field would not fit the window's
 * width, its text is the largest size (of {@link LookViewModel#TEXT_SIZES}) at which it does. Elsewhere, and at the
 * designed text size, the form is as it was: whole, at the window's text size.
 */
final class FormRoom {
    /** The charts' least share of the window's height while the form is open in a window short for its text size. */
    private static final double LEAST_CHART_SHARE = 0.45;
    /** The form's least height, in its text's lines: a row of fields (a name over its box) in view, and to scroll. */
    private static final double LEAST_FORM_LINES = 4;
    /** Most layout passes to share the height in: each comes nearer, six did at 1024×768 (from 187 px to 164 px). */
    private static final int MOST_PASSES = 8;

    private final BorderPane root;
    private final ScrollPane form;
    private final Parent fields;
    private final Region chartStack;
    private final ObservableBooleanValue shortWindow;
    private final ObservableIntegerValue textSize;
    /** The text size set on the form, or 0 while it wears the window's. */
    private int fitted;
    /** Places the form after the pass under way: the fonts and rows it measures are those of the pass. */
    private final AfterThePass placeSoon = new AfterThePass(this::place);

    private FormRoom(BorderPane root, ScrollPane form, Region chartStack, ObservableBooleanValue shortWindow,
                     ObservableIntegerValue textSize) {
        this.root = root;
        this.form = form;
        this.fields = (Parent) form.getContent();
        this.chartStack = chartStack;
        this.shortWindow = shortWindow;
        this.textSize = textSize;
    }

    /**
     * Sizes {@code form} (the settings' scroll pane, its content the fields) in {@code root} now and whenever the
     * window, the text size or what stands around the form changes.
     *
     * @param shortWindow whether the window is short for its text size: there the form scrolls
     */
    static void follow(BorderPane root, ScrollPane form, Region chartStack, ObservableBooleanValue shortWindow,
                       ObservableIntegerValue textSize) {
        FormRoom room = new FormRoom(root, form, chartStack, shortWindow, textSize);
        // Changes, not invalidations: a bounds property tells its invalidation only to a reader of the last one.
        ChangeListener<Object> changed = (o, was, now) -> room.placeSoon.ask();
        for (ObservableValue<?> change : List.of(root.widthProperty(), root.heightProperty(), textSize, shortWindow,
                form.managedProperty(), form.getParent().managedProperty(), room.fields.layoutBoundsProperty())) {
            change.addListener(changed);
        }
        // What stands above and below the form takes height too: the menu, the run bar's rows, a lesson, the status,
        // the hint or the replay bar under the charts. Their heights, not every layout: the charts ask one each frame.
        List<Node> around = new ArrayList<>(List.of(root.getTop(), root.getBottom()));
        around.addAll(chartStack.getParent().getChildrenUnmodifiable());
        for (Node node : around) {
            node.layoutBoundsProperty().addListener(changed);
        }
    }

    private void place() {
        if (!form.isManaged() || !form.getParent().isManaged() || root.getWidth() <= 0) {
            release();
            return;
        }
        form.applyCss();
        fitText();
        // A scroll pane asks its content's height at no width: a flow pane's at its wrap length, rows too many.
        double inside = (form.getWidth() > 0 ? form.getWidth() : root.getWidth()) - form.snappedLeftInset()
                - form.snappedRightInset() - scrollBarWidth();
        form.setPrefViewportHeight(((Region) fields).prefHeight(inside));
        if (!shortWindow.get()) {
            chartStack.setMinHeight(0);
            form.setMaxHeight(Region.USE_COMPUTED_SIZE);
            return;
        }
        // The form and the charts share what the rest of the window leaves them: the charts up to their share, the
        // form the rest. With the bars called back at 36 px the form keeps a row of fields in view and the charts
        // what remains, so that nothing leaves the window. Each share, laid out, tells the next more exactly.
        for (int pass = 0; pass < MOST_PASSES; pass++) {
            root.applyCss();
            root.layout();
            if (!share()) {
                return;
            }
        }
    }

    /** Shares the height as the window is laid out now; whether that changed the shares. */
    private boolean share() {
        double room = form.getHeight() + chartStack.getHeight() - overflow();
        double leastForm = LEAST_FORM_LINES * ((Labeled) fields.lookup(".label")).getFont().getSize();
        double leastCharts = Math.ceil(root.getHeight() * LEAST_CHART_SHARE);
        double formMost = Math.floor(Math.max(leastForm, room - leastCharts));
        double chartsLeast = Math.max(0, Math.min(leastCharts, room - formMost));
        boolean changed = Math.abs(formMost - form.getMaxHeight()) > 0.5
                || Math.abs(chartsLeast - chartStack.getMinHeight()) > 0.5;
        form.setMaxHeight(formMost);
        chartStack.setMinHeight(chartsLeast);
        return changed;
    }

    /** How far the chart column's lowest node (the hint, the replay bar, the results strip) runs past the window. */
    private double overflow() {
        double lowest = 0;
        Parent stage = chartStack.getParent();
        for (Parent column : List.of(stage, stage.getParent())) {
            for (Node node : column.getChildrenUnmodifiable()) {
                if (node.isManaged()) {
                    lowest = Math.max(lowest, node.localToScene(node.getLayoutBounds()).getMaxY());
                }
            }
        }
        double status = root.getBottom().getLayoutBounds().getHeight();
        return Math.max(0, lowest - (root.getHeight() - status - root.snappedBottomInset()));
    }

    /** Folded, or stepped aside with the bars: the form no longer asks anything of the window. */
    private void release() {
        chartStack.setMinHeight(0);
        form.setMaxHeight(Region.USE_COMPUTED_SIZE);
    }

    /**
     * Sets the form's text to the largest size, up to the window's, at which its widest field fits the window's
     * width; the fields' widths follow their text (em), so the width at a size is that at the present one scaled.
     */
    private void fitText() {
        int text = textSize.get();
        int now = fitted > 0 ? fitted : text;
        double widest = 0;
        for (Node field : fields.getChildrenUnmodifiable()) {
            if (field.isManaged()) {
                widest = Math.max(widest, field.prefWidth(-1));
            }
        }
        double room = root.getWidth() - ((Region) fields).snappedLeftInset() - ((Region) fields).snappedRightInset()
                - form.snappedLeftInset() - form.snappedRightInset() - scrollBarWidth();
        int fit = LookViewModel.TEXT_SIZES[0];
        for (int size : LookViewModel.TEXT_SIZES) {
            if (size <= text && widest * size / now <= room) {
                fit = size;
            }
        }
        int was = fitted;
        fitted = fit < text ? fit : 0;
        // Only a change: a style class set again has CSS match the form again, and lay the window out again.
        if (fitted != was || fitted > 0 && !form.getStyleClass().contains(StyleClasses.TEXT_SIZE_PREFIX + fitted)) {
            form.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.TEXT_SIZE_PREFIX));
            if (fitted > 0) {
                LookOnRoot.applyTextSize(form, fitted);
            }
        }
    }

    /** The width the form's scroll bar takes from its fields while it shows. */
    private double scrollBarWidth() {
        for (Node bar : form.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scroll && scroll.getOrientation() == Orientation.VERTICAL
                    && scroll.isVisible()) {
                return scroll.getWidth();
            }
        }
        return 0;
    }
}
