package org.asynclab.ui.run;

/** Where the window is in its cycle: nothing run yet, a run going on, or a run (or comparison) finished. */
public enum RunState {
    /** Nothing to show: settings can be changed and Run pressed. */
    IDLE,
    /** A run is going on (in a comparison, either of its two runs). */
    RUNNING,
    /** The last run ended, finished or stopped; its recording can be replayed and exported. */
    DONE
}
