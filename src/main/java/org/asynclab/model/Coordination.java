package org.asynclab.model;

import java.util.Objects;

/**
 * What the tasks of a run share or obey beyond their delays: a shared counter (the race lesson), an
 * {@code asyncio.Semaphore(k)} around their waits (event loop), and an {@code asyncio.wait_for} deadline. A value
 * that exists is valid; {@link #NONE} is a plain run.
 *
 * @param counter           whether and how the tasks update a shared counter
 * @param counterGapSeconds the read-to-write gap of the counter, {@value #MIN_GAP} … {@value #MAX_GAP} s
 * @param semaphore         at most this many tasks in their wait at once (event loop), 1 … 10,000; 0 for none
 * @param deadlineSeconds   tasks whose wait is still going this long after their start are cancelled,
 *                          {@value #MIN_DEADLINE} … 3600 s; 0 for none
 */
public record Coordination(SharedCounter counter, double counterGapSeconds, int semaphore, double deadlineSeconds) {
    /** The gap when none is given: 2 ms, short beside a classroom's delays, long beside a thread switch. */
    public static final double DEFAULT_GAP = 0.002;
    /** The shortest gap, in seconds. */
    public static final double MIN_GAP = 0;
    /** The longest gap, in seconds. */
    public static final double MAX_GAP = 10;
    /** The shortest deadline, in seconds. */
    public static final double MIN_DEADLINE = 0.001;
    /** The largest semaphore. */
    public static final int MAX_SEMAPHORE = 10_000;

    /** A plain run: no counter, no semaphore, no deadline. */
    public static final Coordination NONE = new Coordination(SharedCounter.OFF, DEFAULT_GAP, 0, 0);

    /** Checks every field; a refusal names the field (counterGap, semaphore, deadline) and its range. */
    public Coordination {
        Objects.requireNonNull(counter, "counter");
        if (!(counterGapSeconds >= MIN_GAP && counterGapSeconds <= MAX_GAP)) {
            throw new InvalidSettingException("counterGap", "counter gap " + gapProblem()
                    + " (got " + counterGapSeconds + ")");
        }
        if (semaphore < 0 || semaphore > MAX_SEMAPHORE) {
            throw new InvalidSettingException("semaphore", "semaphore " + semaphoreProblem()
                    + " (got " + semaphore + ")");
        }
        if (deadlineSeconds != 0 && !(deadlineSeconds >= MIN_DEADLINE && deadlineSeconds <= Limits.MAX_DELAY_SECONDS)) {
            throw new InvalidSettingException("deadline", "deadline " + deadlineProblem()
                    + " (got " + deadlineSeconds + ")");
        }
        if (deadlineSeconds > 0 && counter != SharedCounter.OFF) {
            throw new InvalidSettingException("deadline", "deadline must not be combined with a shared counter"
                    + " (a cancelled task would leave its update half done)");
        }
    }

    /** The range of a gap, in words. */
    public static String gapProblem() {
        return "must be a number of seconds from " + Limits.plain(MIN_GAP) + " to " + Limits.plain(MAX_GAP)
                + " (decimals allowed)";
    }

    /** The range of a semaphore, in words. */
    public static String semaphoreProblem() {
        return "must be a whole number from 1 to " + Limits.grouped(MAX_SEMAPHORE) + " (or 0 for none)";
    }

    /** The range of a deadline, in words. */
    public static String deadlineProblem() {
        return "must be a number of seconds from " + Limits.plain(MIN_DEADLINE) + " to "
                + Limits.plain(Limits.MAX_DELAY_SECONDS) + " (decimals allowed; 0 for none)";
    }

    /** Whether anything here changes what a task does. */
    public boolean active() {
        return counter != SharedCounter.OFF || semaphore > 0 || deadlineSeconds > 0;
    }

    /** Whether the tasks share a counter. */
    public boolean hasCounter() {
        return counter != SharedCounter.OFF;
    }

    /** Whether there is a deadline. */
    public boolean hasDeadline() {
        return deadlineSeconds > 0;
    }

    /** The gap in nanoseconds. */
    public long counterGapNanos() {
        return Math.round(counterGapSeconds * 1e9);
    }

    /** The deadline in nanoseconds; {@link Long#MAX_VALUE} for none. */
    public long deadlineNanos() {
        return deadlineSeconds > 0 ? Math.round(deadlineSeconds * 1e9) : Long.MAX_VALUE;
    }

    /**
     * Whether a wait of {@code delayNanos} is cancelled: its deadline comes before its end (asyncio's timers fire in
     * deadline order, so that holds however late the loop, or a thread, gets there). A wait that ends at its
     * deadline is done.
     */
    public boolean cancels(long delayNanos) {
        return delayNanos > deadlineNanos();
    }

    /** This with another counter. */
    public Coordination withCounter(SharedCounter newCounter) {
        return new Coordination(newCounter, counterGapSeconds, semaphore, deadlineSeconds);
    }

    /** This with another semaphore (0 for none). */
    public Coordination withSemaphore(int newSemaphore) {
        return new Coordination(counter, counterGapSeconds, newSemaphore, deadlineSeconds);
    }

    /** This with another deadline (0 for none). */
    public Coordination withDeadline(double newDeadlineSeconds) {
        return new Coordination(counter, counterGapSeconds, semaphore, newDeadlineSeconds);
    }
}
