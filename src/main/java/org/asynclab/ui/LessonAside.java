package org.asynclab.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * On a wide screen ({@link WideScreen}), the lesson's explanation and "look at" line stand beside the charts, under
 * the results (layout11): at 1920×1080 a comparison's table left two thirds of the results column blank while those
 * lines, across the top, took the charts' height. There they stand at the column's foot and the charts get the height
 * (the results keep the column's top, and its scroll bar when they are long); on a smaller screen, while the results
 * fold away (the code beside the chart, a large text), they are back under the lesson's title.
 */
final class LessonAside {
    private final Region root;
    private final Pane aside;
    private final Pane resultsColumn;
    private final ObservableIntegerValue textSize;
    private Pane panel;
    private List<Node> lines = List.of();
    private ObservableBooleanValue showing;

    /**
     * @param aside         where the lines go, under the results in their column
     * @param resultsColumn the results' column (the results, then {@code aside}): the lines go beside the charts only
     *                      while it shows
     */
    LessonAside(Region root, Pane aside, Pane resultsColumn, ObservableIntegerValue textSize) {
        this.root = root;
        this.aside = aside;
        this.resultsColumn = resultsColumn;
        this.textSize = textSize;
    }

    /** Moves {@code lines}, children of the lesson's {@code panel}, as the window and the results change. */
    void follow(Pane lessonPanel, List<Node> lessonLines, ObservableBooleanValue lessonShowing) {
        panel = lessonPanel;
        lines = lessonLines;
        showing = lessonShowing;
        for (Observable change : List.of(root.widthProperty(), root.heightProperty(), textSize,
                resultsColumn.visibleProperty(), lessonShowing)) {
            change.addListener(o -> place());
        }
        place();
    }

    private void place() {
        boolean beside = showing.get() && resultsColumn.isVisible() && WideScreen.holds(root, textSize.get());
        if (beside && lines.getFirst().getParent() != aside) {
            panel.getChildren().removeAll(lines);
            aside.getChildren().setAll(lines);
        } else if (!beside && lines.getFirst().getParent() == aside) {
            aside.getChildren().clear();
            panel.getChildren().addAll(lines);
        }
        aside.setVisible(beside);
        aside.setManaged(beside);
    }
}
