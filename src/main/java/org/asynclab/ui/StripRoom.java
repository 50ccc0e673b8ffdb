package org.asynclab.ui;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.asynclab.ui.common.AfterThePass;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.look.LookOnRoot;
import org.asynclab.ui.look.LookViewModel;

/**
 * The charts whole above the results strip in a window short for its text size (strip14). At 32 px the deadline
 * lesson's strip runs to 3–6 lines (the cancelled tasks, the totals, the averages) and it never shrank: the chart
 * stage took what it left, below the charts' least height (6em each), and the shared legend and the replay bar were
 * drawn over the lower chart (its time labels at 1280×720, its title at 1024×768 with the code open). Now the strip's
 * text is the largest size (of {@link LookViewModel#TEXT_SIZES}, from the window's down to the designed 16 px) at
 * which it fits under the stage laid out whole; where even that leaves the stage short (36 px, or the lesson's lines
 * and the bars at 20–24 px), the charts share the height the stack has ({@link StyleClasses#TIGHT}) rather than run
 * under the legend. Wherever everything fits at the window's text size (the designed 16 px on every classroom
 * screen) nothing changes. The warning line under the strip (other programs took the machine) keeps the window's
 * size, and its height is taken off the stage's room like the strip's.
 */
final class StripRoom {
    private final Label strip;
    /** The line under the strip when other programs took the machine; managed only while it shows. */
    private final Label warning;
    private final VBox column;
    private final Region stage;
    private final VBox chartStack;
    private final ObservableIntegerValue textSize;
    /** The text size set on the strip, or 0 while it wears the window's. */
    private int fitted;
    /** Sizes the strip after the pass under way: the heights it reads are those of the pass. */
    private final AfterThePass placeSoon = new AfterThePass(this::place);

    private StripRoom(Label strip, Label warning, VBox chartStack, ObservableIntegerValue textSize) {
        this.strip = strip;
        this.warning = warning;
        this.column = (VBox) strip.getParent();
        this.chartStack = chartStack;
        this.stage = (Region) chartStack.getParent();
        this.textSize = textSize;
    }

    /**
     * Sizes {@code strip} (the results folded under the chart stage, in the chart column) and lets the charts of
     * {@code chartStack} share its height, now and whenever the column, the text size, the strip's height (or that of
     * the {@code warning} under it) or what the stage holds changes.
     */
    static void follow(Label strip, Label warning, VBox chartStack, ObservableIntegerValue textSize) {
        StripRoom room = new StripRoom(strip, warning, chartStack, textSize);
        // The strip's height, not its text: a live run writes new figures into it every frame, and its lines change
        // only now and then (its text as the listened value placed it 50 times a second, each a measure of the strip).
        // Changes, not invalidations: a bounds property tells its invalidation only to a reader of the last one, and
        // LessonRoom, listening so, was placed once in the real window, at load, while every test passed.
        ChangeListener<Object> changed = (o, was, now) -> room.placeSoon.ask();
        for (ObservableValue<?> change : List.of(room.column.widthProperty(), room.column.heightProperty(), textSize,
                strip.layoutBoundsProperty(), strip.managedProperty(), warning.layoutBoundsProperty(),
                warning.managedProperty(), chartStack.minHeightProperty())) {
            change.addListener(changed);
        }
        chartStack.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> room.placeSoon.ask());
        // The legend and the hint or the replay bar under the charts: their heights, not every layout.
        for (Node node : room.stage.getChildrenUnmodifiable()) {
            if (node != chartStack) {
                node.layoutBoundsProperty().addListener(changed);
                node.managedProperty().addListener(changed);
            }
        }
    }

    private void place() {
        if (column.getHeight() <= 0) {
            return;
        }
        int text = textSize.get();
        double width = column.getWidth() - column.snappedLeftInset() - column.snappedRightInset();
        double room = column.getHeight() - column.snappedTopInset() - column.snappedBottomInset();
        boolean tight = chartStack.getStyleClass().remove(StyleClasses.TIGHT);
        if (tight) {
            chartStack.applyCss();
        }
        room -= stageLeast(width);
        if (warning.isManaged()) {
            room -= column.getSpacing() + warning.prefHeight(width);
        }
        int fit = text;
        if (strip.isManaged()) {
            room -= column.getSpacing();
            int least = Math.min(text, LookViewModel.DEFAULT_TEXT_SIZE);
            for (int at = LookViewModel.TEXT_SIZES.length - 1; at >= 0; at--) {
                fit = LookViewModel.TEXT_SIZES[at];
                if (fit <= text && (fit <= least || heightAt(fit, width) <= room)) {
                    break;
                }
            }
            room -= heightAt(fit, width);
        }
        wear(fit < text ? fit : 0);
        if (room < -0.5) {
            chartStack.getStyleClass().add(StyleClasses.TIGHT);
        } else if (tight) {
            chartStack.applyCss();
        }
    }

    /** The stage's least height with its charts whole: the stack's own least height counts none of them. */
    private double stageLeast(double width) {
        double charts = chartStack.snappedTopInset() + chartStack.snappedBottomInset();
        int shown = 0;
        for (Node chart : chartStack.getChildrenUnmodifiable()) {
            if (chart.isManaged() && chart.isVisible()) {
                charts += chart.minHeight(width);
                shown++;
            }
        }
        charts += Math.max(0, shown - 1) * chartStack.getSpacing();
        double stack = chartStack.minHeight(width);
        return stage.minHeight(width) - stack + Math.max(stack, charts);
    }

    /** The strip's height at {@code size} px across {@code width}. */
    private double heightAt(int size, double width) {
        wear(size == textSize.get() ? 0 : size);
        strip.applyCss();
        return strip.prefHeight(width);
    }

    /** Sets the strip's text to {@code size} px, or to the window's (0); only a change, which CSS matches again. */
    private void wear(int size) {
        if (size == fitted) {
            return;
        }
        fitted = size;
        strip.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.TEXT_SIZE_PREFIX));
        if (size > 0) {
            LookOnRoot.applyTextSize(strip, size);
        }
    }
}
