package org.asynclab.ui.chart;

import org.asynclab.model.TaskKind;

/**
 * How often a live run is drawn: every pulse while its tasks wait, at most {@link #COMPUTING_FRAMES_PER_SECOND}
 * times a second while they compute. Each frame costs the FX thread and the renderer CPU time, and computing tasks
 * want every core: on the 2-core machine, drawn at every pulse (about half a core), io-vs-cpu's 4 s of computing
 * read 5.13 s in the window against 4.0 s headless, the GIL lesson's 2 s 3.70 s; at 20 frames a second 4.62 s and
 * 2.62 s (medians of 5 windows, README "When the machine was busy"). A wait is not slowed by drawing.
 */
public final class LivePace {
    /** Frames a second of a live run whose tasks compute: the bars still grow smoothly, a few points a frame. */
    public static final int COMPUTING_FRAMES_PER_SECOND = 20;
    private static final long COMPUTING_FRAME_NANOS = 1_000_000_000L / COMPUTING_FRAMES_PER_SECOND;

    private boolean drawn;
    private long last;

    /** Whether a run of {@code kind} tasks is drawn at the pulse of {@code now} (nanoseconds, the pulse's clock). */
    boolean due(TaskKind kind, long now) {
        return kind != TaskKind.CPU || !drawn || now - last >= COMPUTING_FRAME_NANOS;
    }

    /** A frame was drawn at {@code now}. */
    void drawn(long now) {
        drawn = true;
        last = now;
    }

    /** A new run: its first frame is due at once. */
    void forget() {
        drawn = false;
    }
}
