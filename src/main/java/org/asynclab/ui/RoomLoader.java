package org.asynclab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Loads the rooms that are hidden at start when they first show, with the window's words and controllers: a
 * start parses, binds and styles only what its first frame shows (every node in the scene, hidden or not, goes
 * through the CSS pass before the first frame).
 */
final class RoomLoader {
    private final FXMLLoader window;

    /** Rooms loaded as {@code window}'s {@code fx:include}s would be: same words, same controller factory. */
    RoomLoader(FXMLLoader window) {
        this.window = window;
    }

    /** Loads room {@code source} (an FXML file beside MainView.fxml); its root and controller are in the answer. */
    FXMLLoader load(String source) {
        FXMLLoader room = new FXMLLoader(RoomLoader.class.getResource(source), window.getResources(), null,
                window.getControllerFactory());
        try {
            room.load();
            return room;
        } catch (IOException e) {
            throw new UncheckedIOException(source + " could not be loaded", e);
        }
    }

    /**
     * Loads room {@code source} in the place of {@code placeholder} once {@code showing} is true, now or later, and
     * hands the loaded room (its root and controller) to {@code loaded}.
     */
    void inPlaceWhen(ObservableValue<Boolean> showing, Node placeholder, String source, Consumer<FXMLLoader> loaded) {
        if (Boolean.TRUE.equals(showing.getValue())) {
            loaded.accept(inPlaceOf(placeholder, source));
            return;
        }
        showing.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    showing.removeListener(this);
                    loaded.accept(inPlaceOf(placeholder, source));
                }
            }
        });
    }

    /** Loads room {@code source} in the place of {@code placeholder} (a child of a pane) now. */
    FXMLLoader inPlaceOf(Node placeholder, String source) {
        FXMLLoader room = load(source);
        List<Node> siblings = ((Pane) placeholder.getParent()).getChildren();
        siblings.set(siblings.indexOf(placeholder), room.getRoot());
        return room;
    }
}
