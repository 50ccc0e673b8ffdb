package org.asynclab.ui.lesson;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The controller of LessonPanel.fxml: the scenario's words above the chart, bound to {@link LessonViewModel}. */
public final class LessonPanelController {
    @FXML private VBox panel;
    @FXML private Label lessonPosition;
    @FXML private Label lessonTitle;
    @FXML private Label lessonExplanation;
    @FXML private Label lessonLookAt;
    @FXML private Button previousButton;
    @FXML private Button nextButton;

    private final LessonViewModel lesson;

    /** Binds the panel to {@code lesson}. */
    public LessonPanelController(LessonViewModel lesson) {
        this.lesson = lesson;
    }

    @FXML
    private void initialize() {
        panel.visibleProperty().bind(lesson.showingProperty());
        panel.managedProperty().bind(lesson.showingProperty());
        lessonPosition.textProperty().bind(lesson.positionProperty());
        lessonTitle.textProperty().bind(lesson.titleProperty());
        lessonExplanation.textProperty().bind(lesson.explanationProperty());
        lessonLookAt.textProperty().bind(lesson.lookAtProperty());
        lessonLookAt.visibleProperty().bind(lesson.lookAtProperty().isNotEmpty());
        lessonLookAt.managedProperty().bind(lessonLookAt.visibleProperty());
        previousButton.setFocusTraversable(false);
        nextButton.setFocusTraversable(false);
    }

    @FXML
    private void onPrevious() {
        lesson.previous();
    }

    @FXML
    private void onNext() {
        lesson.next();
    }

    @FXML
    private void onClose() {
        lesson.close();
    }
}
