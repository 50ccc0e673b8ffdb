package org.asynclab.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.asynclab.ui.common.AfterThePass;

/**
 * The lesson's title alone above the charts where its "look at" line would crowd them (lesson15). At 20–24 px in
 * 1024×768 the title, the position and a "look at" line of three to five lines took what the bars left, and a
 * comparison's two charts had 50 px, then none (the stage an empty frame). The lesson stands bare ({@link
 * org.asynclab.ui.lesson.ExplanationFold#bareProperty() its title alone, the rest behind "more"}) while, with its
 * lines, the charts' stack would be lower than {@link #LEAST_SHARE} of the window; and, as before, in a window short
 * for its text size. The stack's height with the lines is measured, not guessed from the text size: a short "look
 * at" line, a wide window or the code beside the chart change it, and a lesson whose lines leave the charts their
 * room keeps them.
 */
final class LessonRoom {
    /**
     * The least share of the window's height the charts' stack keeps with the lesson's lines. Two charts need a title
     * line, some rows and their time axis each: with 145 px of 768 (19 %, the threads-vs-virtual lesson at 20 px in
     * French) the lower chart's "no run" ran over its title; at the designed 16 px the stack keeps 33–44 %.
     */
    static final double LEAST_SHARE = 0.3;
    /** The share of the height more than {@link #LEAST_SHARE} the charts keep with the lines before they come back. */
    static final double SPARE_SHARE = 0.05;

    private final Region root;
    private final VBox panel;
    private final Node lookAt;
    private final Region chartStack;
    private final BooleanProperty bare;
    private final BooleanProperty open;
    private final ObservableBooleanValue shortWindow;
    /** Whether the lines are folded away because they would crowd the charts. */
    private boolean crowded;
    private final AfterThePass placeSoon = new AfterThePass(this::place);

    private LessonRoom(Region root, VBox panel, Node lookAt, Region chartStack, BooleanProperty bare,
            BooleanProperty open, ObservableBooleanValue shortWindow) {
        this.root = root;
        this.panel = panel;
        this.lookAt = lookAt;
        this.chartStack = chartStack;
        this.bare = bare;
        this.open = open;
        this.shortWindow = shortWindow;
    }

    /**
     * Sets {@code bare} (the lesson's title alone) while {@code shortWindow} holds or the lesson's lines would crowd
     * {@code chartStack}, now and whenever the window, the text size, the lesson or the stack changes.
     *
     * @param panel the lesson's panel, {@code lookAt} its "look at" line (standing beside the charts on a wide
     *     screen: then it crowds nothing)
     * @param open whether the reader opened the lesson's lines ("more"): then they stay as they are
     */
    static void follow(Region root, VBox panel, Node lookAt, Region chartStack, BooleanProperty bare,
            BooleanProperty open, ObservableBooleanValue shortWindow, ObservableIntegerValue textSize) {
        LessonRoom room = new LessonRoom(root, panel, lookAt, chartStack, bare, open, shortWindow);
        // Change listeners, not invalidation ones: a bounds property nobody reads after it changed stays invalid and
        // tells no one of its next change (the lesson opened in a window already laid out was never placed).
        for (ObservableValue<?> change : List.of(root.widthProperty(), root.heightProperty(), textSize, shortWindow,
                panel.layoutBoundsProperty(), panel.visibleProperty(), open, chartStack.layoutBoundsProperty(),
                lookAt.parentProperty())) {
            change.addListener((o, was, now) -> room.placeSoon.ask());
        }
        room.placeSoon.ask();
    }

    private void place() {
        boolean crowd = crowded;
        if (!panel.isVisible() || lookAt.getParent() != panel || root.getHeight() <= 0) {
            crowd = false;
        } else if (!open.get() && !shortWindow.get() && panel.getWidth() > 0) {
            // The lines come back only with room to spare: the strip under the charts takes a larger text when they
            // grow, and a lesson at the edge would fold and unfold its lines pass after pass.
            double least = crowded ? LEAST_SHARE + SPARE_SHARE : LEAST_SHARE;
            crowd = stackWithLines() < root.getHeight() * least;
        }
        crowded = crowd;
        bare.set(shortWindow.get() || crowded);
    }

    /**
     * The stack's height with the lesson's lines shown: as laid out when they show, else the stack's height less
     * what the panel would grow by with them (measured with them shown, then folded again).
     */
    private double stackWithLines() {
        if (!bare.get()) {
            return chartStack.getHeight();
        }
        double folded = panel.getHeight();
        bare.set(false);
        panel.applyCss();
        double shown = panel.prefHeight(panel.getWidth());
        bare.set(true);
        panel.applyCss();
        return chartStack.getHeight() - Math.max(0, shown - folded);
    }
}
