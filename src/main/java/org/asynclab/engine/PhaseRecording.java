package org.asynclab.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * Where Java tasks that have an inside (HTTP requests, race lessons, deadlines) write their phases, and the live
 * {@link PhaseTimeline} the chart reads while they do.
 *
 * <p>Like {@link Recording}, it must not distort what it measures: every array is allocated once, before the run,
 * with a fixed number of phase slots per task; writing a phase is a few plain stores and one release store, with no
 * lock and no allocation. Each task has one writer at a time (the thread that runs it), which writes a phase's
 * start, kind, line and note with plain stores and then publishes the new count with a release store; readers load
 * the count with an acquire, so a counted phase is whole. A phase's end and a task's outcome are single release
 * stores, read with acquire loads. A task that would need more phases than its slots keeps its first ones and the
 * record says it is {@linkplain #complete() incomplete}.
 */
public final class PhaseRecording implements PhaseTimeline {
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle OUTCOMES = MethodHandles.arrayElementVarHandle(TaskOutcome[].class);
    private static final Phase[] PHASES = Phase.values();

    private final int slots;
    private final int[] counts;
    private final long[] starts;
    private final long[] ends;
    private final byte[] kinds;
    private final int[] lines;
    private final String[] notes;
    private final String[] names;
    private final TaskOutcome[] outcomes;
    private volatile boolean overflowed;

    /**
     * Allocates the record of a run.
     *
     * @param tasks         number of tasks
     * @param slotsPerTask  the most phases one task records (1 or more)
     * @param withNotes     whether phases carry a note and tasks a name (costs two arrays of references)
     */
    public PhaseRecording(int tasks, int slotsPerTask, boolean withNotes) {
        if (tasks < 0 || slotsPerTask < 1) {
            throw new IllegalArgumentException("tasks must be ≥ 0 and slots per task ≥ 1");
        }
        long cells = (long) tasks * slotsPerTask;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many phase slots: " + cells);
        }
        slots = slotsPerTask;
        counts = new int[tasks];
        starts = new long[(int) cells];
        ends = new long[(int) cells];
        Arrays.fill(ends, TaskTimeline.NOT_YET);
        kinds = new byte[(int) cells];
        lines = new int[(int) cells];
        notes = withNotes ? new String[(int) cells] : null;
        names = withNotes ? new String[tasks] : null;
        outcomes = new TaskOutcome[tasks];
    }

    /**
     * Begins a phase of {@code task}, ending the one before it if that one is still open.
     *
     * @return the phase's index, to {@link #end(int, int, long)} it; −1 when the task's slots are full
     */
    public int begin(int task, Phase phase, long startNanos, int line, String note) {
        int count = counts[task]; // this task's only writer: its own last store
        if (count > 0) {
            int last = task * slots + count - 1;
            if ((long) LONGS.getAcquire(ends, last) == TaskTimeline.NOT_YET) {
                LONGS.setRelease(ends, last, startNanos);
            }
        }
        if (count == slots) {
            overflowed = true;
            return -1;
        }
        int cell = task * slots + count;
        starts[cell] = startNanos;
        kinds[cell] = (byte) phase.ordinal();
        lines[cell] = line;
        if (notes != null) {
            notes[cell] = note;
        }
        INTS.setRelease(counts, task, count + 1);
        return count;
    }

    /** Begins a phase with no line and no note. */
    public int begin(int task, Phase phase, long startNanos) {
        return begin(task, phase, startNanos, NO_LINE, null);
    }

    /** Ends phase {@code phase} of {@code task} (ignored for −1, the index of a phase that had no slot). */
    public void end(int task, int phase, long endNanos) {
        if (phase >= 0) {
            LONGS.setRelease(ends, task * slots + phase, endNanos);
        }
    }

    /** Records how {@code task} ended, closing its open phase at {@code endNanos}. */
    public void finish(int task, TaskOutcome outcome, long endNanos) {
        int count = counts[task];
        if (count > 0) {
            int last = task * slots + count - 1;
            if ((long) LONGS.getAcquire(ends, last) == TaskTimeline.NOT_YET) {
                LONGS.setRelease(ends, last, endNanos);
            }
        }
        OUTCOMES.setRelease(outcomes, task, Objects.requireNonNull(outcome, "outcome"));
    }

    /**
     * Records how {@code task} ended, like {@link #finish(int, TaskOutcome, long)}, and, when {@code note} is not
     * null, makes it the note of the task's last phase: what an answer said, or why a request failed. The note is
     * stored before the outcome's release store, so a reader that sees the outcome sees the note.
     */
    public void finish(int task, TaskOutcome outcome, long endNanos, String note) {
        int count = counts[task];
        if (note != null && notes != null && count > 0) {
            notes[task * slots + count - 1] = note;
        }
        finish(task, outcome, endNanos);
    }

    /** Names {@code task} (only when made with notes); call before the task starts. */
    public void name(int task, String name) {
        if (names != null) {
            names[task] = name;
        }
    }

    /** Whether every phase found a slot. */
    public boolean complete() {
        return !overflowed;
    }

    @Override
    public int phaseCount(int task) {
        return (int) INTS.getAcquire(counts, task);
    }

    @Override
    public Phase phase(int task, int phase) {
        return PHASES[kinds[cell(task, phase)]];
    }

    @Override
    public long phaseStartNanos(int task, int phase) {
        return starts[cell(task, phase)];
    }

    @Override
    public long phaseEndNanos(int task, int phase) {
        return (long) LONGS.getAcquire(ends, cell(task, phase));
    }

    @Override
    public int phaseLine(int task, int phase) {
        return lines[cell(task, phase)];
    }

    @Override
    public String phaseNote(int task, int phase) {
        return notes == null ? null : notes[cell(task, phase)];
    }

    @Override
    public TaskOutcome outcome(int task) {
        return (TaskOutcome) OUTCOMES.getAcquire(outcomes, task);
    }

    @Override
    public String taskName(int task) {
        return names == null ? null : names[task];
    }

    private int cell(int task, int phase) {
        return task * slots + Objects.checkIndex(phase, slots);
    }
}
