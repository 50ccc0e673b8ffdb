package org.asynclab.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.asynclab.ui.common.UiText;

/** The controller of LessonPanel.fxml: the scenario's words above the chart, bound to {@link LessonViewModel}. */
public final class LessonPanelController {
    @FXML private VBox panel;
    @FXML private HBox lessonBar;
    @FXML private HBox lessonText;
    @FXML private Label lessonName;
    @FXML private Label lessonPosition;
    @FXML private Label lessonTitle;
    @FXML private Label lessonExplanation;
    @FXML private Label lessonLookAt;
    @FXML private Hyperlink moreLink;
    @FXML private Button previousButton;
    @FXML private Button nextButton;

    private final LessonViewModel lesson;
    private final UiText text;
    private final ExplanationFold fold;
    private final BooleanProperty shortWindow = new SimpleBooleanProperty(this, "shortWindow");

    /** Binds the panel to {@code lesson}, the "more" link worded by {@code text}. */
    public LessonPanelController(LessonViewModel lesson, UiText text) {
        this.lesson = lesson;
        this.text = text;
        this.fold = new ExplanationFold(lesson.explanationProperty());
    }

    @FXML
    private void initialize() {
        panel.visibleProperty().bind(lesson.showingProperty());
        panel.managedProperty().bind(lesson.showingProperty());
        lessonPosition.textProperty().bind(lesson.positionProperty());
        lessonName.textProperty().bind(lesson.lessonNameProperty());
        // Every lesson names itself above "Scenario i of N", its code shown or not (a Python lesson's always is);
        // only a window short for its text size leaves the name to the Lesson menu.
        lessonName.visibleProperty().bind(lesson.lessonNameProperty().isNotEmpty().and(shortWindow.not()));
        lessonName.managedProperty().bind(lessonName.visibleProperty());
        lessonTitle.textProperty().bind(lesson.titleProperty());
        lessonExplanation.textProperty().bind(fold.shownBinding());
        lessonExplanation.visibleProperty().bind(fold.shownBinding().isNotEmpty());
        lessonExplanation.managedProperty().bind(lessonExplanation.visibleProperty());
        lessonText.visibleProperty().bind(lessonExplanation.visibleProperty());
        lessonText.managedProperty().bind(lessonText.visibleProperty());
        // With the explanation folded away, "more" stands in the title's line rather than on a line of its own.
        lessonExplanation.visibleProperty().addListener((o, was, now) -> placeMore(now));
        placeMore(lessonExplanation.isVisible());
        moreLink.visibleProperty().bind(fold.foldableBinding());
        moreLink.managedProperty().bind(moreLink.visibleProperty());
        moreLink.textProperty().bind(Bindings.when(fold.openProperty())
                .then(text.get("lesson.less")).otherwise(text.get("lesson.more")));
        moreLink.setFocusTraversable(false);
        lessonLookAt.textProperty().bind(lesson.lookAtProperty());
        lessonLookAt.visibleProperty().bind(lesson.lookAtProperty().isNotEmpty());
        lessonLookAt.managedProperty().bind(lessonLookAt.visibleProperty());
        previousButton.setFocusTraversable(false);
        nextButton.setFocusTraversable(false);
    }

    /**
     * Whether the lesson stands brief (the code beside the chart, or a window short for its text size): the
     * explanation folds away whole behind "more", so the title, the position and the "look at" line leave the code
     * and the charts their height.
     */
    public BooleanProperty briefProperty() {
        return fold.briefProperty();
    }

    /** Whether the window is short for its text size: the lesson's name steps aside too (the Lesson menu has it). */
    public BooleanProperty shortWindowProperty() {
        return shortWindow;
    }

    private void placeMore(boolean besideExplanation) {
        HBox home = besideExplanation ? lessonText : lessonBar;
        if (moreLink.getParent() != home) {
            ((HBox) moreLink.getParent()).getChildren().remove(moreLink);
            home.getChildren().add(besideExplanation ? home.getChildren().size()
                    : home.getChildren().indexOf(previousButton), moreLink);
        }
    }

    @FXML
    private void onMore() {
        fold.toggle();
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
