package org.asynclab.engine;

/**
 * The event loop's timers: a binary min-heap of (deadline, task) pairs in two primitive arrays, so a million
 * sleeping tasks cost 12 MB and no object each. Like asyncio's {@code _scheduled} heap, ordered by deadline;
 * equal deadlines come out in no particular order.
 */
final class TimerHeap {
    private final long[] deadlines;
    private final int[] tasks;
    private int size;

    /** A heap that holds up to {@code capacity} timers (a task has at most one). */
    TimerHeap(int capacity) {
        deadlines = new long[capacity];
        tasks = new int[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The earliest deadline; only when not empty. */
    long firstDeadline() {
        return deadlines[0];
    }

    /** Adds the timer of {@code task}, due at {@code deadline}. */
    void push(long deadline, int task) {
        int hole = size++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (deadlines[parent] <= deadline) {
                break;
            }
            deadlines[hole] = deadlines[parent];
            tasks[hole] = tasks[parent];
            hole = parent;
        }
        deadlines[hole] = deadline;
        tasks[hole] = task;
    }

    /** Removes the earliest timer and returns its task; only when not empty. */
    int pop() {
        int first = tasks[0];
        int last = --size;
        if (last > 0) {
            siftDown(deadlines[last], tasks[last], last);
        }
        return first;
    }

    private void siftDown(long deadline, int task, int count) {
        int hole = 0;
        int half = count >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            int right = child + 1;
            if (right < count && deadlines[right] < deadlines[child]) {
                child = right;
            }
            if (deadline <= deadlines[child]) {
                break;
            }
            deadlines[hole] = deadlines[child];
            tasks[hole] = tasks[child];
            hole = child;
        }
        deadlines[hole] = deadline;
        tasks[hole] = task;
    }
}
