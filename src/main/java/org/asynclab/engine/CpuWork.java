package org.asynclab.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Calibrated busy work: "compute for d seconds of one idle core". The rate of the work loop is measured once
 * (about 200 ms, {@link #measureRate}) and a task of delay d then does {@code d × rate} iterations, the same amount
 * in every mode, so on 2 cores four computing threads take about twice as long as two: concurrency cannot hide
 * computation.
 *
 * <p>The work is cut into chunks of about 2 ms. Between chunks it checks the run's stop flag, and, when the run
 * simulates CPython's GIL, it takes the run's one fair lock around each chunk and releases it between chunks, so
 * threads interleave but never compute at the same time.
 */
final class CpuWork {
    /** The deadline of a computation that has none. */
    static final long NO_DEADLINE = Long.MAX_VALUE;
    /** Length of one chunk of work, in nanoseconds of an idle core. */
    static final long CHUNK_NANOS = 2_000_000L;

    /** The calibration's longest time, on a machine where compiling is slow. */
    private static final long MAX_CALIBRATION_NANOS = 600_000_000L;
    private static final Object CALIBRATION_LOCK = new Object();
    private static volatile CpuWork shared;
    /** Keeps the work loop's result alive, so the JIT cannot drop the loop. */
    private static volatile long sink;

    private final double iterationsPerNano;
    private final long chunkIterations;

    /** Work that does {@code iterationsPerNano} loop iterations per nanosecond of an idle core. */
    CpuWork(double iterationsPerNano) {
        if (!(iterationsPerNano > 0) || Double.isInfinite(iterationsPerNano)) {
            throw new IllegalArgumentException("iterations per nanosecond must be positive, got " + iterationsPerNano);
        }
        this.iterationsPerNano = iterationsPerNano;
        this.chunkIterations = Math.max(1, Math.round(CHUNK_NANOS * iterationsPerNano));
    }

    /** The work calibrated on this machine, measured on first use and then kept for every run of this JVM. */
    static CpuWork calibrated() {
        CpuWork work = shared;
        if (work == null) {
            synchronized (CALIBRATION_LOCK) {
                work = shared;
                if (work == null) {
                    work = new CpuWork(measureRate());
                    shared = work;
                }
            }
        }
        return work;
    }

    /**
     * Measures the loop's rate as {@link CpuCalibration} decides: the bare loop in 5 ms samples until the JIT has
     * compiled it (about 60 ms), then 20 ms samples of a task's own work, keeping the fastest (about 120 ms more).
     * At most 600 ms in all, when compilation is slow on a busy machine.
     *
     * <p>A sample's time is the thread's CPU time where the JVM can read it, not the wall clock: on a machine
     * loaded 8 times over its cores, a thread taken off its core during every 5 ms sample rated the loop far too
     * slow, and "3 s of work" then computed in under 0.3 s (a task ended before its deadline of 0.3 s; CPU tasks
     * ended before their delays). So a task does the same work under load, and takes longer.
     */
    static double measureRate() {
        long begin = System.nanoTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        CpuCalibration calibration = new CpuCalibration();
        double bestByWall = 0;
        boolean more = true;
        StopSignal never = new StopSignal();
        while (more && System.nanoTime() - begin < MAX_CALIBRATION_NANOS) {
            long start = System.nanoTime();
            long cpuStart = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
            long ran;
            if (calibration.precise()) {
                CpuWork work = new CpuWork(calibration.warmRate());
                ran = work.iterationsFor(CpuCalibration.PRECISE_SAMPLE_NANOS);
                if (!work.computeUnlocked(CpuCalibration.PRECISE_SAMPLE_NANOS, never)) {
                    break; // an interrupted thread keeps the warm-up's rate
                }
            } else {
                ran = bareLoop();
            }
            long spent = cpuClock ? threads.getCurrentThreadCpuTime() - cpuStart : System.nanoTime() - start;
            bestByWall = Math.max(bestByWall, ran / (double) Math.max(1, System.nanoTime() - start));
            more = calibration.offer(ran, spent);
        }
        double rate = calibration.rate();
        return rate > 0 ? rate : bestByWall;
    }

    /** One warm-up sample: the bare loop for about 5 ms of wall time; the iterations it did. */
    private static long bareLoop() {
        long iterations = 1 << 14;
        long start = System.nanoTime();
        long ran = 0;
        while (System.nanoTime() - start < CpuCalibration.WARM_SAMPLE_NANOS) {
            sink += burn(iterations, sink);
            ran += iterations;
        }
        return ran;
    }

    /** The work loop: a xorshift generator, whose steps depend on each other and cannot be folded away. */
    static long burn(long iterations, long seed) {
        long x = seed | 1;
        for (long i = 0; i < iterations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    /** Loop iterations for {@code nanos} of one idle core. */
    long iterationsFor(long nanos) {
        return Math.round(nanos * iterationsPerNano);
    }

    /**
     * Computes for {@code nanos} of one idle core, chunk by chunk.
     *
     * @param globalLock the run's simulated GIL, taken around each chunk, or null
     * @return true when the work is done; false when the run was stopped (or the thread interrupted) between two
     *         chunks
     * @throws InterruptedException when the run was stopped while waiting for the lock
     */
    boolean compute(long nanos, StopSignal stop, Lock globalLock) throws InterruptedException {
        return compute(nanos, stop, globalLock, null, -1, NO_DEADLINE);
    }

    /** {@link #compute(long, StopSignal, Lock)} without a global lock, which cannot wait for one. */
    private boolean computeUnlocked(long nanos, StopSignal stop) {
        try {
            return compute(nanos, stop, null, null, -1, NO_DEADLINE);
        } catch (InterruptedException e) {
            throw new AssertionError("no lock, no wait", e);
        }
    }

    /**
     * {@link #compute(long, StopSignal, Lock)}, recording each hold of the global lock in {@code ledger} (if not
     * null) as {@code task}'s: when it asked, got and let go of the lock, read while it holds it.
     *
     * @param until the deadline on {@link System#nanoTime()}'s clock, or {@link #NO_DEADLINE}: past it, between two
     *              chunks, in the wait for the lock or just after the last chunk, the work is abandoned (false)
     */
    boolean compute(long nanos, StopSignal stop, Lock globalLock, LockLedger ledger, int task, long until)
            throws InterruptedException {
        long remaining = iterationsFor(nanos);
        long x = remaining;
        ChunkClock clock = ChunkClock.forThisThread();
        long chunkSize = chunkIterations;
        while (remaining > 0) {
            if (stop.isStopped() || Thread.currentThread().isInterrupted() || past(until)) {
                return false;
            }
            long chunk = Math.min(remaining, chunkSize);
            if (globalLock == null) {
                clock.begin();
                x = burn(chunk, x);
                clock.end(chunk == chunkSize);
            } else {
                long asked = ledger == null ? 0 : ledger.now();
                if (!take(globalLock, until)) {
                    return false;
                }
                try {
                    long got = ledger == null ? 0 : ledger.now();
                    clock.begin();
                    x = burn(chunk, x);
                    clock.end(chunk == chunkSize);
                    if (ledger != null) {
                        ledger.held(task, asked, got, ledger.now());
                    }
                } finally {
                    globalLock.unlock();
                }
            }
            remaining -= chunk;
            double faster = clock.fasterThanRated();
            if (faster > 1) {
                // what is left, and the chunks, to the rate the chunks ran at: a chunk stays 2 ms of computing (the
                // GIL's turns, the stop's latency and the lock ledger's room are counted in such chunks)
                remaining = Math.round(remaining * faster);
                chunkSize = Math.max(1, Math.round(chunkSize * faster));
                correct(faster);
            }
        }
        sink = x;
        return !past(until);
    }

    /**
     * The shared rate, {@code faster} times this one's, for the runs to come: the chunks of this work ran that much
     * faster than it was rated. Once per rating: another task of the same run finding the same leaves it.
     */
    private void correct(double faster) {
        synchronized (CALIBRATION_LOCK) {
            if (shared == this) {
                shared = new CpuWork(iterationsPerNano * faster);
            }
        }
    }

    /**
     * A platform thread's CPU time around each whole chunk, to catch a rate too slow. A calibration taken while the
     * JIT had not yet compiled the loop (a machine so loaded that its compiler thread waited past the calibration's
     * 600 ms) rated it some 20 times too slow, and "3 s of work" ended in 0.15 s. One taken while another program
     * loaded the machine rated it a fifth too slow (a virtual machine's thread clock counts the time the host gave
     * its core to others, and a core shared with a busy neighbour computes slower): the window's GIL lesson, run once
     * the machine was quiet again, read "total 1.65 s" under its "ideal 2.00 s", four tasks of 0.5 s computing 0.41 s
     * each. When {@value #FAST_CHUNKS} chunks in a row took less than {@link #FAST} of the CPU time they stand for,
     * the work left and the chunks are scaled by how much faster the fastest of them ran, and the shared rate with
     * them: the rate kept is the fastest seen, the nearest to an idle core, as the calibration's own is. A rate that
     * is right is not corrected: chunks measured on the same clock do not run faster than it but by the clock's
     * noise, well under the margin. Virtual threads have no CPU clock of their own (the JVM answers -1): their work
     * keeps its rate.
     */
    static final class ChunkClock {
        /** Chunks in a row that must each take under {@link #FAST} of the CPU time they stand for. */
        static final int FAST_CHUNKS = 3;
        /** A twentieth faster than rated, three chunks in a row: more than the clock's noise, less than a load's. */
        static final double FAST = 0.95;
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final ChunkClock NONE = new ChunkClock(false);

        private final boolean on;
        private long began;
        private int fastInARow;
        private long fastest = Long.MAX_VALUE;

        ChunkClock(boolean on) {
            this.on = on;
        }

        static ChunkClock forThisThread() {
            boolean on = !Thread.currentThread().isVirtual() && THREADS.isCurrentThreadCpuTimeSupported()
                    && THREADS.isThreadCpuTimeEnabled();
            return on ? new ChunkClock(true) : NONE;
        }

        void begin() {
            if (on) {
                began = THREADS.getCurrentThreadCpuTime();
            }
        }

        /** @param whole whether the chunk was a whole one (the last may be shorter) */
        void end(boolean whole) {
            if (!on || !whole) {
                return;
            }
            took(THREADS.getCurrentThreadCpuTime() - began);
        }

        /** A whole chunk took {@code spent} ns of this thread's CPU time. */
        void took(long spent) {
            if (spent > 0 && spent < CHUNK_NANOS * FAST) {
                fastInARow++;
                fastest = Math.min(fastest, spent);
            } else {
                fastInARow = 0;
                fastest = Long.MAX_VALUE;
            }
        }

        /** How many times faster than rated the last chunks ran, once they are enough to say so; else 0. */
        double fasterThanRated() {
            if (fastInARow < FAST_CHUNKS) {
                return 0;
            }
            double faster = CHUNK_NANOS / (double) fastest;
            fastInARow = 0;
            fastest = Long.MAX_VALUE;
            return faster;
        }
    }

    /** Whether {@code until} has passed: the deadline came before the work's end. */
    private static boolean past(long until) {
        return until != NO_DEADLINE && System.nanoTime() - until > 0;
    }

    /** Takes the global lock, or gives up when {@code until} passes first. */
    private static boolean take(Lock globalLock, long until) throws InterruptedException {
        if (until == NO_DEADLINE) {
            globalLock.lockInterruptibly();
            return true;
        }
        return globalLock.tryLock(until - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
}
