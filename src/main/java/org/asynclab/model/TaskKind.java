package org.asynclab.model;

import java.util.Locale;

/** What a task does for its delay: wait (I/O-bound), compute (CPU-bound) or fetch an HTTP answer (real I/O). */
public enum TaskKind {
    /** The task waits, like {@code await asyncio.sleep(d)}: it needs no core while it waits. */
    IO("io"),
    /** The task computes for about d seconds of one idle core: concurrency cannot hide it. */
    CPU("cpu"),
    /**
     * The task sends an HTTP request to a real server on the loopback interface, which answers after the task's
     * delay: it connects, waits for the answer and reads it, needing no core while it waits (like {@code io}).
     */
    HTTP("http");

    private final String id;

    TaskKind(String id) {
        this.id = id;
    }

    /** The name used on the command line, in JSON and in scenario files. */
    public String id() {
        return id;
    }

    /**
     * Parses {@code io}, {@code cpu} or {@code http} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the valid ids when {@code id} is neither
     */
    public static TaskKind fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (TaskKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + id + "' (valid: io, cpu, http)");
    }

    /** Whether the task waits without a core (io and http): concurrency hides its delay, and it holds no GIL. */
    public boolean waits() {
        return this != CPU;
    }

    @Override
    public String toString() {
        return id;
    }
}
