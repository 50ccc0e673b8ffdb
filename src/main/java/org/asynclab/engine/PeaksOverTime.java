package org.asynclab.engine;

import java.util.Arrays;
import org.asynclab.model.Instants;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;

/**
 * A recording's peak concurrency and threads used as they stood at any instant: what a replay's cursor shows. By the
 * rules of the run's own figures ({@link PeakConcurrency}: a task runs over {@code [start, finish)}, from when it got
 * past a semaphore; a task too short for the clock still makes the peak at least 1; threads are the distinct lanes of
 * the tasks started), so that at the recording's end they are its summary's. Built once a recording (two sorts),
 * asked in O(log n).
 */
public final class PeaksOverTime {
    private static final long NO = TaskTimeline.NOT_YET;

    /** The instants the running count reached a new high, in order, and that high. */
    private final long[] peakAt;
    private final int[] peak;
    /** When each lane used ran its first task, in order. */
    private final long[] laneOpenedAt;

    private PeaksOverTime(long[] peakAt, int[] peak, long[] laneOpenedAt) {
        this.peakAt = peakAt;
        this.peak = peak;
        this.laneOpenedAt = laneOpenedAt;
    }

    /** The peaks of {@code recording}, read off its instants (ns of its clock). */
    public static PeaksOverTime of(RunResult recording) {
        int n = recording.size();
        long[] started = new long[n];
        long[] finished = new long[n];
        for (int task = 0; task < n; task++) {
            started[task] = recording.startedNanos(task);
            finished[task] = recording.finishedNanos(task);
        }
        long[] from = SummaryCalculator.runningFrom(recording.config(), started, recording.phaseTimeline());
        return highs(from, finished, lanesOpened(recording, started));
    }

    /** The new highs of the running count, tasks running from {@code from} to {@code finished}. */
    private static PeaksOverTime highs(long[] from, long[] finished, long[] laneOpenedAt) {
        int runs = 0;
        int ends = 0;
        long firstStart = Long.MAX_VALUE;
        for (int i = 0; i < from.length; i++) {
            if (from[i] != NO) {
                firstStart = Math.min(firstStart, from[i]);
            }
            if (ran(from, finished, i)) {
                runs++;
                ends += finished[i] != NO ? 1 : 0;
            }
        }
        long[] starts = new long[runs];
        long[] finishes = new long[ends];
        int s = 0;
        int e = 0;
        for (int i = 0; i < from.length; i++) {
            if (ran(from, finished, i)) {
                starts[s++] = from[i];
                if (finished[i] != NO) {
                    finishes[e++] = finished[i];
                }
            }
        }
        Arrays.sort(starts);
        Arrays.sort(finishes);
        long[] at = new long[runs + 1];
        int[] high = new int[runs + 1];
        int steps = 0;
        if (firstStart != Long.MAX_VALUE) {  // a task the clock saw as instant still makes the peak 1
            at[0] = firstStart;
            high[0] = 1;
            steps = 1;
        }
        int running = 0;
        int best = steps;
        e = 0;
        for (long start : starts) {
            while (e < ends && finishes[e] <= start) {  // a finish at t comes before a start at t
                running--;
                e++;
            }
            running++;
            if (running > best) {
                best = running;
                if (steps > 0 && at[steps - 1] == start) {
                    high[steps - 1] = best;
                } else {
                    at[steps] = start;
                    high[steps++] = best;
                }
            }
        }
        return new PeaksOverTime(Arrays.copyOf(at, steps), Arrays.copyOf(high, steps), laneOpenedAt);
    }

    private static boolean ran(long[] from, long[] finished, int i) {
        return from[i] != NO && finished[i] != from[i];
    }

    private static long[] lanesOpened(RunResult recording, long[] started) {
        long[] first = new long[Math.max(0, recording.laneCount())];
        Arrays.fill(first, Long.MAX_VALUE);
        for (int task = 0; task < started.length; task++) {
            int lane = recording.lane(task);
            if (started[task] != NO && lane >= 0 && lane < first.length) {
                first[lane] = Math.min(first[lane], started[task]);
            }
        }
        Arrays.sort(first);
        int used = 0;
        while (used < first.length && first[used] != Long.MAX_VALUE) {
            used++;
        }
        return Arrays.copyOf(first, used);
    }

    /** Most tasks running at once up to {@code instant} (ns of the recording's clock). */
    public int concurrencyBy(long instant) {
        int steps = Instants.atOrBefore(peakAt, instant);
        return steps == 0 ? 0 : peak[steps - 1];
    }

    /** Distinct threads that had run a task by {@code instant}. */
    public int threadsBy(long instant) {
        return Instants.atOrBefore(laneOpenedAt, instant);
    }
}
