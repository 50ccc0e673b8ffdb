package org.asynclab.model;

import java.util.Locale;

/**
 * What a task was doing during one {@link PhaseTimeline phase} of its life, finer than "waiting to start, then
 * running": the slices when a Python coroutine actually ran on its loop and the waits between them, the steps of
 * an HTTP request, the window between reading and writing a shared counter. The chart draws each kind in a style
 * of its own (the CSS class is {@code phase-} + {@link #id()}); JSON writes the id.
 */
public enum Phase {
    /** The task's code runs (a coroutine's step on the loop, a thread on a core). */
    RUNNING("running"),
    /** The task is suspended: awaiting something (a sleep, a future, another task) or blocked. */
    WAITING("waiting"),
    /** Opening a connection to a server. */
    CONNECT("connect"),
    /** Waiting for a server's answer after the request was sent. */
    AWAIT_ANSWER("await-answer"),
    /** Reading an answer's body. */
    READ("read"),
    /** Between reading a shared value and writing it back: another task's write in here is a lost update. */
    READ_WRITE("read-write"),
    /** Waiting for a lock (a {@code threading.Lock}, an {@code asyncio.Lock}): for the one task that holds it. */
    LOCK_WAIT("lock-wait"),
    /**
     * Waiting for a free place at a semaphore ({@code async with asyncio.Semaphore(k):}): for any of the k tasks
     * inside to leave, not for a lock (export10: the semaphore lesson's legend said "waiting for a lock").
     */
    SEMAPHORE_WAIT("semaphore-wait");

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    /** The name used in JSON, in CSS ({@code phase-<id>}) and in the chart's legend keys. */
    public String id() {
        return id;
    }

    /**
     * Parses an {@link #id()} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the valid ids
     */
    public static Phase fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Phase phase : values()) {
            if (phase.id.equals(wanted)) {
                return phase;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (Phase phase : values()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(phase.id);
        }
        throw new IllegalArgumentException("unknown phase '" + id + "' (valid: " + valid + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
