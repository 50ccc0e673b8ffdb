package org.asynclab.engine;

import java.util.concurrent.locks.LockSupport;
import org.asynclab.model.Coordination;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;

/**
 * The event loop of the course's later lessons: the same loop as {@link EventLoopExecutor} (a ready queue run in
 * passes, timers, one thread), with tasks that have more than one step. Each task is the coroutine
 *
 * <pre>{@code
 * async def task(d):
 *     async with semaphore:                        # if --semaphore k: at most k tasks in their wait
 *         await asyncio.wait_for(sleep(d), deadline)  # if --deadline: cancelled when d > deadline
 *     value = counter                              # if --counter: the read …
 *     await asyncio.sleep(gap)                     # … an await (or, with no-await, time.sleep(gap)) …
 *     counter = value + 1                          # … and the write; with lock: inside "async with lock:"
 * }</pre>
 *
 * <p>What a task does next is its stage; the ready queue and the timers hold task ids. The semaphore and the lock
 * are asyncio's: a FIFO of waiting tasks, and a release wakes the first one on the loop's next pass. A computing
 * task never awaits, so no deadline can cancel it (asyncio's {@code wait_for} cannot either): it runs to its end.
 */
final class CoordinatedLoopExecutor extends SingleLaneExecutor {
    private static final byte START = 0;
    private static final byte GOT_SEMAPHORE = 1;
    private static final byte WAITED = 2;
    private static final byte GOT_LOCK = 3;
    private static final byte WRITE = 4;

    private final Coordination rules;
    private final SharedState shared;
    private final PhaseRecording phases;
    private final ReadyQueue ready;
    private final TimerQueue timers;
    private final ReadyQueue semaphoreWaiters;
    private final ReadyQueue lockWaiters;
    private final byte[] stage;
    private final int[] readValue;
    private final int[] readWindow;
    private int permits;
    private boolean lockHeld;

    CoordinatedLoopExecutor(RunParts parts) {
        super(parts, "event-loop");
        shared = parts.shared();
        rules = shared.rules();
        phases = shared.phases();
        int n = parts.tasks();
        ready = new ReadyQueue(n);
        timers = new TimerQueue(n);
        semaphoreWaiters = new ReadyQueue(n);
        lockWaiters = new ReadyQueue(n);
        stage = new byte[n];
        readValue = new int[n];
        readWindow = new int[n];
        permits = rules.semaphore();
    }

    @Override
    void runLane(int lane) {
        Recording recording = parts.recording();
        StopSignal stop = parts.stop();
        for (int task = 0; task < parts.tasks(); task++) {
            if (stop.isStopped()) {
                return;
            }
            recording.submit(task);
            ready.add(task);
        }
        while (!stop.isStopped()) {
            for (int todo = ready.size(); todo > 0 && !stop.isStopped(); todo--) {
                step(ready.poll(), lane);
            }
            timers.settle();
            long now = recording.now();
            while (!timers.isEmpty() && timers.firstDeadline() <= now) {
                ready.add(timers.pop());
            }
            if (ready.isEmpty()) {
                if (timers.isEmpty()) {
                    return;
                }
                LockSupport.parkNanos(this, timers.firstDeadline() - now);
            }
        }
    }

    private void step(int task, int lane) {
        switch (stage[task]) {
            case START -> start(task, lane);
            case GOT_SEMAPHORE -> beginWait(task, parts.recording().now());
            case WAITED -> afterWait(task);
            case GOT_LOCK -> readAndYield(task);
            case WRITE -> write(task);
            default -> throw new IllegalStateException("unknown stage " + stage[task] + " of task " + task);
        }
    }

    private void start(int task, int lane) {
        long startedAt = parts.recording().start(task, lane);
        if (rules.semaphore() == 0) {
            beginWait(task, startedAt);
        } else if (permits > 0) {
            permits--;
            beginWait(task, startedAt);
        } else {
            phases.begin(task, Phase.SEMAPHORE_WAIT, startedAt, PhaseTimeline.NO_LINE, "async with semaphore:");
            semaphoreWaiters.add(task);
        }
    }

    /** The task's wait: a timer at its delay, or at its deadline when that comes first; or its computation. */
    private void beginWait(int task, long now) {
        long delay = parts.workload().delayNanos(task);
        stage[task] = WAITED;
        if (parts.config().kind() != TaskKind.IO) {
            phases.begin(task, Phase.RUNNING, now);
            try {
                if (parts.cpu().compute(delay, parts.stop(), null)) {
                    afterWait(task);
                }
            } catch (InterruptedException stopped) {
                // the run is stopping: the loop sees the flag
            }
            return;
        }
        phases.begin(task, Phase.WAITING, now);
        long wait = Math.min(delay, rules.deadlineNanos());
        if (wait == 0) {
            ready.add(task);
        } else {
            timers.push(now + wait, task);
        }
    }

    private void afterWait(int task) {
        releaseSemaphore();
        boolean pastDeadline = parts.config().kind() == TaskKind.IO
                && rules.cancels(parts.workload().delayNanos(task));
        if (pastDeadline) {
            // its deadline's timer came first: cancelled when the loop got to it, at its deadline or later
            finish(task, TaskOutcome.CANCELLED);
            return;
        }
        switch (rules.counter()) {
            case OFF -> finish(task, TaskOutcome.DONE);
            case NO_AWAIT -> readBlockWrite(task);
            case AWAIT -> readAndYield(task);
            case LOCK -> {
                if (lockHeld) {
                    phases.begin(task, Phase.LOCK_WAIT, parts.recording().now(), PhaseTimeline.NO_LINE,
                            "async with lock:");
                    lockWaiters.add(task);
                } else {
                    lockHeld = true;
                    readAndYield(task);
                }
            }
            default -> throw new IllegalStateException("unknown counter " + rules.counter());
        }
    }

    /** asyncio's Semaphore.release: the first waiter (if any) goes on in the next pass, else a permit is back. */
    private void releaseSemaphore() {
        if (rules.semaphore() == 0) {
            return;
        }
        if (semaphoreWaiters.isEmpty()) {
            permits++;
        } else {
            int next = semaphoreWaiters.poll();
            stage[next] = GOT_SEMAPHORE;
            ready.add(next);
        }
    }

    /** No await between the read and the write: the gap blocks the loop, and no other task can run in it. */
    private void readBlockWrite(int task) {
        Recording recording = parts.recording();
        long readAt = recording.now();
        int value = shared.read();
        int window = phases.begin(task, Phase.READ_WRITE, readAt, PhaseTimeline.NO_LINE, "read " + value);
        long until = System.nanoTime() + rules.counterGapNanos();
        for (long left = rules.counterGapNanos(); left > 0 && !parts.stop().isStopped();
                left = until - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
        if (parts.stop().isStopped()) {
            return;
        }
        shared.write(value + 1);
        phases.end(task, window, recording.now());
        finish(task, TaskOutcome.DONE);
    }

    /** The read, then {@code await asyncio.sleep(gap)}: the loop runs other tasks before the write. */
    private void readAndYield(int task) {
        long readAt = parts.recording().now();
        int value = shared.read();
        readValue[task] = value;
        readWindow[task] = phases.begin(task, Phase.READ_WRITE, readAt, PhaseTimeline.NO_LINE, "read " + value);
        stage[task] = WRITE;
        long gap = rules.counterGapNanos();
        if (gap == 0) {
            ready.add(task);
        } else {
            timers.push(readAt + gap, task);
        }
    }

    private void write(int task) {
        shared.write(readValue[task] + 1);
        phases.end(task, readWindow[task], parts.recording().now());
        if (rules.counter() == SharedCounter.LOCK) {
            if (lockWaiters.isEmpty()) {
                lockHeld = false;
            } else {
                // handed over: the first waiter holds the lock from now and runs in the next pass
                int next = lockWaiters.poll();
                stage[next] = GOT_LOCK;
                ready.add(next);
            }
        }
        finish(task, TaskOutcome.DONE);
    }

    private void finish(int task, TaskOutcome outcome) {
        long at = parts.recording().now();
        phases.finish(task, outcome, at);
        parts.recording().finish(task, at);
    }
}
