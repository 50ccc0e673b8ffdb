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
 */
record EngineSetup(Supplier<CpuWork> cpuWork, LaneThreads threads, Supplier<Lock> globalLocks) {
    /** Calibrated work, daemon threads, a fair {@link ReentrantLock}. */
    static final EngineSetup STANDARD = new EngineSetup(CpuWork::calibrated, LaneThreads.DAEMONS,
            () -> new ReentrantLock(true));
}
