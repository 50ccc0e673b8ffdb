package org.asynclab.model;

import java.util.Locale;

/** What a task does for its delay: wait (I/O-bound) or compute (CPU-bound). */
public enum TaskKind {
    /** The task waits, like {@code await asyncio.sleep(d)}: it needs no core while it waits. */
    IO("io"),
    /** The task computes for about d seconds of one idle core: concurrency cannot hide it. */
    CPU("cpu");

    private final String id;

    TaskKind(String id) {
        this.id = id;
    }

    /** The name used on the command line, in JSON and in scenario files. */
    public String id() {
        return id;
    }

    /**
     * Parses {@code io} or {@code cpu} (case-insensitive).
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
        throw new IllegalArgumentException("unknown kind '" + id + "' (valid: io, cpu)");
    }

    @Override
    public String toString() {
        return id;
    }
}
