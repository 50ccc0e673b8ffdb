package org.asynclab.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where two compared runs differ in what they got right, which a comparison says before their times: a run that
 * lost updates of a shared counter (the race lessons), or one whose deadline cancelled more tasks (the wait-for
 * lesson), did less of the work, and "2.2× faster" would praise the wrong program. The one home of that rule: the
 * window's comparison sentence and the command line's verdict both ask here. Two runs that got the same right
 * (the semaphore, the GIL, the modes' lessons) have no gap, and their comparison is their times.
 *
 * @param measure what one run got wrong
 * @param worse   the run with more updates lost, or more tasks cancelled
 * @param better  the other run
 */
public record CorrectnessGap(Measure measure, RunResult worse, RunResult better) {

    /** What a run can get wrong. */
    public enum Measure {
        /** Updates of the shared counter overwritten by another task's write: expected n, got fewer. */
        LOST_UPDATES,
        /** Tasks cancelled at their deadline: their work was never done. */
        CANCELLED_TASKS
    }

    /** Checks that every part is there. */
    public CorrectnessGap {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(worse, "worse");
        Objects.requireNonNull(better, "better");
    }

    /**
     * The gap between two runs, lost updates first (when both shared a counter), then cancelled tasks; empty when
     * both got the same right.
     */
    public static Optional<CorrectnessGap> between(RunResult first, RunResult second) {
        if (first.counterTally() != null && second.counterTally() != null) {
            Optional<CorrectnessGap> lost = gap(Measure.LOST_UPDATES, first, second);
            if (lost.isPresent()) {
                return lost;
            }
        }
        return gap(Measure.CANCELLED_TASKS, first, second);
    }

    /** The gap in {@code measure} between two runs, the worse first; empty when they got it equally wrong. */
    private static Optional<CorrectnessGap> gap(Measure measure, RunResult first, RunResult second) {
        CorrectnessGap firstWorse = new CorrectnessGap(measure, first, second);
        int a = firstWorse.wrong(first);
        int b = firstWorse.wrong(second);
        return a == b ? Optional.empty()
                : Optional.of(a > b ? firstWorse : new CorrectnessGap(measure, second, first));
    }

    /** What {@code run} (one of the two) got wrong: its updates lost, or its tasks cancelled. */
    public int wrong(RunResult run) {
        return measure == Measure.LOST_UPDATES ? run.counterTally().lost() : run.outcomeCount(TaskOutcome.CANCELLED);
    }

    /** Out of how many: the updates {@code run} should have made, or its tasks. */
    public int outOf(RunResult run) {
        return measure == Measure.LOST_UPDATES ? run.counterTally().expected() : run.size();
    }
}
