package org.asynclab.engine;

/**
 * Puts a run's completion order in the order of its recorded finish instants. A worker reads the clock, then takes
 * its rank: a thread paused in between (by the scheduler, a safepoint, a carrier that is busy) is ranked after tasks
 * that finished later. Rather than make every finish pay for a lock that takes both at once, the order is settled
 * once, after the run, from the instants themselves, so the two can never disagree.
 *
 * <p>The ranks are nearly in order already (a few inversions in a million), so the sort is a stable bottom-up merge
 * sort that skips every merge whose halves are already in order: linear for the usual case, n log n at worst, and
 * equal instants keep the order of their ranks.
 */
final class FinishOrder {
    private FinishOrder() {
    }

    /**
     * Sorts {@code order} (task ids) in place by {@code finished[task]}, stably.
     *
     * @param finished every task's finish instant, indexed by task id
     */
    static void sortByFinish(int[] order, long[] finished) {
        int n = order.length;
        int[] from = order;
        int[] to = null;
        for (int width = 1; width < n; width *= 2) {
            boolean sorted = true;
            for (int low = width; low < n; low += width) {
                if (finished[from[low - 1]] > finished[from[low]]) {
                    sorted = false;
                    break;
                }
            }
            if (sorted) {
                break;
            }
            if (to == null) {
                to = new int[n];
            }
            for (int low = 0; low < n; low += 2 * width) {
                merge(from, to, finished, low, Math.min(low + width, n), Math.min(low + 2 * width, n));
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != order) {
            System.arraycopy(from, 0, order, 0, n);
        }
    }

    private static void merge(int[] from, int[] to, long[] finished, int low, int mid, int high) {
        if (mid >= high || finished[from[mid - 1]] <= finished[from[mid]]) {
            System.arraycopy(from, low, to, low, high - low);
            return;
        }
        int left = low;
        int right = mid;
        for (int out = low; out < high; out++) {
            if (right >= high || left < mid && finished[from[left]] <= finished[from[right]]) {
                to[out] = from[left++];
            } else {
                to[out] = from[right++];
            }
        }
    }
}
