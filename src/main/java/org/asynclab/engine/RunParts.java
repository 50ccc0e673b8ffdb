package org.asynclab.engine;

import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;

/**
 * What every executor of a run shares: its settings and delays, where it records, what a task does, its stop
 * flag, the calibrated CPU work (null for I/O), how it makes threads, and what a course lesson's tasks share
 * (null for plain runs).
 */
record RunParts(RunConfig config, Workload workload, Recording recording, TaskBody body, StopSignal stop,
                CpuWork cpu, LaneThreads threads, SharedState shared) {

    /** Number of tasks. */
    int tasks() {
        return workload.size();
    }
}
