package org.asynclab.ui.chart;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import org.asynclab.model.RunConfig;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.run.RunViewModel;

/**
 * The state of the chart stage, without a node: whether it shows a comparison (two charts on one time axis, one
 * shared legend line under them) and whether the hint stands in the replay bar's place (no run yet). Unit-tested
 * without a stage; the charts themselves are fed by {@link ChartArea}.
 */
public final class ChartStageViewModel {
    private final BooleanBinding comparing;
    private final BooleanBinding hintShown;

    /** The stage of {@code run}'s charts. */
    public ChartStageViewModel(RunViewModel run) {
        comparing = Bindings.createBooleanBinding(() -> isComparison(run.secondConfigProperty().get()),
                run.secondConfigProperty());
        hintShown = run.stateProperty().isEqualTo(RunState.IDLE);
    }

    private static boolean isComparison(RunConfig second) {
        return second != null;
    }

    /** Whether two runs share the stage: then the charts share one legend line and one time axis. */
    public ObservableBooleanValue comparingProperty() {
        return comparing;
    }

    /** Whether the stage shows the hint ("Press Run …") instead of the replay bar: nothing ran yet. */
    public ObservableBooleanValue hintShownProperty() {
        return hintShown;
    }
}
