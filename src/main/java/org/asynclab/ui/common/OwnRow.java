package org.asynclab.ui.common;

import java.util.List;
import java.util.function.DoublePredicate;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * A bar of one row that gives one of its nodes a row of its own, above the others, when the room it would have
 * beside them is too little for it: the run bar's settings line (three lines beside the buttons ended in "…" in
 * French at 1024×768), the replay's slider (shrunk to its knob at 1280×720 with the text twice larger).
 *
 * <pre>{@code
 * OwnRow.of(bar, row, settingsLine, beside -> linesAt(beside) > 2).follow(settingsLine.textProperty());
 * }</pre>
 *
 * <p>The choice is made from the room the node would have beside the others, wherever it sits now, so the bar
 * never swings back and forth between its two layouts.
 */
public final class OwnRow {
    private final Pane bar;
    private final HBox row;
    private final Node node;
    /** The row's children as made: a node coming back goes after those of them still in the row before it. */
    private final List<Node> order;
    private final DoublePredicate tooNarrow;
    /**
     * Places the node after the pass under way: a change of font or width is seen while CSS or layout walks the
     * bar, and a node moved in the middle of that walk kept its old font.
     */
    private final AfterThePass placeSoon = new AfterThePass(this::place);

    private OwnRow(Pane bar, HBox row, Node node, DoublePredicate tooNarrow) {
        this.bar = bar;
        this.row = row;
        this.node = node;
        this.order = List.copyOf(row.getChildren());
        this.tooNarrow = tooNarrow;
    }

    /**
     * Lets {@code node}, a child of {@code row} (itself a child of {@code bar}, a vertical pane), leave the row for
     * the top of {@code bar} whenever {@code tooNarrow} says so of the width it would have in the row; it follows
     * the bar's width from now on.
     */
    public static OwnRow of(Pane bar, HBox row, Node node, DoublePredicate tooNarrow) {
        OwnRow own = new OwnRow(bar, row, node, tooNarrow);
        // The bar's width, and any change of size inside it (a larger text widens the buttons, not the bar).
        own.follow(bar.widthProperty());
        bar.needsLayoutProperty().subscribe(needs -> {
            if (needs) {
                own.placeSoon.ask();
            }
        });
        return own;
    }

    /** Places the node again whenever {@code value} changes (its words, its font, the text size). */
    public OwnRow follow(ObservableValue<?> value) {
        value.subscribe(now -> placeSoon.ask());
        return this;
    }

    /** Moves the node to where it fits at the bar's width now. */
    public void place() {
        boolean own = bar.getWidth() > 0 && tooNarrow.test(beside());
        if (own && node.getParent() != bar) {
            row.getChildren().remove(node);
            // Right above the row: a second node given a row of its own comes under the first.
            bar.getChildren().add(bar.getChildren().indexOf(row), node);
        } else if (!own && node.getParent() != row) {
            bar.getChildren().remove(node);
            List<Node> before = order.subList(0, order.indexOf(node));
            row.getChildren().add((int) row.getChildren().stream().filter(before::contains).count(), node);
        }
    }

    /** The width the node would have in the row: the bar's, less the others' and the gaps between them. */
    private double beside() {
        Insets padding = bar.getInsets();
        double room = bar.getWidth() - padding.getLeft() - padding.getRight();
        for (Node other : row.getChildren()) {
            if (other != node && other.isManaged()) {
                room -= other.prefWidth(-1) + row.getSpacing();
            }
        }
        return Math.max(0, room);
    }
}
