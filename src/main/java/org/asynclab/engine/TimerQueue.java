package org.asynclab.engine;

import java.util.Arrays;

/**
 * The event loop's timers (asyncio's {@code _scheduled}): which task wakes next, and when. A timer is one long,
 * {@code deadline << 20 | task}, so ordering the longs orders the deadlines, and a million sleeping tasks cost
 * no object each.
 *
 * <p>Timers come in batches: {@code asyncio.gather} starts every task in one pass of the loop, so a million
 * timers arrive at once and then leave one by one over the next second. A binary heap spends a dozen cache misses
 * on every pop (about 0.8 µs at 10⁶, so the loop fell behind its own timers by most of a second); so a large
 * batch is instead sorted once and merged into a sorted run that pops from its front in order, and only the few
 * timers that come late, in small batches, go to a heap. {@link #settle()} files the timers pushed during a pass.
 */
final class TimerQueue {
    /** Bits of the task id: n ≤ 1,000,000 < 2²⁰. */
    static final int TASK_BITS = 20;
    /** Deadlines must stay below 2⁴³ ns (about 2.4 hours) so that a packed timer stays positive. */
    static final long MAX_DEADLINE = (1L << (Long.SIZE - 1 - TASK_BITS)) - 1;
    private static final long TASK_MASK = (1L << TASK_BITS) - 1;
    /** A batch at least this large, and a quarter of what waits, is sorted and merged; a smaller one is heaped. */
    private static final int MERGE_BATCH = 256;

    private long[] run;
    private long[] spare;
    private int head;
    private int end;
    private final long[] incoming;
    private int incomingSize;
    private final TimerHeap late;

    /** A queue for up to {@code capacity} timers (a task has at most one at a time). */
    TimerQueue(int capacity) {
        run = new long[capacity];
        spare = new long[capacity];
        incoming = new long[capacity];
        late = new TimerHeap(capacity);
    }

    /** Adds the timer of {@code task}, due at {@code deadline} (ns); it can pop after the next {@link #settle()}. */
    void push(long deadline, int task) {
        if (deadline < 0 || deadline > MAX_DEADLINE) {
            throw new IllegalStateException("timer deadline out of range: " + deadline + " ns");
        }
        incoming[incomingSize++] = deadline << TASK_BITS | task;
    }

    /** Files the timers pushed since the last call, so that they can pop. */
    void settle() {
        int count = incomingSize;
        if (count == 0) {
            return;
        }
        incomingSize = 0;
        int waiting = end - head;
        if (count < MERGE_BATCH || count < waiting / 4) {
            for (int i = 0; i < count; i++) {
                late.push(incoming[i]);
            }
            return;
        }
        Arrays.sort(incoming, 0, count);
        merge(count, waiting);
    }

    private void merge(int count, int waiting) {
        int a = head;
        int b = 0;
        int out = 0;
        while (a < end && b < count) {
            spare[out++] = run[a] <= incoming[b] ? run[a++] : incoming[b++];
        }
        System.arraycopy(run, a, spare, out, end - a);
        out += end - a;
        System.arraycopy(incoming, b, spare, out, count - b);
        long[] merged = spare;
        spare = run;
        run = merged;
        head = 0;
        end = waiting + count;
    }

    /** Whether no filed timer waits. */
    boolean isEmpty() {
        return head == end && late.isEmpty();
    }

    /** The earliest deadline; only when not empty. */
    long firstDeadline() {
        return first() >>> TASK_BITS;
    }

    private long first() {
        if (head == end) {
            return late.first();
        }
        return late.isEmpty() || run[head] <= late.first() ? run[head] : late.first();
    }

    /** Removes the earliest timer and returns its task; only when not empty. */
    int pop() {
        long timer;
        if (head < end && (late.isEmpty() || run[head] <= late.first())) {
            timer = run[head++];
        } else {
            timer = late.pop();
        }
        return (int) (timer & TASK_MASK);
    }
}
