package org.asynclab.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a run executes its tasks. Each mode is a real executor in the engine; the id is the name used on
 * the command line, in JSON and in scenario files.
 */
public enum Mode {
    /** One after another on one thread: the {@code await} inside a {@code for} loop. */
    SEQUENTIAL("sequential", "Sequential"),
    /** One thread, non-blocking, like asyncio: waiting tasks wait together, computing tasks block the loop. */
    EVENT_LOOP("event-loop", "Event loop"),
    /** One platform thread per task. */
    THREADS("threads", "Threads"),
    /** A fixed pool of K platform threads; tasks queue for a worker. */
    POOL("pool", "Pool"),
    /** One virtual thread per task. */
    VIRTUAL("virtual", "Virtual threads");

    private final String id;
    private final String english;

    Mode(String id, String english) {
        this.id = id;
        this.english = english;
    }

    /**
     * The mode's name for reading, in English, as the window's English names it ("Event loop", "Virtual threads"):
     * the command line's pictures and sentences, whose words are English. The window reads its bundle's.
     */
    public String englishName() {
        return english;
    }

    /**
     * The mode's name for reading with the pool's size, the one rule of the command line's words and of the English
     * window's ({@code chart.pool}): "Pool of 4", "Pool of 10,000", "Event loop" (no size but the pool's). The
     * titles had said "Pool of 4 workers", the command line's tables "pool of 4", the sweep's legend "Pool of 4";
     * the short one, as a French settings line at 1024×768 has room for it, and the Workers setting names them.
     */
    public String englishName(int workers) {
        return this == POOL ? String.format(Locale.ROOT, "%s of %,d", english, workers) : english;
    }

    /** The name used on the command line, in JSON and in scenario files. */
    public String id() {
        return id;
    }

    /** Whether tasks may overlap in time in this mode. */
    public boolean isConcurrent() {
        return this != SEQUENTIAL;
    }

    /** The comma-separated list of valid ids, for messages. */
    public static String validIds() {
        return Arrays.stream(values()).map(Mode::id).collect(Collectors.joining(", "));
    }

    /**
     * Parses an id such as {@code event-loop} (case-insensitive; {@code event_loop} is accepted too).
     *
     * @throws IllegalArgumentException naming the valid ids when {@code id} is none of them
     */
    public static Mode fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Mode mode : values()) {
            if (mode.id.equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + id + "' (valid: " + validIds() + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
