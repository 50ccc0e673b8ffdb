package org.asynclab.engine;

/**
 * The memory a run's end needs, taken before its clock starts: the seal's copies of the recording's four arrays,
 * one mark per task (which tasks the completion order holds, then which lanes ran a task), and the room in which
 * the summary sorts the finishes and counts the starts between them for the peak concurrency
 * ({@link PeakConcurrency}).
 *
 * <p>A Stop at a million tasks otherwise asks the heap for about 40 MB while the user waits, and the system for the
 * pages under it: on a loaded machine that took most of its 300 ms. Taken here, a Stop only copies and sorts in
 * memory that is already there. A run that ends by itself uses the marks and the sorting room too; the copies
 * become the result's arrays only when the run is sealed.
 */
final class SealSpace {
    final long[] submitted;
    final long[] started;
    final long[] finished;
    final int[] lanes;
    /** All false until the seal marks the tasks it placed in the completion order. */
    final boolean[] marks;
    final long[] ends;
    final int[] gaps;

    /** The space for a run of {@code n} tasks. */
    SealSpace(int n) {
        submitted = new long[n];
        started = new long[n];
        finished = new long[n];
        lanes = new int[n];
        marks = new boolean[n];
        ends = new long[n];
        gaps = new int[n + 1];
    }
}
