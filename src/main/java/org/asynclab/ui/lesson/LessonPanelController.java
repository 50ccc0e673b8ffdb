package org.asynclab.ui.lesson;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.asynclab.ui.common.UiText;

/** The controller of LessonPanel.fxml: the scenario's words above the chart, bound to {@link LessonViewModel}. */
public final class LessonPanelController {
    private static final PseudoClass BARE = PseudoClass.getPseudoClass("bare");

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
    @FXML private Button closeButton;

    private final LessonViewModel lesson;
    private final UiText text;
    private final Runnable previous;
    private final Runnable next;
    private final Runnable close;
    private final ObservableBooleanValue running;
    private final ExplanationFold fold;
    private final BooleanProperty shortWindow = new SimpleBooleanProperty(this, "shortWindow");

    /**
     * Binds the panel to {@code lesson}, the "more" link worded by {@code text}; ◀, ▶ and × call {@code previous},
     * {@code next} and {@code close}, the window's one way to another scenario, and are greyed while {@code running}
     * (◀ and ▶ also where the lesson has nowhere to go).
     */
    public LessonPanelController(LessonViewModel lesson, UiText text, Runnable previous, Runnable next,
                                 Runnable close, ObservableBooleanValue running) {
        this.lesson = lesson;
        this.text = text;
        this.previous = previous;
        this.next = next;
        this.close = close;
        this.running = running;
        this.fold = new ExplanationFold(lesson.explanationProperty());
    }

    @FXML
    private void initialize() {
        panel.visibleProperty().bind(lesson.showingProperty());
        previousButton.disableProperty().bind(lesson.hasPreviousProperty().not().or(running));
        nextButton.disableProperty().bind(lesson.hasNextProperty().not().or(running));
        closeButton.disableProperty().bind(running);
        panel.managedProperty().bind(lesson.showingProperty());
        lessonPosition.textProperty().bind(lesson.positionProperty());
        // Bare, the title has the line: "Scenario 11 of 14" steps aside (the Lesson menu has it), the title is smaller.
        lessonPosition.visibleProperty().bind(fold.bareProperty().not());
        lessonPosition.managedProperty().bind(lessonPosition.visibleProperty());
        fold.bareProperty().subscribe(bare -> panel.pseudoClassStateChanged(BARE, bare));
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
        BooleanBinding lookAtFolded = fold.bareProperty().and(fold.openProperty().not());
        moreLink.visibleProperty().bind(fold.foldableBinding()
                .or(fold.bareProperty().and(lesson.lookAtProperty().isNotEmpty())));
        moreLink.managedProperty().bind(moreLink.visibleProperty());
        moreLink.textProperty().bind(Bindings.when(fold.openProperty())
                .then(text.get("lesson.less")).otherwise(text.get("lesson.more")));
        moreLink.setFocusTraversable(false);
        lessonLookAt.textProperty().bind(lesson.lookAtProperty());
        lessonLookAt.visibleProperty().bind(lesson.lookAtProperty().isNotEmpty().and(lookAtFolded.not()));
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

    /** Whether the "look at" line folds behind "more" too: {@link ExplanationFold#bareProperty()}. */
    public BooleanProperty bareProperty() {
        return fold.bareProperty();
    }

    /** Whether the reader opened the lesson's folded lines ("more"): {@link ExplanationFold#openProperty()}. */
    public BooleanProperty openProperty() {
        return fold.openProperty();
    }

    /** The "look at" line: under the title, or beside the charts on a wide screen ({@link #lines()}). */
    public Node lookAt() {
        return lessonLookAt;
    }

    /** The lesson's panel, whose lines {@link #lines()} are. */
    public VBox panel() {
        return panel;
    }

    /**
     * The explanation (with "more") and the "look at" line, the lines under the title: on a wide screen the window
     * stands them beside the charts (layout11), and gives them back in this order.
     */
    public List<Node> lines() {
        return List.of(lessonText, lessonLookAt);
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
        previous.run();
    }

    @FXML
    private void onNext() {
        next.run();
    }

    @FXML
    private void onClose() {
        close.run();
    }
}
