package org.asynclab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What tells one run's settings apart from another's, most telling first: the kind of task, the course's setting
 * (shared counter, then semaphore, then deadline), the pool's size, n, the max delay, the seed, the simulated global
 * lock. The one home of that rule: the window words these in its language ({@code RunTitles}), the command line in
 * its own (a comparison of two event-loop runs is "event-loop · counter await" beside "event-loop · counter lock",
 * not "event-loop / event-loop").
 */
public enum RunDifference {
    /** I/O beside cpu. */
    KIND,
    /** The shared counter's coordination differs. */
    COUNTER,
    /** The semaphore's size differs. */
    SEMAPHORE,
    /** The deadline differs. */
    DEADLINE,
    /** Both are pools, of other sizes. */
    WORKERS,
    /** The number of tasks. */
    TASKS,
    /** The max delay. */
    MAX_DELAY,
    /** The seed. */
    SEED,
    /** The simulated global lock on in one only. */
    GLOBAL_LOCK;

    /** What differs between {@code mine} and {@code theirs}, most telling first; empty when the settings match. */
    public static List<RunDifference> between(RunConfig mine, RunConfig theirs) {
        List<RunDifference> out = new ArrayList<>();
        Coordination a = mine.coordination();
        Coordination b = theirs.coordination();
        add(out, KIND, mine.kind() != theirs.kind());
        // the course's setting: one only, the first that differs
        if (a.counter() != b.counter()) {
            out.add(COUNTER);
        } else if (a.semaphore() != b.semaphore()) {
            out.add(SEMAPHORE);
        } else if (a.deadlineSeconds() != b.deadlineSeconds()) {
            out.add(DEADLINE);
        }
        add(out, WORKERS, mine.mode() == Mode.POOL && theirs.mode() == Mode.POOL && mine.workers() != theirs.workers());
        add(out, TASKS, mine.tasks() != theirs.tasks());
        add(out, MAX_DELAY, mine.maxDelaySeconds() != theirs.maxDelaySeconds());
        add(out, SEED, mine.seed() != theirs.seed());
        add(out, GLOBAL_LOCK, mine.globalLock() != theirs.globalLock());
        return out;
    }

    /**
     * The course's settings {@code mine} has (shared counter, semaphore, deadline, simulated GIL), and beside
     * {@code theirs} (null for none) those only the other has: what a picture's title names, as it has no settings
     * line beside it (export10: a picture of the semaphore lesson lost its "semaphore 4").
     */
    public static List<RunDifference> courseSettings(RunConfig mine, RunConfig theirs) {
        Coordination a = mine.coordination();
        Coordination b = theirs == null ? Coordination.NONE : theirs.coordination();
        List<RunDifference> out = new ArrayList<>();
        add(out, COUNTER, a.hasCounter() || b.hasCounter());
        add(out, SEMAPHORE, a.semaphore() > 0 || b.semaphore() > 0);
        add(out, DEADLINE, a.hasDeadline() || b.hasDeadline());
        add(out, GLOBAL_LOCK, mine.globalLock() || theirs != null && theirs.globalLock());
        return out;
    }

    private static void add(List<RunDifference> out, RunDifference difference, boolean differs) {
        if (differs) {
            out.add(difference);
        }
    }
}
