package org.asynclab.ui;

import javafx.animation.AnimationTimer;

/**
 * Runs an action on the FX thread once the window has gone through its first frames: {@code --run} starts the
 * run there, not in the same turn as the window's show. Started at once, the demo's first tasks shared the two
 * cores with the first frame's painting (0.3–0.6 s on a machine without a GPU) and the start-up's compiling, and
 * the first run of a lesson opened with {@code --run} was 30–120 ms longer than the same run repeated: a total that
 * no longer read as "the longest delay".
 */
final class AfterFirstFrames extends AnimationTimer {
    /** Frames to let pass: the first is painted while the second is laid out; the third finds it done. */
    static final int FRAMES = 3;

    private final Runnable action;
    private int frames;

    private AfterFirstFrames(Runnable action) {
        this.action = action;
    }

    /** Runs {@code action} after {@value #FRAMES} frames; call on the FX thread. */
    static void then(Runnable action) {
        new AfterFirstFrames(action).start();
    }

    @Override
    public void handle(long now) {
        if (++frames >= FRAMES) {
            stop();
            action.run();
        }
    }
}
