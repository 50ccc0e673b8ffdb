package org.asynclab.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;

/**
 * A scroll pane of fields as a keyboard user expects it while it scrolls (formkeys14). The field with the focus stays
 * in view with its name: JavaFX scrolls only the focused box into view, so that at 24 px at 1024×768, from the
 * second row on, Tab showed a box without its name above it; and a field pushed out of view when the pane's height
 * changes (the line of what is out of range appears under it, the window's height is shared again) comes back. A
 * click on a field's name or between the fields leaves the focus where it was: the scroll pane took it (a focus it
 * keeps no sign of), and there ↑ / ↓ scrolled the form instead of moving the caret of the field just typed in, and a
 * digit picked a mode; that holds where the pane does not scroll too, as before the form had one. Where the pane
 * does not scroll, nothing else of this acts.
 */
public final class FocusInView {
    private final ScrollPane pane;
    private final Parent content;
    /** The scene whose focus this follows. */
    private Scene followed;
    /** Reveals the focused field once the pass that resized the pane or its content is over. */
    private final AfterThePass revealSoon = new AfterThePass(this::reveal);

    private FocusInView(ScrollPane pane) {
        this.pane = pane;
        this.content = (Parent) pane.getContent();
    }

    /**
     * Keeps the focused field of {@code pane} in view. A field is a child of its content (a name over its box); the
     * focus may be on any node inside it.
     */
    public static void keep(ScrollPane pane) {
        FocusInView view = new FocusInView(pane);
        view.follow(pane.getScene());
        // a new scene only: a field's error mark takes the window's root out of its scene and puts it back
        pane.sceneProperty().addListener((o, was, scene) -> view.follow(scene));
        // changes, not invalidations: a bounds property tells its invalidation only to a reader of the last one
        pane.viewportBoundsProperty().addListener((o, was, now) -> view.revealSoon.ask());
        view.content.layoutBoundsProperty().addListener((o, was, now) -> view.revealSoon.ask());
        // at every size: before the form had a scroll pane, a click there never moved the focus either
        view.content.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
    }

    /** Follows the focus in {@code scene}, the window's (a new one for another language). */
    private void follow(Scene scene) {
        if (scene != null && scene != followed) {
            followed = scene;
            scene.focusOwnerProperty().addListener((o, was, focus) -> reveal());
        }
    }

    /** Whether the content is taller than the pane shows. */
    private boolean scrolls() {
        return pane.isVisible() && content.getLayoutBounds().getHeight() > pane.getViewportBounds().getHeight() + 0.5;
    }

    /**
     * Scrolls the least that shows the focused node whole and, above it, the top of its field (its name); where the
     * two are taller than the pane, the node whole and as much of the name as fits.
     */
    private void reveal() {
        Scene scene = pane.getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        Node field = fieldOf(focus);
        if (field == null || !scrolls()) {
            return;
        }
        Bounds box = content.sceneToLocal(focus.localToScene(focus.getLayoutBounds()));
        double top = content.sceneToLocal(field.localToScene(field.getLayoutBounds())).getMinY();
        double shown = pane.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - shown;
        double from = Math.max(top, Math.min(box.getMinY(), box.getMaxY() - shown));
        double offset = pane.getVvalue() * range;
        if (from < offset) {
            offset = from;
        } else if (box.getMaxY() > offset + shown) {
            offset = box.getMaxY() - shown;
        }
        pane.setVvalue(Math.clamp(offset / range, 0, 1));
    }

    /** The child of the content that holds {@code node}, or null outside the pane. */
    private Node fieldOf(Node node) {
        Node at = node;
        while (at != null && at.getParent() != content) {
            at = at.getParent();
        }
        return at;
    }
}
