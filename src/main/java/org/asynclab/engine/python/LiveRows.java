package org.asynclab.engine.python;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * The live timeline of a traced Python program: one row per asyncio task and per coroutine awaited directly,
 * in the order they appeared, each with its phases (running slices, waits with their line). Its {@link #size()}
 * grows while the program runs.
 *
 * <p>One thread writes (the reader of the tracer's events); any thread reads, without a lock. Each row is an object
 * whose instants are volatile and written in the order submit (final) → start → finish, so a reader that reads
 * finish then start sees a consistent task. A row, or a phase, is stored in its array before the count that
 * covers it is published (a volatile write), and the array is read after the count: a reader never sees a slot it
 * may not read. Arrays grow by copying, and a copy is published before the count grows past the old array.
 */
final class LiveRows implements TaskTimeline, PhaseTimeline {
    /** The lane every task runs on: the event loop's thread. */
    static final String LOOP_LANE = "event loop (MainThread)";

    private volatile Row[] rows = new Row[16];
    private volatile int size;
    /** Rows other than the main task, and the n the user gave (0: none): the average's n, as the end's. */
    private volatile int others;
    private volatile int givenN;
    private volatile long originNanos = Long.MIN_VALUE;
    private final CountDownLatch clockStarted = new CountDownLatch(1);
    private volatile long endNanos = NOT_YET;
    private volatile long latestNanos;

    /** One row: a task or an awaited coroutine. */
    static final class Row {
        /** The task's name then its coroutine's; the program may rename the task while it runs. */
        volatile String name;
        final boolean main;
        final long submitted;
        volatile long started = NOT_YET;
        volatile long finished = NOT_YET;
        volatile TaskOutcome outcome;
        volatile long delayNanos;
        private volatile Span[] spans = new Span[8];
        private volatile int count;

        Row(String name, boolean main, long submitted) {
            this.name = name;
            this.main = main;
            this.submitted = submitted;
        }

        Span last() {
            int n = count;
            return n == 0 ? null : spans[n - 1];
        }

        void add(Span span) {
            Span[] array = spans;
            if (count == array.length) {
                array = Arrays.copyOf(array, count * 2);
                spans = array;
            }
            array[count] = span;
            count = count + 1;
        }

        int count() {
            return count;
        }

        Span span(int index) {
            int n = count;
            return spans[java.util.Objects.checkIndex(index, n)];
        }
    }

    /** One phase of a row; its end is set once, when it ends. */
    static final class Span {
        final Phase kind;
        final long start;
        final int line;
        final String note;
        volatile long end = NOT_YET;
        /** The asyncio.sleep this wait is, in ns (0: another wait): what it added to its row's delay. */
        long sleepNanos;

        Span(Phase kind, long start, int line, String note) {
            this.kind = kind;
            this.start = start;
            this.line = line;
            this.note = note;
        }
    }

    /**
     * The tracer's first event said its time is {@code tracerNanos}: the clock runs from it. Before it the clock
     * stays at 0: Python was still starting (seconds on a loaded machine), and a clock run from the process's start
     * grew the live chart's axis to 3.5 s of a program that had not begun, then went back to 0.1 s.
     */
    void tracerClock(long tracerNanos) {
        originNanos = System.nanoTime() - tracerNanos;
        clockStarted.countDown();
    }

    /** The tracer's events ended (the program ended, perhaps before its first event): nothing to wait for. */
    void eventsEnded() {
        clockStarted.countDown();
    }

    /**
     * Waits at most {@code millis} for the tracer's first event (or the end of its events); returns the
     * {@link System#nanoTime()} at which the tracer's clock read 0 (the program's start, Python's own start-up
     * behind it), or {@link Long#MIN_VALUE}.
     */
    long awaitClock(long millis) throws InterruptedException {
        return clockStarted.await(millis, TimeUnit.MILLISECONDS) ? originNanos : Long.MIN_VALUE;
    }

    /** Appends a row (writer thread only). */
    Row addRow(String name, boolean main, long submitted) {
        Row row = new Row(name, main, submitted);
        Row[] array = rows;
        int n = size;
        if (n == array.length) {
            array = Arrays.copyOf(array, n * 2);
            rows = array;
        }
        array[n] = row;
        if (!main) {
            others = others + 1;
        }
        size = n + 1;
        seen(submitted);
        return row;
    }

    /** The n the user gave for the average (0: count the rows), before the program starts. */
    void countAs(int n) {
        givenN = n;
    }

    @Override
    public int countedTasks() {
        int n = size;
        return n == 0 ? 0 : PythonResults.averageN(givenN, n, Math.min(others, n));
    }

    /** The row {@code index}, or null when there is none (an event about a row not announced). */
    Row row(int index) {
        int n = size;
        return index >= 0 && index < n ? rows[index] : null;
    }

    /** Notes that the program's clock has reached {@code nanos} (it never goes back). */
    void seen(long nanos) {
        if (nanos > latestNanos) {
            latestNanos = nanos;
        }
        // An event is read some time after it happened (the tracer writes in batches, the reader may lag): the
        // earliest origin an event gives is the closest to the tracer's, the one the time limit counts from.
        if (clockStarted.getCount() == 0) {
            originNanos = Math.min(originNanos, System.nanoTime() - nanos);
        }
    }

    /** Freezes the clock at {@code nanos}: the run has ended. */
    void end(long nanos) {
        seen(nanos);
        endNanos = latestNanos;
    }

    private Row get(int task) {
        int n = size;
        return rows[java.util.Objects.checkIndex(task, n)];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long delayNanos(int task) {
        return get(task).delayNanos;
    }

    @Override
    public long submittedNanos(int task) {
        return get(task).submitted;
    }

    @Override
    public long startedNanos(int task) {
        return get(task).started;
    }

    @Override
    public long finishedNanos(int task) {
        return get(task).finished;
    }

    @Override
    public int lane(int task) {
        return get(task).started == NOT_YET ? -1 : 0;
    }

    @Override
    public int laneCount() {
        return size == 0 ? 0 : 1;
    }

    @Override
    public String laneName(int lane) {
        java.util.Objects.checkIndex(lane, laneCount());
        return LOOP_LANE;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.IO;
    }

    /** A live run: its stop is known only in its result ({@link org.asynclab.model.RunResult#stoppedNanos()}). */
    @Override
    public long stoppedNanos() {
        return NOT_YET;
    }

    @Override
    public long nowNanos() {
        long end = endNanos;
        if (end != NOT_YET) {
            return end;
        }
        long origin = originNanos;
        long latest = latestNanos;
        return origin == Long.MIN_VALUE ? latest : Math.max(latest, System.nanoTime() - origin);
    }

    @Override
    public LockTimeline lockTimeline() {
        return null;
    }

    @Override
    public PhaseTimeline phaseTimeline() {
        return this;
    }

    @Override
    public int phaseCount(int task) {
        return get(task).count();
    }

    @Override
    public Phase phase(int task, int phase) {
        return get(task).span(phase).kind;
    }

    @Override
    public long phaseStartNanos(int task, int phase) {
        return get(task).span(phase).start;
    }

    @Override
    public long phaseEndNanos(int task, int phase) {
        return get(task).span(phase).end;
    }

    @Override
    public int phaseLine(int task, int phase) {
        return get(task).span(phase).line;
    }

    @Override
    public String phaseNote(int task, int phase) {
        return get(task).span(phase).note;
    }

    @Override
    public TaskOutcome outcome(int task) {
        return get(task).outcome;
    }

    @Override
    public String taskName(int task) {
        return get(task).name;
    }
}
