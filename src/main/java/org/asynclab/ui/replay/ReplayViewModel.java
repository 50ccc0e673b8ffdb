package org.asynclab.ui.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.asynclab.model.Instants;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;

/**
 * Replays recorded runs without running them again: a cursor (in seconds from each run's first submission, where
 * its total counts from) that plays at 0.25× to 4×, pauses, steps from one task event to the next, and follows a
 * scrubbing slider. In a comparison both recordings share the cursor, so the two charts move together on their
 * shared axis.
 */
public final class ReplayViewModel {
    /** Slowest replay speed. */
    public static final double MIN_SPEED = 0.25;
    /** Fastest replay speed. */
    public static final double MAX_SPEED = 4.0;

    /**
     * The cursor, the one source of the replay's time. The timelines follow it inside the property, before any
     * listener hears it moved: a listener that drew the charts or wrote the results heard it first (JavaFX tells
     * invalidation listeners before change listeners) and read the timelines one step behind, so stepping showed
     * three times at once, the chart, the bar and the results each its own.
     */
    private final DoubleProperty position = new SimpleDoubleProperty(this, "position") {
        @Override
        protected void invalidated() {
            moved(get());
        }
    };
    private final ReadOnlyDoubleWrapper end = new ReadOnlyDoubleWrapper(this, "end");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");

    private final List<ReplayTimeline> timelines = new ArrayList<>();
    /** Every start and finish of every recording, sorted; built on the first step (it costs a sort). */
    private long[] events;

    /** Creates a replay with nothing loaded. */
    public ReplayViewModel() {
        speed.addListener((o, was, now) -> {
            double clamped = Math.max(MIN_SPEED, Math.min(MAX_SPEED, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                speed.set(clamped);
            }
        });
    }

    /** Loads the recordings to replay, with the cursor at their end: the final picture. */
    public void load(RunResult... recordings) {
        playing.set(false);
        timelines.clear();
        events = null;
        long last = 0;
        for (RunResult recording : recordings) {
            ReplayTimeline timeline = new ReplayTimeline(recording);
            timelines.add(timeline);
            last = Math.max(last, timeline.length());
        }
        end.set(last / 1e9);
        available.set(!timelines.isEmpty());
        position.set(end.get());
        moved(end.get());
    }

    /** Forgets the recordings. */
    public void clear() {
        playing.set(false);
        timelines.clear();
        events = null;
        available.set(false);
        end.set(0);
        position.set(0);
    }

    private void moved(double seconds) {
        double clamped = Math.max(0, Math.min(seconds, end.get()));
        if (clamped != seconds) {
            position.set(clamped);
            return;
        }
        long nanos = Math.round(clamped * 1e9);
        for (ReplayTimeline timeline : timelines) {
            timeline.setCursor(nanos);
        }
    }

    /** Plays from the cursor (from the start when the cursor is at the end). */
    public void play() {
        if (!isAvailable()) {
            return;
        }
        if (position.get() >= end.get()) {
            position.set(0);
        }
        playing.set(true);
    }

    /** Pauses where the cursor is. */
    public void pause() {
        playing.set(false);
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Moves the cursor by {@code realNanos} of wall-clock time times the speed; called once per frame while
     * playing. Stops at the end.
     */
    public void advance(long realNanos) {
        if (!playing.get()) {
            return;
        }
        double next = position.get() + realNanos / 1e9 * speed.get();
        if (next >= end.get()) {
            position.set(end.get());
            playing.set(false);
        } else {
            position.set(next);
        }
    }

    /** Pauses and moves the cursor to the next start or finish of a task or of a running slice (or the end). */
    public void stepForward() {
        pause();
        long now = Math.round(position.get() * 1e9);
        long[] all = events();
        int next = Instants.atOrBefore(all, now);
        position.set(next < all.length ? all[next] / 1e9 : end.get());
    }

    /** Pauses and moves the cursor to the previous start or finish of a task or of a running slice (or the start). */
    public void stepBack() {
        pause();
        long now = Math.round(position.get() * 1e9);
        long[] all = events();
        int before = Instants.atOrBefore(all, now - 1);
        position.set(before > 0 ? all[before - 1] / 1e9 : 0);
    }

    private long[] events() {
        if (events == null) {
            int count = 0;
            for (ReplayTimeline t : timelines) {
                count += 2 * t.size();
                PhaseTimeline phases = t.recording().phaseTimeline();
                for (int task = 0; phases != null && task < t.size(); task++) {
                    count += 2 * phases.phaseCount(task);
                }
            }
            long[] all = new long[count];
            int at = 0;
            for (ReplayTimeline t : timelines) {
                RunResult r = t.recording();
                PhaseTimeline phases = r.phaseTimeline();
                for (int task = 0; task < r.size(); task++) {
                    all[at++] = sinceOrigin(r.startedNanos(task), t);
                    all[at++] = sinceOrigin(r.finishedNanos(task), t);
                    // a traced program's slices: a task that only ticks has no start or finish to step to for seconds
                    for (int p = 0; phases != null && p < phases.phaseCount(task); p++) {
                        boolean slice = phases.phase(task, p) == Phase.RUNNING;
                        all[at++] = slice ? sinceOrigin(phases.phaseStartNanos(task, p), t) : TaskTimeline.NOT_YET;
                        all[at++] = slice ? sinceOrigin(phases.phaseEndNanos(task, p), t) : TaskTimeline.NOT_YET;
                    }
                }
            }
            Arrays.sort(all);
            int firstHappened = Instants.atOrBefore(all, TaskTimeline.NOT_YET);
            events = Arrays.copyOfRange(all, firstHappened, all.length);
        }
        return events;
    }

    private static long sinceOrigin(long instant, ReplayTimeline timeline) {
        return instant == TaskTimeline.NOT_YET ? instant : Math.max(0, instant - timeline.origin());
    }

    /** The recordings as seen at the cursor, in the order loaded; what the charts draw while replaying. */
    public List<ReplayTimeline> timelines() {
        return List.copyOf(timelines);
    }

    /** The cursor, in seconds from the start (the slider's value). */
    public DoubleProperty positionProperty() {
        return position;
    }

    /** The end of the longest recording, in seconds (the slider's maximum). */
    public ReadOnlyDoubleProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    /** Replay speed, 0.25 to 4 (values outside are clamped). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Whether the cursor is moving. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether a recording is loaded. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether a recording is loaded. */
    public boolean isAvailable() {
        return available.get();
    }
}
