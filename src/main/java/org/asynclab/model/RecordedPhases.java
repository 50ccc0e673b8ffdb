package org.asynclab.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A finished {@link PhaseTimeline}, held in flat arrays: what a result keeps once its run has ended, and what a
 * result file reads back. Built task by task, phase by phase, with {@link Builder}; immutable once built.
 *
 * <pre>{@code
 * RecordedPhases.Builder b = new RecordedPhases.Builder(n);
 * b.add(0, Phase.RUNNING, 0, 2_000_000, PhaseTimeline.NO_LINE, null);
 * b.add(0, Phase.WAITING, 2_000_000, 1_002_000_000, 8, "asyncio.sleep(1)");
 * b.finish(0, TaskOutcome.DONE, "Task-2 dire_bonjour");
 * PhaseTimeline phases = b.build();
 * }</pre>
 */
public final class RecordedPhases implements PhaseTimeline {
    private final int[] first;
    private final Phase[] kinds;
    private final long[] starts;
    private final long[] ends;
    private final int[] lines;
    private final String[] notes;
    private final TaskOutcome[] outcomes;
    private final String[] names;

    private RecordedPhases(Builder b) {
        int n = b.outcomes.length;
        first = new int[n + 1];
        int total = 0;
        for (int task = 0; task < n; task++) {
            first[task] = total;
            total += b.counts[task];
        }
        first[n] = total;
        kinds = new Phase[total];
        starts = new long[total];
        ends = new long[total];
        lines = new int[total];
        notes = new String[total];
        int[] next = Arrays.copyOf(first, n);
        for (int i = 0; i < b.size; i++) {
            int at = next[b.tasks[i]]++;
            kinds[at] = b.kinds[i];
            starts[at] = b.starts[i];
            ends[at] = b.ends[i];
            lines[at] = b.lines[i];
            notes[at] = b.notes[i];
        }
        outcomes = b.outcomes.clone();
        names = b.names.clone();
    }

    /**
     * Collects phases, in any order of tasks but, per task, in the order they began. Not thread-safe: one
     * thread builds.
     */
    public static final class Builder {
        private final int[] counts;
        private final TaskOutcome[] outcomes;
        private final String[] names;
        private int[] tasks = new int[16];
        private Phase[] kinds = new Phase[16];
        private long[] starts = new long[16];
        private long[] ends = new long[16];
        private int[] lines = new int[16];
        private String[] notes = new String[16];
        private int size;

        /** A builder for {@code taskCount} tasks, each without phases, outcome or name yet. */
        public Builder(int taskCount) {
            counts = new int[taskCount];
            outcomes = new TaskOutcome[taskCount];
            names = new String[taskCount];
        }

        /** Adds a phase to {@code task} (after its earlier ones); {@code end} may be {@link TaskTimeline#NOT_YET}. */
        public Builder add(int task, Phase kind, long start, long end, int line, String note) {
            Objects.checkIndex(task, counts.length);
            if (size == tasks.length) {
                int grown = size * 2;
                tasks = Arrays.copyOf(tasks, grown);
                kinds = Arrays.copyOf(kinds, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                lines = Arrays.copyOf(lines, grown);
                notes = Arrays.copyOf(notes, grown);
            }
            tasks[size] = task;
            kinds[size] = Objects.requireNonNull(kind, "kind");
            starts[size] = start;
            ends[size] = end;
            lines[size] = line;
            notes[size] = note;
            size++;
            counts[task]++;
            return this;
        }

        /** Sets how {@code task} ended (null: it did not) and its name (null: numbered as usual). */
        public Builder finish(int task, TaskOutcome outcome, String name) {
            outcomes[task] = outcome;
            names[task] = name;
            return this;
        }

        /** The phases collected so far, as an immutable timeline. */
        public RecordedPhases build() {
            return new RecordedPhases(this);
        }
    }

    @Override
    public int phaseCount(int task) {
        return first[task + 1] - first[task];
    }

    @Override
    public Phase phase(int task, int phase) {
        return kinds[at(task, phase)];
    }

    @Override
    public long phaseStartNanos(int task, int phase) {
        return starts[at(task, phase)];
    }

    @Override
    public long phaseEndNanos(int task, int phase) {
        return ends[at(task, phase)];
    }

    @Override
    public int phaseLine(int task, int phase) {
        return lines[at(task, phase)];
    }

    @Override
    public String phaseNote(int task, int phase) {
        return notes[at(task, phase)];
    }

    @Override
    public TaskOutcome outcome(int task) {
        return outcomes[task];
    }

    @Override
    public String taskName(int task) {
        return names[task];
    }

    private int at(int task, int phase) {
        return first[task] + Objects.checkIndex(phase, phaseCount(task));
    }
}
