package org.asynclab.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work on the FX thread for tests that lay a window out many times, without TestFX's sleeps. {@code
 * FxRobot.interact} and {@code WaitForAsyncUtils.waitForFxEvents()} each wait five turns of the FX thread with a
 * 10 ms sleep after each (55 ms or more a call, most of StageMatrixTest's minute for its 120 layouts); here a turn
 * is the same hand-over through {@code Platform.runLater}, without the sleep. What the window posts with
 * {@code runLater} while it is laid out (the code panel's divider fitting itself, for one) runs in those turns, as
 * it did in TestFX's.
 */
public final class FxTurns {
    /** As many turns as {@code waitForFxEvents()} waits. */
    private static final int TURNS = 5;
    /**
     * How long a test waits for one turn of the FX thread: long enough for a loaded machine (the code panel's first
     * load took over 10 s in a suite beside three builds), and still an end to a thread that hangs.
     */
    public static final long TIMEOUT_S = 120;

    private FxTurns() {
    }

    /** Runs {@code action} on the FX thread, then lets what it posted run. */
    public static void run(Runnable action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
        settle();
    }

    /** {@code read} on the FX thread, its value once it returned. */
    public static <T> T call(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /**
     * Lays {@code root} out off screen (no pulse comes): CSS and layout, then what they posted, three times over, as
     * a window settles (a listener on a width moves a node, which asks for another pass).
     */
    public static void layOut(Parent root) throws Exception {
        for (int pass = 0; pass < 3; pass++) {
            run(() -> {
                root.applyCss();
                root.layout();
            });
        }
    }

    /** Lets the FX thread run what was posted to it, and what that posted, five turns deep. */
    public static void settle() throws Exception {
        for (int turn = 0; turn < TURNS; turn++) {
            call(() -> null);
        }
    }
}
