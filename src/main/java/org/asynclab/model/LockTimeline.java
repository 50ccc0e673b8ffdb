package org.asynclab.model;

/**
 * When the tasks of a run that simulates CPython's GIL held the run's one lock, and how long each waited for it.
 * Each hold is one chunk of computation (about 2 ms), from the moment its task got the lock to the moment it let
 * go; holds are numbered in the order they happened, and since only one task holds the lock at a time, they never
 * overlap and their starts and ends both grow with their number. Read live, like {@link TaskTimeline}: a hold
 * below {@link #holdCount()} is complete and never changes.
 *
 * <p>A task that has started and not finished, and holds no lock at a moment, is waiting for the lock then: the
 * gaps between its holds, its time before the first and, once it finished, after the last. A thread taken off its
 * core between letting go and asking again is not computing either; its wait counts that time too.
 */
public interface LockTimeline {

    /** Holds recorded so far. */
    int holdCount();

    /** The task of hold {@code hold} (0 … {@link #holdCount()} − 1). */
    int holdTask(int hold);

    /** When hold {@code hold} began (its task got the lock), in nanoseconds from the run's start. */
    long holdStartNanos(int hold);

    /** When hold {@code hold} ended (its task let the lock go), in nanoseconds from the run's start. */
    long holdEndNanos(int hold);

    /**
     * How long {@code task} has waited for the lock so far, in nanoseconds: from its start to its last release, the
     * time it did not hold it, and once it finished, its bar less its holds.
     */
    long lockWaitNanos(int task);

    /**
     * Whether every hold was kept. A run with more chunks of computation than the record has room for (hundreds of
     * thousands) keeps the first ones only; the waiting times are complete either way.
     */
    boolean holdsComplete();
}
