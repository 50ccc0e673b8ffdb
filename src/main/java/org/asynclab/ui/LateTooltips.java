package org.asynclab.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;

/**
 * The tooltips of the rooms the first frame shows (run bar, settings, results), made once the window has gone through
 * its first frames: a node's tooltip says its accessible help ({@code accessibleHelp="%tooltip.run"} in the FXML,
 * {@code setAccessibleHelp} in a controller), the words a screen reader reads for it, and follows it when it changes.
 * Each tooltip is a popup window of its own: the some 45 the FXML made with the window's nodes cost the JavaFX
 * thread 60–130 ms before the first frame, for something no one sees before the mouse rests on a control.
 */
final class LateTooltips {
    private LateTooltips() {
    }

    /** After the first frames, gives each node under {@code root} with an accessible help its tooltip. */
    static void afterFirstFrames(Parent root) {
        AfterFirstFrames.then(() -> install(root));
    }

    /** Gives {@code node} and each node under it with an accessible help, and no tooltip yet, its tooltip now. */
    static void install(Node node) {
        if (node.getAccessibleHelp() != null && !node.getProperties().containsKey(LateTooltips.class)) {
            Tooltip tooltip = new Tooltip();
            tooltip.textProperty().bind(node.accessibleHelpProperty());
            node.getProperties().put(LateTooltips.class, tooltip);
            if (node instanceof Control control) {
                control.setTooltip(tooltip);
            } else {
                Tooltip.install(node, tooltip);
            }
        }
        if (node instanceof SegmentedButton segmented) {
            // Its buttons are its skin's children only once a CSS pass has made the skin.
            segmented.getButtons().forEach(LateTooltips::install);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(LateTooltips::install);
        }
    }
}
