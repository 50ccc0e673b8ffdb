package org.asynclab.engine;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import org.asynclab.model.Coordination;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;

/**
 * What one task does on a thread of its own lane (every mode but the event loop, which runs its tasks in steps):
 * record its start, wait, compute or fetch (http)
 * for its delay, record its finish.
 */
final class TaskBody {
    private final Recording recording;
    private final Workload workload;
    private final TaskKind kind;
    private final CpuWork cpu;
    private final Lock globalLock;
    private final LockLedger ledger;
    private final StopSignal stop;
    private final SharedState shared;
    private final BlockingFetch fetch;

    /**
     * @param cpu        the calibrated work, or null for I/O tasks
     * @param globalLock the run's simulated GIL, or null
     * @param shared     what a course lesson's tasks share (counter, deadline), or null for a plain run
     * @param fetch      what an http task does (it records its own finish), or null for the other kinds
     */
    TaskBody(Recording recording, Workload workload, TaskKind kind, CpuWork cpu, Lock globalLock,
             StopSignal stop, SharedState shared, BlockingFetch fetch) {
        this.recording = recording;
        this.workload = workload;
        this.kind = kind;
        this.cpu = cpu;
        this.globalLock = globalLock;
        this.stop = stop;
        this.shared = shared;
        this.fetch = fetch;
        // Every hold of the simulated GIL is recorded, so that a chart can tell waiting for it from computing.
        this.ledger = globalLock == null ? null : recording.useLedger(new LockLedger(workload, recording));
    }

    /**
     * Waits {@code nanos} like {@code asyncio.sleep}: parked, needing no core. An unpark or an interrupt wakes it
     * early to look at the stop flag; waking a parked thread that way costs far less than the
     * {@code InterruptedException} of {@code Thread.sleep}, which matters when 10,000 virtual threads stop at once.
     *
     * @return true when the time is up; false when the run was stopped (or the thread interrupted) meanwhile
     */
    private boolean waitFor(long nanos) {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            if (stop.isStopped() || Thread.interrupted()) {
                return false;
            }
            LockSupport.parkNanos(stop, left);
        }
        return true;
    }

    /**
     * Runs {@code task} on {@code lane}. Being stopped is a normal end: an interrupt or the stop flag ends the
     * task unfinished; anything else thrown is recorded as the run's failure, which stops the run.
     *
     * @return true when the task finished and the lane may take another; false when the run is stopping
     */
    boolean run(int task, int lane) {
        try {
            if (stop.isStopped()) {
                return false;
            }
            long startedAt = recording.start(task, lane);
            if (kind == TaskKind.HTTP) {
                return fetch.fetch(task, startedAt);
            }
            long delay = workload.delayNanos(task);
            if (shared != null) {
                return runShared(task, startedAt, delay);
            }
            boolean done = kind == TaskKind.IO ? waitFor(delay)
                    : cpu.compute(delay, stop, globalLock, ledger, task, CpuWork.NO_DEADLINE);
            if (!done) {
                return false;
            }
            recording.finish(task);
            return true;
        } catch (InterruptedException stopped) {
            return false;
        } catch (RuntimeException | Error problem) {
            stop.fail(problem);
            return false;
        }
    }

    /**
     * A course lesson's task: its wait (cut at its deadline, like {@code asyncio.wait_for}, and then cancelled),
     * then its update of the shared counter, each recorded as a phase.
     *
     * <p>The thread keeps its own deadline: it waits (or computes) until its wait's end or its deadline, whichever
     * comes first, and the clock decides which, however late its thread wakes: a wait longer than the deadline is
     * cancelled (recorded when its thread woke: at its deadline on a quiet machine); one that ends first is done.
     * (Until 30 Nov 2026 a timer thread interrupted the tasks; 60-400 ms late on a loaded machine, it let tasks of
     * 0.5-0.7 s end "done" under a deadline of 0.5 s.)
     */
    private boolean runShared(int task, long startedAt, long delay) throws InterruptedException {
        PhaseRecording phases = shared.phases();
        Coordination rules = shared.rules();
        phases.begin(task, kind == TaskKind.IO ? Phase.WAITING : Phase.RUNNING, startedAt);
        long deadlineAt = rules.hasDeadline() ? startedAt + rules.deadlineNanos() : Long.MAX_VALUE;
        boolean done;
        try {
            // The wait ends its delay after the task's start, whatever the set-up above cost.
            long wait = Math.min(delay, rules.deadlineNanos());
            done = kind == TaskKind.IO ? waitFor(wait - (recording.now() - startedAt))
                    : cpu.compute(delay, stop, globalLock, ledger, task, clockAt(deadlineAt));
        } catch (InterruptedException interrupted) {
            done = false;
        }
        boolean pastDeadline = !stop.isStopped() && rules.hasDeadline()
                && (kind == TaskKind.IO ? rules.cancels(delay) : !done);
        if (pastDeadline) {
            // asyncio.wait_for's TimeoutError: the task is cancelled, and its lane goes on; recorded when its thread
            // got there, its deadline or later (a late wake-up is time the run took, as the loop's late timer is)
            long at = recording.now();
            phases.finish(task, TaskOutcome.CANCELLED, at);
            recording.finish(task, at);
            return true;
        }
        try {
            if (done && rules.hasCounter()) {
                done = updateCounter(task);
            }
        } catch (InterruptedException stopped) {
            done = false;
        }
        if (!done) {
            phases.finish(task, TaskOutcome.CANCELLED, recording.now());
            return false;
        }
        long at = recording.now();
        phases.finish(task, TaskOutcome.DONE, at);
        recording.finish(task, at);
        return true;
    }

    /** {@code at} on the run's clock as an instant of {@link System#nanoTime()}; none stays none. */
    private long clockAt(long at) {
        return at == Long.MAX_VALUE ? CpuWork.NO_DEADLINE : System.nanoTime() + (at - recording.now());
    }

    /**
     * {@code value = counter; <gap>; counter = value + 1}: threads are pre-emptive, so other threads run inside the
     * gap whether or not the Python code would have an {@code await} there; only the lock keeps them out. The
     * READ_WRITE phase begins before the read and ends after the write, so it holds both.
     */
    private boolean updateCounter(int task) throws InterruptedException {
        PhaseRecording phases = shared.phases();
        boolean locked = shared.rules().counter() == SharedCounter.LOCK;
        if (locked) {
            phases.begin(task, Phase.LOCK_WAIT, recording.now(), PhaseTimeline.NO_LINE, "with lock:");
            shared.lock().lockInterruptibly();
        }
        try {
            long readAt = recording.now();
            int value = shared.read();
            int window = phases.begin(task, Phase.READ_WRITE, readAt, PhaseTimeline.NO_LINE, "read " + value);
            if (!waitFor(shared.rules().counterGapNanos())) {
                return false;
            }
            shared.write(value + 1);
            phases.end(task, window, recording.now());
            return true;
        } finally {
            if (locked) {
                shared.lock().unlock();
            }
        }
    }
}
