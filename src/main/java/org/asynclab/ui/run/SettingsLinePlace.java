package org.asynclab.ui.run;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * Where the folded settings line sits in the run bar: beside the guess and the buttons while it reads there in two
 * lines at most, else in a row of its own above them, the whole width its own. In French at 1024×768 the race
 * lesson's line had some 220 pixels beside the buttons and ended in "…" on its fourth line; on its own row it is
 * one or two lines, and the bar is no taller than before.
 *
 * <p>The choice is made from the room the line would have beside the others, wherever it sits now, so it never
 * swings back and forth between two layouts.
 */
final class SettingsLinePlace {
    /** Most lines the settings line may take beside the buttons. */
    static final int LINES_BESIDE = 2;

    private final Pane bar;
    private final HBox row;
    private final Labeled line;

    /** Places {@code line}: first in {@code row}, or first in {@code bar} above the row. */
    SettingsLinePlace(Pane bar, HBox row, Labeled line) {
        this.bar = bar;
        this.row = row;
        this.line = line;
    }

    /** Follows the bar's width, the line's words and its font (the text size). */
    void install() {
        bar.widthProperty().subscribe(width -> place());
        line.textProperty().subscribe(words -> place());
        line.fontProperty().subscribe(font -> place());
    }

    /** Moves the line where it reads best at the bar's width now. */
    void place() {
        boolean ownRow = needsOwnRow();
        if (ownRow && line.getParent() != bar) {
            row.getChildren().remove(line);
            bar.getChildren().addFirst(line);
        } else if (!ownRow && line.getParent() != row) {
            bar.getChildren().remove(line);
            row.getChildren().addFirst(line);
        }
    }

    /** Whether the line would take more than {@link #LINES_BESIDE} lines beside the others. */
    boolean needsOwnRow() {
        if (bar.getWidth() <= 0) {
            return false;
        }
        Insets padding = bar.getInsets();
        double beside = bar.getWidth() - padding.getLeft() - padding.getRight();
        for (Node other : row.getChildren()) {
            if (other != line && other.isManaged()) {
                beside -= other.prefWidth(-1) + row.getSpacing();
            }
        }
        Insets own = line.getInsets();
        double oneLine = line.prefHeight(-1) - own.getTop() - own.getBottom();
        double there = line.prefHeight(Math.max(1, beside)) - own.getTop() - own.getBottom();
        return oneLine > 0 && there > oneLine * (LINES_BESIDE + 0.5);
    }
}
