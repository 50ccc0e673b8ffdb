package org.asynclab.ui.common;

import javafx.application.Platform;

/**
 * An action run once on the FX thread after the pass under way, however often it was asked for during that pass: a
 * node placed while CSS or layout walks its parent keeps its old font (the replay's time stayed at 14 px while the
 * text grew), and a window that places its parts once per change, not once per listener, settles sooner.
 *
 * <pre>{@code
 * AfterThePass place = new AfterThePass(this::place);
 * width.addListener((o, was, now) -> place.ask());
 * }</pre>
 *
 * <p>Asked by a change listener, not an invalidation listener, where the listened value is a node's bounds or size:
 * such a property tells its invalidation only to whoever read it since the last one, and a place that does not
 * read it is then asked once (LessonRoom was placed once in the real window, at load, while every test passed).
 */
public final class AfterThePass {
    private final Runnable action;
    private boolean asked;

    /** Runs {@code action} after the pass in which it was last asked for. */
    public AfterThePass(Runnable action) {
        this.action = action;
    }

    /** Runs the action after the pass under way, unless it is already to run then. */
    public void ask() {
        if (!asked) {
            asked = true;
            Platform.runLater(() -> {
                asked = false;
                action.run();
            });
        }
    }
}
