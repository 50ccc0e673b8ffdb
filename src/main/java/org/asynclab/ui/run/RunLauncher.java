package org.asynclab.ui.run;

import org.asynclab.engine.RunHandle;
import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;

/**
 * Where runs are started: the real engine in the app, a scripted one in tests. Hiding it keeps the view model
 * testable step by step without threads.
 */
@FunctionalInterface
public interface RunLauncher {
    /** Starts a run and returns at once; the tasks never run on the caller's thread. */
    RunHandle start(RunConfig config, Workload workload);
}
