package org.asynclab.model;

import java.util.Locale;

/**
 * The race lesson: whether the tasks share a counter, and how each one updates it. Every task reads the counter,
 * lets {@linkplain Coordination#counterGapSeconds() a short gap} pass, and writes back what it read + 1. Another
 * task's write inside that read-to-write window is lost.
 */
public enum SharedCounter {
    /** No shared counter: the tasks only wait or compute. */
    OFF("off"),
    /**
     * No {@code await} between the read and the write. On the event loop the gap blocks the loop (nothing else
     * runs, nothing is lost); threads are pre-emptive, so the OS runs other threads inside the gap.
     */
    NO_AWAIT("no-await"),
    /** An {@code await asyncio.sleep(gap)} between the read and the write: other coroutines run inside it. */
    AWAIT("await"),
    /** The read, the gap and the write inside a lock ({@code asyncio.Lock} on the loop, a Java lock on threads). */
    LOCK("lock");

    private final String id;

    SharedCounter(String id) {
        this.id = id;
    }

    /** The name on the command line, in JSON and in scenario files. */
    public String id() {
        return id;
    }

    /** The valid ids, for messages. */
    public static String validIds() {
        return "off, no-await, await, lock";
    }

    /**
     * Parses an {@link #id()} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the valid ids
     */
    public static SharedCounter fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (SharedCounter counter : values()) {
            if (counter.id.equals(wanted)) {
                return counter;
            }
        }
        throw new IllegalArgumentException("unknown counter '" + id + "' (valid: " + validIds() + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
