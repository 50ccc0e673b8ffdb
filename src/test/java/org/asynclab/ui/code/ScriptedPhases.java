package org.asynclab.ui.code;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskOutcome;

/** A phase timeline written by hand for tests: {@code task(0).wait(0, 500, 12).run(500, 600)}. */
final class ScriptedPhases implements PhaseTimeline {
    private record Slice(Phase kind, long start, long end, int line) {
    }

    private final List<List<Slice>> tasks = new ArrayList<>();

    /** Adds a task and returns its builder. */
    Builder task() {
        List<Slice> slices = new ArrayList<>();
        tasks.add(slices);
        return new Builder(slices);
    }

    int size() {
        return tasks.size();
    }

    /** Appends the phases of one task, in order. */
    static final class Builder {
        private final List<Slice> slices;

        private Builder(List<Slice> slices) {
            this.slices = slices;
        }

        Builder run(long start, long end) {
            slices.add(new Slice(Phase.RUNNING, start, end, NO_LINE));
            return this;
        }

        Builder wait(long start, long end, int line) {
            slices.add(new Slice(Phase.WAITING, start, end, line));
            return this;
        }
    }

    @Override
    public int phaseCount(int task) {
        return tasks.get(task).size();
    }

    @Override
    public Phase phase(int task, int phase) {
        return tasks.get(task).get(phase).kind();
    }

    @Override
    public long phaseStartNanos(int task, int phase) {
        return tasks.get(task).get(phase).start();
    }

    @Override
    public long phaseEndNanos(int task, int phase) {
        return tasks.get(task).get(phase).end();
    }

    @Override
    public int phaseLine(int task, int phase) {
        return tasks.get(task).get(phase).line();
    }

    @Override
    public String phaseNote(int task, int phase) {
        return null;
    }

    @Override
    public TaskOutcome outcome(int task) {
        return null;
    }

    @Override
    public String taskName(int task) {
        return null;
    }
}
