package org.asynclab.ui.chart;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.asynclab.engine.RunHandle;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.ui.results.CompletionOrderText;
import org.asynclab.ui.results.LiveFigures;

/**
 * Copies a live run's timeline off the FX thread, so that a pulse never walks 10⁶ tasks. Each pulse the FX
 * thread takes the newest finished copy (if any) and asks for the next one; a copier thread fills the other of two
 * frames and scans it for the results panel. A run of at most {@link #COPIED_IN_PULSE} tasks is copied in the
 * pulse itself instead, so that it is drawn as it is now. The copier rests at least as long as its last copy
 * took, so on two cores it never takes more than half of one away from the tasks and the FX thread.
 *
 * <p>Two frames suffice: a copy only ever starts in {@link #poll}, after the ready frame has been taken, into the
 * frame the chart is about to let go of (the chart is handed the new one in the same pulse, before any layout or
 * paint could read the old one again).
 */
final class FrameFeed {
    /** Up to this many tasks a copy takes microseconds: it is made in the pulse that draws it. */
    static final int COPIED_IN_PULSE = 2_000;

    /** A still copy of a run and the figures read off it. */
    static final class Frame {
        private final TimelineSnapshot timeline = new TimelineSnapshot();
        private final LiveFigures figures = new LiveFigures(CompletionOrderText.HEAD);
        private RunHandle source;

        TimelineSnapshot timeline() {
            return timeline;
        }

        LiveFigures figures() {
            return figures;
        }
    }

    private final Frame[] frames = {new Frame(), new Frame()};
    private final AtomicReference<Frame> ready = new AtomicReference<>();
    private final Executor copier;
    private volatile boolean copying;
    /** When the last copy ended and how long it took: copies of big runs are spaced to leave the cores free. */
    private volatile long lastEnd;
    private volatile long lastTook;
    private Frame shown;

    FrameFeed(Executor copier) {
        this.copier = copier;
    }

    /**
     * On the FX thread, once per pulse: returns the newest copy of {@code run} made since the last call (null when
     * none is ready yet) and starts the next copy if none is under way.
     */
    Frame poll(RunHandle run) {
        Frame fresh = ready.getAndSet(null);
        if (fresh != null && fresh.source != run) {
            fresh = null;  // a copy of the previous run, finished late
        }
        if (fresh != null) {
            shown = fresh;
        }
        if (copying) {
            return fresh;
        }
        Frame target = frames[0] == shown ? frames[1] : frames[0];
        if (run.timeline().size() <= COPIED_IN_PULSE) {
            // A copy asked now was drawn a pulse later: the code panel showed a Python program's tasks paused on
            // their lines while the chart still had no row, for seconds when a loaded machine spaced the pulses.
            copy(run, target);
            shown = ready.getAndSet(null);
            return shown;
        }
        if (System.nanoTime() - lastEnd >= lastTook) {
            copying = true;
            copier.execute(() -> copy(run, target));
        }
        return fresh;
    }

    private void copy(RunHandle run, Frame target) {
        long begin = System.nanoTime();
        try {
            run.snapshotInto(target.timeline);
            target.figures.scan(target.timeline);
            target.source = run;
            ready.set(target);
        } finally {
            lastEnd = System.nanoTime();
            lastTook = lastEnd - begin;
            copying = false;
        }
    }

    /** Forgets the frames of the last run (a copy still under way is dropped by {@link #poll}). */
    void forget() {
        ready.set(null);
        shown = null;
    }
}
