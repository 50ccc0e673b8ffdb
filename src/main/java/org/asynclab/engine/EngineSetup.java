package org.asynclab.engine;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The means an engine builds its runs with: the calibrated CPU work, the thread maker and the maker of a run's
 * simulated global lock. The engine's own are {@link #STANDARD}; tests swap one to watch or break it.
 *
 * @param cpuWork     the calibrated work (asked for only by CPU runs)
 * @param threads     makes the lanes' threads
 * @param globalLocks makes one fair lock per run that simulates CPython's GIL
 * @param warmUps     warms the JIT up before a large run's clock, once per mode
 * @param cpuCounters reads the machine's and the process's CPU clocks at a run's start and end
 */
record EngineSetup(Supplier<CpuWork> cpuWork, LaneThreads threads, Supplier<Lock> globalLocks, JitWarmUp warmUps,
                   Supplier<CpuCounters> cpuCounters) {
    /** Calibrated work, daemon threads, a fair {@link ReentrantLock}, the JVM's warm-ups, {@code /proc}'s clocks. */
    static final EngineSetup STANDARD = new EngineSetup(CpuWork::calibrated, LaneThreads.DAEMONS,
            () -> new ReentrantLock(true), JitWarmUp.PER_JVM, CpuCounters::read);

    /** A setup with these means and no reading of the CPU clocks, for tests. */
    EngineSetup(Supplier<CpuWork> cpuWork, LaneThreads threads, Supplier<Lock> globalLocks, JitWarmUp warmUps) {
        this(cpuWork, threads, globalLocks, warmUps, () -> CpuCounters.NONE);
    }

    /** A setup with these means and no warm-up, for tests. */
    EngineSetup(Supplier<CpuWork> cpuWork, LaneThreads threads, Supplier<Lock> globalLocks) {
        this(cpuWork, threads, globalLocks, JitWarmUp.NONE);
    }
}
