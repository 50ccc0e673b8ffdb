package org.asynclab.lesson;

import org.asynclab.model.Coordination;
import org.asynclab.model.Limits;

/**
 * The valid range of each setting of a scenario file, in words of no language yet. The figures are those of
 * {@link Limits} and {@link Coordination}, their one home; the English words are the same as theirs, which the
 * command line's own options print, so a file and an option state a range alike (a test holds the two together).
 */
final class Ranges {
    /** Tasks in a run. */
    static final Phrase TASKS = Phrase.of("range.whole", Limits.MIN_TASKS, Limits.MAX_TASKS);
    /** The longest delay, and every delay a file lists. */
    static final Phrase MAX_DELAY = Phrase.of("range.seconds", 0.0, Limits.MAX_DELAY_SECONDS);
    /** Workers of a pool. */
    static final Phrase WORKERS = Phrase.of("range.whole", Limits.MIN_WORKERS, Limits.MAX_WORKERS);
    /** The shared counter's read-to-write gap. */
    static final Phrase GAP = Phrase.of("range.seconds", Coordination.MIN_GAP, Coordination.MAX_GAP);
    /** An asyncio.Semaphore's size, 0 for none. */
    static final Phrase SEMAPHORE = Phrase.of("range.semaphore", 1, Coordination.MAX_SEMAPHORE);
    /** An asyncio.wait_for deadline, 0 for none. */
    static final Phrase DEADLINE = Phrase.of("range.deadline", Coordination.MIN_DEADLINE, Limits.MAX_DELAY_SECONDS);
    /** Tasks in mode threads, one platform thread each. */
    static final Phrase TASKS_IN_THREADS = Phrase.of("range.tasksInThreads", Limits.MAX_THREADS_MODE_TASKS);
    /** Tasks of kind http, two sockets each. */
    static final Phrase TASKS_OF_HTTP = Phrase.of("range.tasksOfHttp", Limits.MAX_HTTP_TASKS);

    private Ranges() {
    }

    /** A size in whole megabytes, as {@link Limits#megabytes} writes it: {@code 32 MB}. */
    static Phrase megabytes(long bytes) {
        return Phrase.of("size.megabytes", bytes >> 20);
    }
}
