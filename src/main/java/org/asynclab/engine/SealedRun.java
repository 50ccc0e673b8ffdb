package org.asynclab.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;

/**
 * A stopped run's instants as they were at its stop: copies of the recording's arrays, which the run's threads
 * that are still ending cannot change, so a Stop can hand out its result at once instead of waiting for a million
 * sleeping threads to wake and end first.
 *
 * <p>Only what happened by {@code end} is kept: an instant a thread wrote after it is dropped, and a task counts
 * as finished only if its finish is in the copy. The arrays are copied in the opposite order of the writes (finish,
 * then start and lane, then submit, with an acquire fence between), so a copied finish implies its start, and a
 * copied start its lane. The completion order is rebuilt from the copied finishes (the ranks taken so far give it
 * a head start, since they are nearly in order), so the two always agree. The copies go into a {@link SealSpace}
 * taken before the run started, so that a Stop allocates nothing large.
 *
 * @param timings   the copied instants and lanes
 * @param order     the tasks finished by the end, in the order of their finish instants
 * @param laneCount the lanes created by the end
 * @param end       the run's end, on its clock
 */
record SealedRun(RunResult.Timings timings, int[] order, int laneCount, long end) {
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    private static final long NOT_YET = TaskTimeline.NOT_YET;

    /**
     * Copies {@code live} as it is now, keeping what happened at or before {@code end}.
     *
     * @param completion the ranks written so far (task ids in the order they took a rank)
     * @param ranked     how many ranks were taken when this is called (a slot may still be unwritten)
     * @param space      where the copies go: its arrays become the sealed run's, its marks are used
     */
    static SealedRun take(RunResult.Timings live, int[] completion, int ranked, int laneCount, long end,
                          SealSpace space) {
        long[] finished = copy(live.finished(), space.finished);
        VarHandle.acquireFence();
        long[] started = copy(live.started(), space.started);
        VarHandle.acquireFence();
        int[] lanes = space.lanes;
        System.arraycopy(live.lanes(), 0, lanes, 0, lanes.length);
        VarHandle.acquireFence();
        long[] submitted = copy(live.submitted(), space.submitted);
        int done = 0;
        for (int task = 0; task < finished.length; task++) {
            if (submitted[task] > end) {
                submitted[task] = NOT_YET;
            }
            if (started[task] > end || started[task] == NOT_YET) {
                started[task] = NOT_YET;
                lanes[task] = -1;
            }
            if (finished[task] > end || started[task] == NOT_YET) {
                finished[task] = NOT_YET;
            } else if (finished[task] != NOT_YET) {
                done++;
            }
        }
        int[] order = orderOf(finished, done, completion, ranked, space.marks);
        return new SealedRun(new RunResult.Timings(submitted, started, finished, lanes), order, laneCount, end);
    }

    private static long[] copy(long[] from, long[] to) {
        System.arraycopy(from, 0, to, 0, to.length);
        return to;
    }

    /**
     * The {@code done} finished tasks, ranked ones first, then sorted by their finish instants.
     *
     * @param placed all false: one mark per task, set for each task placed
     */
    private static int[] orderOf(long[] finished, int done, int[] completion, int ranked, boolean[] placed) {
        int[] order = new int[done];
        int count = 0;
        for (int rank = 0; rank < ranked && count < done; rank++) {
            int task = (int) INTS.getAcquire(completion, rank);
            if (finished[task] != NOT_YET && !placed[task]) {
                placed[task] = true;
                order[count++] = task;
            }
        }
        for (int task = 0; task < finished.length && count < done; task++) {
            if (finished[task] != NOT_YET && !placed[task]) {
                order[count++] = task;
            }
        }
        FinishOrder.sortByFinish(order, finished);
        return order;
    }
}
