package org.asynclab.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.asynclab.model.TaskTimeline;

/**
 * The tracks of a trace: each thread gets one, plus one more for every task that overlaps others on it, so that
 * no two events of a track overlap (a trace viewer nests the events of one track and would draw overlapping ones
 * wrongly). Tasks are placed in order of start on the free track of their thread that ended first. A thread gets
 * at most {@link #MAX_TRACKS_PER_THREAD} tracks: past that (an event loop with thousands of waiting tasks) a task
 * shares the track that frees first, since a million tracks would help no one read the trace.
 */
final class TraceTracks {
    /** Most tracks of one thread. */
    static final int MAX_TRACKS_PER_THREAD = 256;

    private final int[] trackOf;
    private final List<String> names;

    private TraceTracks(int[] trackOf, List<String> names) {
        this.trackOf = trackOf;
        this.names = names;
    }

    static TraceTracks of(TaskTimeline timeline) {
        int n = timeline.size();
        Integer[] order = new Integer[n];
        int started = 0;
        for (int task = 0; task < n; task++) {
            if (timeline.startedNanos(task) != TaskTimeline.NOT_YET && timeline.lane(task) >= 0) {
                order[started++] = task;
            }
        }
        Integer[] byStart = Arrays.copyOf(order, started);
        Arrays.sort(byStart, (a, b) -> Long.compare(timeline.startedNanos(a), timeline.startedNanos(b)));
        int lanes = timeline.laneCount();
        int[] tracks = new int[lanes];
        List<PriorityQueue<long[]>> busy = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            busy.add(new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0])));
        }
        int[] local = new int[n];
        Arrays.fill(local, -1);
        long now = timeline.nowNanos();
        for (Integer task : byStart) {
            int lane = timeline.lane(task);
            long start = timeline.startedNanos(task);
            long finish = timeline.finishedNanos(task);
            long end = finish == TaskTimeline.NOT_YET ? Math.max(start, now) : finish;
            PriorityQueue<long[]> queue = busy.get(lane);
            boolean reuse = !queue.isEmpty() && (queue.peek()[0] <= start || tracks[lane] == MAX_TRACKS_PER_THREAD);
            long[] slot = reuse ? queue.poll() : new long[] {0, tracks[lane]++};
            slot[0] = Math.max(slot[0], end);
            queue.add(slot);
            local[task] = (int) slot[1];
        }
        int[] firstTrack = new int[lanes];
        List<String> names = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            firstTrack[lane] = names.size();
            int count = Math.max(1, tracks[lane]);
            for (int k = 0; k < count; k++) {
                names.add(k == 0 ? timeline.laneName(lane) : timeline.laneName(lane) + " (" + (k + 1) + ")");
            }
        }
        int[] trackOf = new int[n];
        for (int task = 0; task < n; task++) {
            trackOf[task] = local[task] < 0 ? -1 : firstTrack[timeline.lane(task)] + local[task];
        }
        return new TraceTracks(trackOf, names);
    }

    /** Number of tracks. */
    int count() {
        return names.size();
    }

    /** The name of a track: its thread's name, with a number for a thread's extra tracks. */
    String name(int track) {
        return names.get(track);
    }

    /** The track of a task, or −1 if it never started. */
    int track(int task) {
        return trackOf[task];
    }
}
