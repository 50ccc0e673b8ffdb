package org.asynclab.engine;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunResult;

/** Reads a race lesson's read-to-write windows, and other phases, from a finished run's phase timeline. */
public final class RaceWindows {
    private RaceWindows() {
    }

    /** Every phase of kind {@code kind}, as {start, end} pairs, with the task in the third place. */
    public static List<long[]> phases(RunResult run, Phase kind) {
        PhaseTimeline phases = run.phaseTimeline();
        List<long[]> found = new ArrayList<>();
        for (int task = 0; task < run.size(); task++) {
            for (int p = 0; p < phases.phaseCount(task); p++) {
                if (phases.phase(task, p) == kind) {
                    found.add(new long[] {phases.phaseStartNanos(task, p), phases.phaseEndNanos(task, p), task});
                }
            }
        }
        return found;
    }

    /**
     * Where the finished tasks' phases leave part of their bar without a phase: the first phase must begin at the
     * task's start, and the last end no later than its finish, at it when {@code toTheFinish} (a last phase the
     * task's end closes; a race window closes at its write, before the lock is let go). A part without a phase is
     * drawn in the lane's colour, which the legend does not name: a virtual thread's 4 ms before an http task's
     * connect showed so, and a finish that read the clock a second time could leave a tail.
     */
    public static List<String> barsWithoutAPhase(RunResult run, boolean toTheFinish) {
        PhaseTimeline phases = run.phaseTimeline();
        List<String> problems = new ArrayList<>();
        for (int task = 0; task < run.size(); task++) {
            int last = phases.phaseCount(task) - 1;
            if (run.finishedNanos(task) == org.asynclab.model.TaskTimeline.NOT_YET || last < 0) {
                continue;
            }
            long gapBefore = phases.phaseStartNanos(task, 0) - run.startedNanos(task);
            long gapAfter = run.finishedNanos(task) - phases.phaseEndNanos(task, last);
            if (gapBefore != 0 || gapAfter < 0 || toTheFinish && gapAfter != 0) {
                problems.add("task " + task + ": " + gapBefore + " ns without a phase after its start, " + gapAfter
                        + " ns before its finish");
            }
        }
        return problems;
    }

    /** Windows that overlap at least one other window (each window holds its task's read and write). */
    public static int overlapping(RunResult run) {
        List<long[]> windows = phases(run, Phase.READ_WRITE);
        int count = 0;
        for (long[] a : windows) {
            for (long[] b : windows) {
                if (a != b && a[0] < b[1] && b[0] < a[1]) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** The most phases of {@code kind} going on at one instant. */
    public static int peak(RunResult run, Phase kind) {
        List<long[]> found = phases(run, kind);
        long[] events = new long[2 * found.size()];
        for (int i = 0; i < found.size(); i++) {
            // an end sorts before a start at the same instant: a hand-over is not two at once
            events[2 * i] = found.get(i)[0] * 2 + 1;
            events[2 * i + 1] = found.get(i)[1] * 2;
        }
        java.util.Arrays.sort(events);
        int now = 0;
        int peak = 0;
        for (long event : events) {
            now += (event & 1) == 1 ? 1 : -1;
            peak = Math.max(peak, now);
        }
        return peak;
    }
}
