package org.asynclab.chart.render;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.TaskKind;

/**
 * One item a legend can show: a swatch and its words. A legend is a set of entries, kept as a bit mask
 * ({@link #bit()}), so that the legend of a comparison is the union of its charts' masks and a frame that shows the
 * same legend allocates nothing. The entries are drawn in this order.
 *
 * <p>The hatched part of a bar (a task submitted, not started) means something different in each mode, so it has
 * one entry per mode: a pool's task waits for a worker, an event-loop task for the loop, a sequential task for its
 * turn. So has the plain part of an I/O task: on the event loop a task is sleeping ({@code await}), elsewhere its
 * thread is blocked in the wait. So has a phase's wait: a coroutine awaits, a thread blocks (its Python calls
 * {@code time.sleep}, its Java {@code Thread.sleep}), a virtual thread parks; the legend of the race lesson on
 * threads said "awaiting".
 */
public enum LegendEntry {
    /** Sequential: the hatched part. */
    WAITING_TURN(Swatch.WAITING, ChartLabels.Key.LEGEND_WAITING_TURN),
    /** Event loop: the hatched part. */
    WAITING_LOOP(Swatch.WAITING, ChartLabels.Key.LEGEND_WAITING_LOOP),
    /** A thread per task: the hatched part, the thread being started. */
    WAITING_THREAD(Swatch.WAITING, ChartLabels.Key.LEGEND_WAITING_THREAD),
    /** Pool: the hatched part. */
    WAITING_WORKER(Swatch.WAITING, ChartLabels.Key.LEGEND_WAITING),
    /** Virtual threads: the hatched part, waiting for a carrier thread. */
    WAITING_CARRIER(Swatch.WAITING, ChartLabels.Key.LEGEND_WAITING_CARRIER),
    /** A mode not known (an exported file's run): the hatched part. */
    WAITING(Swatch.WAITING, ChartLabels.Key.LEGEND_WAITING_START),
    /** The simulated GIL: waiting for it. */
    LOCK_WAITING(Swatch.LOCK_WAITING, ChartLabels.Key.LEGEND_LOCK_WAITING),
    /** An I/O task blocked in its wait, on a thread. */
    RUNNING_IO(Swatch.RUNNING, ChartLabels.Key.LEGEND_RUNNING_IO),
    /** An I/O task on the event loop: sleeping in {@code await asyncio.sleep}. */
    SLEEPING(Swatch.RUNNING, ChartLabels.Key.LEGEND_SLEEPING),
    /** A computing task (striped). */
    RUNNING_CPU(Swatch.RUNNING_CPU, ChartLabels.Key.LEGEND_RUNNING_CPU),
    /** Computing while holding the simulated GIL. */
    HOLDING_LOCK(Swatch.RUNNING_CPU, ChartLabels.Key.LEGEND_HOLDING_LOCK),
    /** The cap of a finished bar. */
    DONE(Swatch.DONE, ChartLabels.Key.LEGEND_DONE),
    /** {@link Phase#RUNNING}. */
    PHASE_RUNNING(Phase.RUNNING, ChartLabels.Key.PHASE_RUNNING),
    /** {@link Phase#WAITING}. */
    PHASE_WAITING(Phase.WAITING, ChartLabels.Key.PHASE_WAITING),
    /** {@link Phase#WAITING} on a thread: blocked in its wait. */
    PHASE_BLOCKED(Phase.WAITING, ChartLabels.Key.PHASE_BLOCKED),
    /** {@link Phase#WAITING} on a virtual thread: parked, its carrier thread free for others. */
    PHASE_PARKED(Phase.WAITING, ChartLabels.Key.PHASE_PARKED),
    /** {@link Phase#CONNECT}. */
    PHASE_CONNECT(Phase.CONNECT, ChartLabels.Key.PHASE_CONNECT),
    /** {@link Phase#AWAIT_ANSWER}. */
    PHASE_AWAIT_ANSWER(Phase.AWAIT_ANSWER, ChartLabels.Key.PHASE_AWAIT_ANSWER),
    /** {@link Phase#AWAIT_ANSWER} on a thread: blocked until the answer comes. */
    PHASE_BLOCKED_ANSWER(Phase.AWAIT_ANSWER, ChartLabels.Key.PHASE_BLOCKED_ANSWER),
    /** {@link Phase#AWAIT_ANSWER} on a virtual thread: parked until the answer comes. */
    PHASE_PARKED_ANSWER(Phase.AWAIT_ANSWER, ChartLabels.Key.PHASE_PARKED_ANSWER),
    /** {@link Phase#READ}. */
    PHASE_READ(Phase.READ, ChartLabels.Key.PHASE_READ),
    /** {@link Phase#READ_WRITE}. */
    PHASE_READ_WRITE(Phase.READ_WRITE, ChartLabels.Key.PHASE_READ_WRITE),
    /** {@link Phase#LOCK_WAIT}. */
    PHASE_LOCK_WAIT(Phase.LOCK_WAIT, ChartLabels.Key.PHASE_LOCK_WAIT),
    /** {@link Phase#SEMAPHORE_WAIT}. */
    PHASE_SEMAPHORE_WAIT(Phase.SEMAPHORE_WAIT, ChartLabels.Key.PHASE_SEMAPHORE_WAIT),
    /** The cut cap of a cancelled task. */
    CANCELLED(Swatch.CANCELLED, ChartLabels.Key.OUTCOME_CANCELLED),
    /** The cap of a failed task. */
    FAILED(Swatch.FAILED, ChartLabels.Key.OUTCOME_FAILED),
    /** Lane colours: one colour per thread. */
    LANES(Swatch.LANES, ChartLabels.Key.LEGEND_LANES),
    /** The now line of a live run. */
    NOW(Swatch.NOW_LINE, ChartLabels.Key.NOW),
    /** The same line where a stopped run ended. */
    STOPPED(Swatch.NOW_LINE, ChartLabels.Key.STOPPED),
    /** The dashed ideal line. */
    IDEAL(Swatch.IDEAL_LINE, ChartLabels.Key.IDEAL),
    /** The measured total's line. */
    TOTAL(Swatch.TOTAL_LINE, ChartLabels.Key.TOTAL);

    /** How an entry's swatch is drawn. */
    enum Swatch { WAITING, LOCK_WAITING, RUNNING, RUNNING_CPU, DONE, PHASE, CANCELLED, FAILED, LANES, NOW_LINE,
        IDEAL_LINE, TOTAL_LINE }

    private static final LegendEntry[] ALL = values();

    private final Swatch swatch;
    private final ChartLabels.Key words;
    /** The phase a {@link Swatch#PHASE} entry stands for; null for the others. */
    private final Phase phase;

    LegendEntry(Swatch swatch, ChartLabels.Key words) {
        this.swatch = swatch;
        this.words = words;
        this.phase = null;
    }

    LegendEntry(Phase phase, ChartLabels.Key words) {
        this.swatch = Swatch.PHASE;
        this.words = words;
        this.phase = phase;
    }

    Swatch swatch() {
        return swatch;
    }

    /** The entry's words. */
    public ChartLabels.Key words() {
        return words;
    }

    /** The entry's bit in a legend's mask. */
    public long bit() {
        return 1L << ordinal();
    }

    /** Whether {@code mask} holds this entry. */
    public boolean in(long mask) {
        return (mask & bit()) != 0;
    }

    /** The entries of {@code mask}, in the legend's order. */
    public static List<LegendEntry> of(long mask) {
        List<LegendEntry> out = new ArrayList<>();
        for (LegendEntry entry : ALL) {
            if (entry.in(mask)) {
                out.add(entry);
            }
        }
        return out;
    }

    /**
     * The entry of a phase in {@code mode}'s words (the legend's and the tooltips'): the waits of a task on a platform
     * thread of its own (threads, pool) block it; a virtual thread's wait parks it, its carrier free for others
     * (the code panel's "parked, like a virtual thread in sleep"); elsewhere (the event loop, the course's
     * sequential {@code await}s, a Python program's trace, a mode not known) a task awaits.
     */
    static LegendEntry of(Phase phase, Mode mode, TaskKind kind) {
        if (isComputation(phase, kind)) {
            return RUNNING_CPU;
        }
        boolean blocks = mode == Mode.THREADS || mode == Mode.POOL;
        boolean parks = mode == Mode.VIRTUAL;
        // A switch, not arithmetic on ordinals: a new Phase does not compile until it has its entry.
        return switch (phase) {
            case RUNNING -> PHASE_RUNNING;
            case WAITING -> blocks ? PHASE_BLOCKED : parks ? PHASE_PARKED : PHASE_WAITING;
            case CONNECT -> PHASE_CONNECT;
            case AWAIT_ANSWER -> blocks ? PHASE_BLOCKED_ANSWER : parks ? PHASE_PARKED_ANSWER : PHASE_AWAIT_ANSWER;
            case READ -> PHASE_READ;
            case READ_WRITE -> PHASE_READ_WRITE;
            case LOCK_WAIT -> PHASE_LOCK_WAIT;
            case SEMAPHORE_WAIT -> PHASE_SEMAPHORE_WAIT;
        };
    }

    /**
     * Whether {@code phase} is a computing task's work: a Java cpu task's {@link Phase#RUNNING}, recorded for its
     * deadline, semaphore or counter, is drawn and named as the bar of a computing run without phases (its thread's
     * colour, striped, under the GIL's holds), not as a Python program's running slice. With a deadline, a GIL run
     * turned into green "running slice" bars that hid every wait for the GIL and every thread's colour.
     */
    static boolean isComputation(Phase phase, TaskKind kind) {
        return phase == Phase.RUNNING && kind == TaskKind.CPU;
    }

    /** The phase of a {@link Swatch#PHASE} entry. */
    Phase phase() {
        if (phase == null) {
            throw new IllegalStateException(this + " is not a phase");
        }
        return phase;
    }

    /** The hatched part's entry in {@code mode} (null: not known); a trace names its waiting track by it. */
    public static LegendEntry waitingIn(Mode mode) {
        if (mode == null) {
            return WAITING;
        }
        return switch (mode) {
            case SEQUENTIAL -> WAITING_TURN;
            case EVENT_LOOP -> WAITING_LOOP;
            case THREADS -> WAITING_THREAD;
            case POOL -> WAITING_WORKER;
            case VIRTUAL -> WAITING_CARRIER;
        };
    }
}
