package org.asynclab.ui.common;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * Paints a node again a few frames after a change JavaFX may leave unpainted. After a run with the code panel open,
 * the replay bar, enabled at the run's end, stayed drawn as during the run (buttons greyed, no cursor, no time) until
 * the pointer passed over it: in 5 of 5 starts of {@code ./run.sh --scenario wait-n-10-7 --code --run} at 1280×720
 * on a virtual display, while the scene graph had it enabled. JavaFX's painting of dirty regions lost its change
 * ({@code -Dprism.dirtyopts=false}, which paints the whole window each time, showed it right; the end of the run's
 * animation and the bar's changes meet in the same frames). Marking the node dirty once more a few frames later,
 * when the frame under way is painted, showed it right in every start (6 of 6).
 */
public final class RepaintSoon extends AnimationTimer {
    /** The frame at which the node is marked dirty: the run's last animated frames are painted by then. */
    private static final int MARK_AT = 3;
    /** An opacity the eye cannot tell from 1, for the one frame that makes the node's region dirty. */
    private static final double NUDGE = 0.99;

    private final Node node;
    private int frames;

    private RepaintSoon(Node node) {
        this.node = node;
    }

    /** Paints {@code node} again {@value #MARK_AT} frames from now; call on the FX thread. */
    public static void of(Node node) {
        new RepaintSoon(node).start();
    }

    @Override
    public void handle(long now) {
        frames++;
        if (frames == MARK_AT) {
            node.setOpacity(NUDGE);
        } else if (frames > MARK_AT) {
            node.setOpacity(1);
            stop();
        }
    }
}
