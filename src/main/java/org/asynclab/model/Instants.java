package org.asynclab.model;

/**
 * Counting in sorted instants of a recording's clock: the one search behind a replay's cursor (the tasks and lanes
 * seen by then) and the peaks it shows ({@code PeaksOverTime}).
 */
public final class Instants {
    private Instants() {
    }

    /** How many of the sorted {@code values} are at most {@code instant}, in O(log n). */
    public static int atOrBefore(long[] values, long instant) {
        return firstAfter(values, 0, values.length, instant);
    }

    /**
     * The index of the first of the sorted {@code values[from, to)} later than {@code instant}, or {@code to} when none
     * is: a binary search in that range only (a caller that has narrowed it, as {@code PeakConcurrency}'s search
     * outwards from its last answer).
     */
    public static int firstAfter(long[] values, int from, int to, long instant) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] <= instant) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
