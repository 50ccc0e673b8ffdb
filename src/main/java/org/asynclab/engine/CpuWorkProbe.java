package org.asynclab.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What the calibrated CPU work of this JVM does, for {@code ./run.sh bench cpu}: how long the calibration took, and
 * for each computing task of a given delay how long it computed by the wall clock and by its thread's CPU clock.
 * A task of delay d must compute for d on a quiet core (its wall time), and, under load, do the same iterations
 * (its CPU time stays near d, the wall time grows).
 */
public final class CpuWorkProbe {
    private CpuWorkProbe() {
    }

    /** One task's figures, in nanoseconds. */
    public record Task(long delayNanos, long wallNanos, long cpuNanos) {
        /** Wall time over the delay: 1.000 on a quiet core. */
        public double wallRatio() {
            return wallNanos / (double) delayNanos;
        }

        /** CPU time over the delay. */
        public double cpuRatio() {
            return cpuNanos / (double) delayNanos;
        }
    }

    /** Calibrates this JVM's work (once) and returns how long that took, in nanoseconds. */
    public static long calibrate() {
        long start = System.nanoTime();
        CpuWork.calibrated();
        return System.nanoTime() - start;
    }

    /** Computes one task of {@code delayNanos} on this thread, as a run's task does, and times it. */
    public static Task compute(long delayNanos) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CpuWork work = CpuWork.calibrated();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        work.compute(delayNanos, new StopSignal(), null);
        return new Task(delayNanos, System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu);
    }
}
