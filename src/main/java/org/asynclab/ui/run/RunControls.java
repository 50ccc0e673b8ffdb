package org.asynclab.ui.run;

import javafx.beans.value.ObservableBooleanValue;

/**
 * What the run bar's buttons do and when they can be pressed, given by the window that owns the run cycle.
 *
 * @param canRun  valid settings, a guess when one is required, no run going on
 * @param running a run goes on (Stop can be pressed)
 * @param idle    nothing to reset
 * @param run     runs the settings (ignored when Run cannot be pressed)
 * @param stop    stops the run going on
 * @param reset   stops any run and empties the window
 */
public record RunControls(ObservableBooleanValue canRun, ObservableBooleanValue running, ObservableBooleanValue idle,
                          Runnable run, Runnable stop, Runnable reset) {
}
