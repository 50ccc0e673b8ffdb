package org.asynclab.engine;

import java.util.Arrays;
import org.asynclab.model.Instants;
import org.asynclab.model.TaskTimeline;

/**
 * Most tasks running at once, from the recorded instants. A task runs over {@code [start, finish)}, so a finish at t
 * comes before a start at t; a task too short for the clock to see (start = finish) is left out, but still makes the
 * peak at least 1; a task that started and did not finish (a stopped run) runs to the end.
 *
 * <p>Only the finishes are sorted; each start is counted in the gap between the two finishes around it. Just after
 * the last start of the gap that follows the j-th finish, {@code (starts so far) − j} tasks run, and inside a gap the
 * count only grows, so the peak is the largest of these. The gap of a start is found from the previous start's gap
 * (the starts come nearly in order), so a run costs one sort of its finishes and one pass: a Stop at a million
 * tasks, where few have finished, does not sort a million starts while the user waits.
 */
final class PeakConcurrency {
    private static final long NO = TaskTimeline.NOT_YET;

    private PeakConcurrency() {
    }

    /**
     * The peak of the tasks' intervals.
     *
     * @param space where to sort the finishes and count the gaps, or null to allocate
     */
    static int of(long[] started, long[] finished, SealSpace space) {
        int ended = 0;
        boolean anyStarted = false;
        for (int i = 0; i < started.length; i++) {
            anyStarted |= started[i] != NO;
            ended += ran(started, finished, i) && finished[i] != NO ? 1 : 0;
        }
        long[] ends = space == null ? new long[ended] : space.ends;
        int e = 0;
        for (int i = 0; i < started.length; i++) {
            if (ran(started, finished, i) && finished[i] != NO) {
                ends[e++] = finished[i];
            }
        }
        Arrays.sort(ends, 0, ended);
        int[] inGap = space == null ? new int[ended + 1] : space.gaps;
        Arrays.fill(inGap, 0, ended + 1, 0);
        int gap = 0;
        for (int i = 0; i < started.length; i++) {
            if (ran(started, finished, i)) {
                gap = finishesBy(ends, ended, started[i], gap);
                inGap[gap]++;
            }
        }
        int peak = anyStarted ? 1 : 0;
        int starts = 0;
        for (int j = 0; j <= ended; j++) {
            starts += inGap[j];
            if (inGap[j] > 0) {
                peak = Math.max(peak, starts - j);
            }
        }
        return peak;
    }

    /** Whether task i started and took time on the clock. */
    private static boolean ran(long[] started, long[] finished, int i) {
        return started[i] != NO && finished[i] != started[i];
    }

    /**
     * How many of the sorted {@code ends} are at or before {@code instant}: a search outwards from {@code hint} (the
     * answer for the previous start) in steps that double, then a binary search in the last step.
     */
    static int finishesBy(long[] ends, int ended, long instant, int hint) {
        int low;
        int high;
        int step = 1;
        if (hint < ended && ends[hint] <= instant) {
            low = hint + 1;
            while (low + step - 1 < ended && ends[low + step - 1] <= instant) {
                low += step;
                step <<= 1;
            }
            high = Math.min(low + step - 1, ended);
        } else {
            high = hint;
            while (high - step >= 0 && ends[high - step] > instant) {
                high -= step;
                step <<= 1;
            }
            low = Math.max(high - step + 1, 0);
        }
        return Instants.firstAfter(ends, low, high, instant);
    }
}
