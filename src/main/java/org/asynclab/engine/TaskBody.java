package org.asynclab.engine;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import org.asynclab.model.TaskKind;
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
    private final BlockingFetch fetch;

    /**
     * @param cpu        the calibrated work, or null for I/O tasks
     * @param globalLock the run's simulated GIL, or null
     * @param fetch      what an http task does (it records its own finish), or null for the other kinds
     */
    TaskBody(Recording recording, Workload workload, TaskKind kind, CpuWork cpu, Lock globalLock,
             StopSignal stop, BlockingFetch fetch) {
        this.recording = recording;
        this.workload = workload;
        this.kind = kind;
        this.cpu = cpu;
        this.globalLock = globalLock;
        this.stop = stop;
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
            recording.start(task, lane);
            if (kind == TaskKind.HTTP) {
                return fetch.fetch(task);
            }
            long delay = workload.delayNanos(task);
            boolean done = kind == TaskKind.IO ? waitFor(delay) : cpu.compute(delay, stop, globalLock, ledger, task);
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
}
