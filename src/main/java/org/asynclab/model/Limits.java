package org.asynclab.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The valid ranges of a run's settings, and their checks. Each check returns the problem in words (naming the
 * valid range) or empty; the UI marks fields with them, {@link RunConfig} refuses to exist without them.
 */
public final class Limits {
    /** Fewest tasks in a run. */
    public static final int MIN_TASKS = 1;
    /** Most tasks in a run. */
    public static final int MAX_TASKS = 1_000_000;
    /** Most tasks in {@link Mode#THREADS}: each is a platform thread, and the OS runs out of them long before. */
    public static final int MAX_THREADS_MODE_TASKS = 20_000;
    /** Longest max delay, in seconds. */
    public static final double MAX_DELAY_SECONDS = 3600;
    /** Fewest workers in a pool. */
    public static final int MIN_WORKERS = 1;
    /** Most workers in a pool. */
    public static final int MAX_WORKERS = 10_000;
    /** Workers of a pool when none is given. */
    public static final int DEFAULT_WORKERS = 4;

    private Limits() {
    }

    /** Checks a task count on its own. */
    public static Optional<String> checkTasks(long tasks) {
        if (tasks < MIN_TASKS || tasks > MAX_TASKS) {
            return Optional.of("must be a whole number from " + MIN_TASKS + " to " + grouped(MAX_TASKS));
        }
        return Optional.empty();
    }

    /** Checks a task count for a mode: one platform thread per task has a lower ceiling. */
    public static Optional<String> checkTasks(long tasks, Mode mode) {
        Optional<String> plain = checkTasks(tasks);
        if (plain.isPresent() || mode != Mode.THREADS || tasks <= MAX_THREADS_MODE_TASKS) {
            return plain;
        }
        return Optional.of("must be at most " + grouped(MAX_THREADS_MODE_TASKS) + " in mode threads (one platform"
                + " thread per task);"
                + " use pool or virtual for more");
    }

    // http tasks (issue 12): each waiting request holds a client socket and a server socket in one process, and
    // the file-descriptor limit here is 20,000 (ulimit -n).
    /** The most http tasks in one run: each holds two sockets while it waits. */
    public static final int MAX_HTTP_TASKS = 10_000;

    /** Checks a task count for a kind of task: http tasks have a lower ceiling. */
    public static Optional<String> checkTasks(long tasks, TaskKind kind) {
        if (kind != TaskKind.HTTP || tasks <= MAX_HTTP_TASKS) {
            return Optional.empty();
        }
        return Optional.of("must be at most " + grouped(MAX_HTTP_TASKS)
                + " for http tasks (two sockets each, on a limit of open files)");
    }

    /** Checks a max delay in seconds: 0 to 3600, decimals allowed, never NaN or infinite. */
    public static Optional<String> checkMaxDelay(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0 || seconds > MAX_DELAY_SECONDS) {
            return Optional.of("must be a number of seconds from 0 to " + (long) MAX_DELAY_SECONDS
                    + " (decimals allowed)");
        }
        return Optional.empty();
    }

    /** Checks a pool's worker count. */
    public static Optional<String> checkWorkers(long workers) {
        if (workers < MIN_WORKERS || workers > MAX_WORKERS) {
            return Optional.of("must be a whole number from " + MIN_WORKERS + " to " + grouped(MAX_WORKERS));
        }
        return Optional.empty();
    }

    // --- issue 13 (branch files): limits on what is read and drawn, and their numbers in words -----------------

    /** Largest scenario file read: room for a million written-out delays, far from what memory cannot take. */
    public static final long MAX_SCENARIO_BYTES = 32L << 20;
    /** Most pixels in one picture (width × height × scale²): 64 megapixels, 256 MB as ARGB, under the heap. */
    public static final long MAX_PICTURE_PIXELS = 64_000_000L;

    /** {@code 0.0010} as {@code 0.001} and {@code 10.0} as {@code 10}: how limits in seconds read in messages. */
    public static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** {@code 1000000} as {@code 1,000,000}: how the limits read in messages. */
    public static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** A size in bytes as a person reads it, e.g. {@code 32 MB}. */
    public static String megabytes(long bytes) {
        return grouped(bytes >> 20) + " MB";
    }
}
