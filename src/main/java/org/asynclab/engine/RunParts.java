package org.asynclab.engine;

import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;

/**
 * What every executor of a run shares: its settings and delays, where it records, what a task does, its stop
 * flag, the calibrated CPU work (null for I/O) and how it makes threads.
 */
record RunParts(RunConfig config, Workload workload, Recording recording, TaskBody body, StopSignal stop,
                CpuWork cpu, LaneThreads threads) {

    /** Number of tasks. */
    int tasks() {
        return workload.size();
    }
}
