package org.asynclab.ui.replay;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.asynclab.ui.common.OwnRow;
import org.asynclab.ui.common.RepaintSoon;
import org.asynclab.ui.common.UiText;

/** The controller of ReplayBar.fxml: play, step and scrub the last run, bound to {@link ReplayViewModel}. */
public final class ReplayBarController {
    @FXML private VBox replayBar;
    @FXML private HBox replayRow;
    @FXML private HBox cursorBox;
    @FXML private Button playButton;
    @FXML private Button stepBackButton;
    @FXML private Button stepForwardButton;
    @FXML private Slider replaySlider;
    @FXML private Label replayPosition;
    @FXML private ComboBox<Double> speedBox;

    private final ReplayViewModel replay;
    private final UiText text;

    /** Binds the bar to {@code replay}, worded by {@code text}. */
    public ReplayBarController(ReplayViewModel replay, UiText text) {
        this.replay = replay;
        this.text = text;
    }

    @FXML
    private void initialize() {
        replaySlider.setMin(0);
        replaySlider.maxProperty().bind(replay.endProperty());
        replaySlider.valueProperty().bindBidirectional(replay.positionProperty());
        CursorRoom room = new CursorRoom(text, stepBackButton, stepForwardButton, replayPosition, cursorBox);
        replayPosition.textProperty().bind(Bindings.createStringBinding(() -> replay.isAvailable()
                ? room.time(replay.positionProperty().get(), replay.endProperty().get())
                : "", replay.positionProperty(), replay.endProperty(), replay.availableProperty(),
                room.compactProperty()));
        playButton.textProperty().bind(Bindings.when(replay.playingProperty())
                .then(text.get("replay.pause")).otherwise(text.get("replay.play")));
        speedBox.setItems(FXCollections.observableArrayList(0.25, 0.5, 1.0, 2.0, 4.0));
        speedBox.setConverter(new ReplaySpeeds(text));
        speedBox.setValue(replay.speedProperty().get());
        speedBox.valueProperty().addListener((o, was, now) -> replay.speedProperty().set(now == null ? 1 : now));
        OwnRow.of(replayBar, replayRow, cursorBox, room::needsOwnRow).follow(playButton.fontProperty())
                .follow(replay.endProperty());
        var off = replay.availableProperty().not();
        for (var node : List.of(playButton, stepBackButton, stepForwardButton, replaySlider, speedBox)) {
            node.disableProperty().bind(off);
        }
        // Enabled or disabled with the end or the start of a run, whose animation stops or starts in those frames.
        replay.availableProperty().addListener((o, was, now) -> RepaintSoon.of(replayBar));
    }

    @FXML
    private void onPlay() {
        replay.togglePlay();
    }

    @FXML
    private void onStepBack() {
        replay.stepBack();
    }

    @FXML
    private void onStepForward() {
        replay.stepForward();
    }
}
