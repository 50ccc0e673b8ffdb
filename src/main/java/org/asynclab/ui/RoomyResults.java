package org.asynclab.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.asynclab.ui.common.StyleClasses;

/**
 * On a wide screen ({@link WideScreen}) a comparison's results with no lesson's lines under them have their column
 * to themselves (layout13): at 1920×1080 the table's names in 13 px and figures in 15 px, beside charts labelled in
 * 18 px, filled its top third and left the rest blank. There the column takes {@link StyleClasses#ROOMY}, and CSS
 * sets the results at the charts' text size (the column's width, in em, follows). At 1024×768 and 1280×720, and for
 * a single run, nothing changes.
 *
 * <p>A style class, not a pseudo-class: the labels inherit their size from the column, and JavaFX matches a label's
 * styles again when an ancestor's classes change, not when an ancestor's pseudo-class does.
 */
final class RoomyResults {
    private RoomyResults() {
    }

    /**
     * Sets the class on {@code resultsColumn} now, and whenever the window's size, the text size, the lesson's lines
     * or the results change.
     *
     * @param lessonAside       the lesson's lines under the results ({@link LessonAside}): while they show, the
     *                          column is theirs too and the results keep their size
     * @param comparisonColumns the comparison table's columns: none for a single run's results
     */
    static void follow(Region root, Region resultsColumn, Node lessonAside, ObservableIntegerValue textSize,
                       ObservableValue<? extends List<?>> comparisonColumns) {
        Runnable place = () -> {
            boolean roomy = !comparisonColumns.getValue().isEmpty() && !lessonAside.isVisible()
                    && WideScreen.holds(root, textSize.get());
            List<String> classes = resultsColumn.getStyleClass();
            if (roomy && !classes.contains(StyleClasses.ROOMY)) {
                classes.add(StyleClasses.ROOMY);
            } else if (!roomy) {
                classes.remove(StyleClasses.ROOMY);
            }
        };
        for (Observable change : List.of(root.widthProperty(), root.heightProperty(), textSize,
                lessonAside.visibleProperty(), comparisonColumns)) {
            change.addListener(o -> place.run());
        }
        place.run();
    }
}
