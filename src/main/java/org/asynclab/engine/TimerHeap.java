package org.asynclab.engine;

/**
 * A binary min-heap of longs in one primitive array: the event loop keeps its few late-coming timers here (see
 * {@link TimerQueue}), packed as {@code deadline << 20 | task}, so the smallest is the earliest deadline.
 */
final class TimerHeap {
    private final long[] entries;
    private int size;

    /** A heap of up to {@code capacity} entries. */
    TimerHeap(int capacity) {
        entries = new long[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The smallest entry; only when not empty. */
    long first() {
        return entries[0];
    }

    /** Adds an entry. */
    void push(long entry) {
        int hole = size++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (entries[parent] <= entry) {
                break;
            }
            entries[hole] = entries[parent];
            hole = parent;
        }
        entries[hole] = entry;
    }

    /** Removes and returns the smallest entry; only when not empty. */
    long pop() {
        long first = entries[0];
        int count = --size;
        if (count == 0) {
            return first;
        }
        long moving = entries[count];
        int hole = 0;
        int half = count >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            if (child + 1 < count && entries[child + 1] < entries[child]) {
                child++;
            }
            if (moving <= entries[child]) {
                break;
            }
            entries[hole] = entries[child];
            hole = child;
        }
        entries[hole] = moving;
        return first;
    }
}
