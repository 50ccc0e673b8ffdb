package org.asynclab.engine;

/**
 * The event loop's ready queue (asyncio's {@code _ready} deque): the steps that can run now, first in first out,
 * in a ring of ints. A step is a task id for its first step, or {@code ~id} (negative) for its resumption after
 * its sleep. A task has at most one step queued, so n places always suffice.
 */
final class ReadyQueue {
    private final int[] ring;
    private int head;
    private int size;

    /** A queue of up to {@code capacity} steps. */
    ReadyQueue(int capacity) {
        ring = new int[Math.max(1, capacity)];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Queues a step at the end. */
    void add(int step) {
        if (size == ring.length) {
            throw new IllegalStateException("ready queue full: " + size + " steps");
        }
        int tail = head + size;
        ring[tail >= ring.length ? tail - ring.length : tail] = step;
        size++;
    }

    /** Takes the first step; only when not empty. */
    int poll() {
        int step = ring[head];
        head = head + 1 == ring.length ? 0 : head + 1;
        size--;
        return step;
    }
}
