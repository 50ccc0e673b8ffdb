package org.asynclab.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A still copy of a {@link TaskTimeline}, made to be filled again and again without allocating: the UI fills one
 * per pulse from a live run and draws from it, so the drawing sees one consistent moment and never touches the
 * workers' storage twice.
 *
 * <pre>{@code
 * private final TimelineSnapshot frame = new TimelineSnapshot();   // one per view, kept
 * // each pulse:
 * run.snapshotInto(frame);            // or frame.fillFrom(result) for a replay
 * if (frame.changed()) { draw(frame); }
 * }</pre>
 *
 * <p>Its arrays grow only when a timeline has more tasks or lanes than any before. Refilling from the same source
 * skips what cannot change any more (the delays, the lane names already copied, tasks already finished), so a
 * pulse over a million tasks copies only the live part.
 */
public final class TimelineSnapshot implements TaskTimeline {
    private long[] delays = new long[0];
    private long[] submitted = new long[0];
    private long[] started = new long[0];
    private long[] finished = new long[0];
    private int[] lanes = new int[0];
    private String[] laneNames = new String[0];
    private int size;
    private int counted;
    private int laneCount;
    private int startedCount;
    private int finishedCount;
    private long now;
    /** The source's stop ({@link TaskTimeline#stoppedNanos()}) as of this snapshot. */
    private long stopped = NOT_YET;
    private TaskKind kind = TaskKind.IO;
    private TaskTimeline source;
    private LockTimeline lock;
    private PhaseTimeline phases;
    private boolean changed;

    /** Creates an empty snapshot (no tasks). */
    public TimelineSnapshot() {
    }

    /**
     * Copies {@code timeline} as it is now. Per task it reads the finish first, then the start, then the submit,
     * so that a live timeline written in the opposite order gives a consistent copy (a finish implies a start).
     * The lanes and the clock are read after the tasks, so every copied lane has its name and every copied
     * instant lies at or before {@link #nowNanos()}.
     */
    public void fillFrom(TaskTimeline timeline) {
        int n = timeline.size();
        boolean sameSource = timeline == source && n == size;
        if (!sameSource) {
            reset(timeline, n);
        }
        int oldStarted = startedCount;
        int oldFinished = finishedCount;
        int nowStarted = 0;
        int nowFinished = 0;
        for (int i = 0; i < n; i++) {
            if (finished[i] != NOT_YET) {
                nowStarted++;
                nowFinished++;
                continue;
            }
            long fin = timeline.finishedNanos(i);
            long sta = timeline.startedNanos(i);
            long sub = timeline.submittedNanos(i);
            submitted[i] = sub;
            started[i] = sta;
            finished[i] = fin;
            lanes[i] = sta == NOT_YET ? -1 : timeline.lane(i);
            nowStarted += sta == NOT_YET ? 0 : 1;
            nowFinished += fin == NOT_YET ? 0 : 1;
        }
        copyLanes(timeline);
        // The lock's record is append-only and safe to read live: it is shared, and drawn up to this snapshot's now.
        lock = timeline.lockTimeline();
        // Phases are published like the lock's holds (see PhaseTimeline), and clipped at this snapshot's now.
        phases = timeline.phaseTimeline();
        counted = timeline.countedTasks();
        long oldNow = now;
        now = timeline.nowNanos();
        stopped = timeline.stoppedNanos();
        startedCount = nowStarted;
        finishedCount = nowFinished;
        changed = !sameSource || nowStarted != oldStarted || nowFinished != oldFinished || now != oldNow;
    }

    private void reset(TaskTimeline timeline, int n) {
        if (delays.length < n) {
            // A traced program's timeline grows a row at a time while it runs: grow by half, not by one.
            int capacity = Math.max(n, delays.length + delays.length / 2);
            delays = new long[capacity];
            submitted = new long[capacity];
            started = new long[capacity];
            finished = new long[capacity];
            lanes = new int[capacity];
        }
        Arrays.fill(finished, 0, n, NOT_YET);
        for (int i = 0; i < n; i++) {
            delays[i] = timeline.delayNanos(i);
        }
        size = n;
        laneCount = 0;
        startedCount = 0;
        finishedCount = 0;
        now = 0;
        kind = timeline.kind();
        source = timeline;
    }

    private void copyLanes(TaskTimeline timeline) {
        int count = timeline.laneCount();
        if (laneNames.length < count) {
            laneNames = Arrays.copyOf(laneNames, Math.max(count, laneNames.length * 2));
        }
        for (int lane = laneCount; lane < count; lane++) {
            laneNames[lane] = timeline.laneName(lane);
        }
        laneCount = count;
    }

    /** Whether the last {@link #fillFrom} saw anything new: another source, a start, a finish or a later clock. */
    public boolean changed() {
        return changed;
    }

    /** Tasks that had started when the snapshot was taken (finished ones included). */
    public int startedCount() {
        return startedCount;
    }

    /** Tasks that had finished when the snapshot was taken. */
    public int finishedCount() {
        return finishedCount;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int countedTasks() {
        return counted;
    }

    @Override
    public long delayNanos(int task) {
        return delays[checked(task)];
    }

    @Override
    public long submittedNanos(int task) {
        return submitted[checked(task)];
    }

    @Override
    public long startedNanos(int task) {
        return started[checked(task)];
    }

    @Override
    public long finishedNanos(int task) {
        return finished[checked(task)];
    }

    @Override
    public int lane(int task) {
        return lanes[checked(task)];
    }

    @Override
    public int laneCount() {
        return laneCount;
    }

    @Override
    public String laneName(int lane) {
        return laneNames[Objects.checkIndex(lane, laneCount)];
    }

    @Override
    public TaskKind kind() {
        return kind;
    }

    @Override
    public long nowNanos() {
        return now;
    }

    @Override
    public long stoppedNanos() {
        return stopped;
    }

    @Override
    public LockTimeline lockTimeline() {
        return lock;
    }

    @Override
    public PhaseTimeline phaseTimeline() {
        return phases;
    }

    /** The arrays may be longer than this timeline: a task past its size must not read a stale entry. */
    private int checked(int task) {
        return Objects.checkIndex(task, size);
    }
}
