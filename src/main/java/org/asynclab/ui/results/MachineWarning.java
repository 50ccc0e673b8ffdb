package org.asynclab.ui.results;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;

/**
 * The line under the figures when the machine, not the model, made a run longer: other programs kept at least
 * {@link OtherPrograms#WARNING_CORES} of a core busy while it ran ("Busy machine: other programs used 1.3 of 2 cores;
 * the total may be longer than the model’s"). Empty otherwise, and for runs not measured. A
 * comparison warns once, with the busier of its runs. Worded from the results, so it comes back with them when the
 * window is loaded again in another language.
 */
public final class MachineWarning {
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper(this, "line", "");
    private final UiText text;

    /** An empty warning in the language of {@code text}. */
    public MachineWarning(UiText text) {
        this.text = text;
    }

    /** Words the warning for {@code ended}, the runs of the window that ended (one, or a comparison's two). */
    public void show(List<RunResult> ended) {
        OtherPrograms busiest = OtherPrograms.UNKNOWN;
        for (RunResult run : ended) {
            busiest = OtherPrograms.busier(busiest, run.otherPrograms());
        }
        // A Python program has no model to be longer than: its times are said to be longer than on a quiet machine.
        boolean program = ended.stream().anyMatch(run -> run.program() != null);
        String key = program ? "results.machine.busyProgram"
                : ended.size() > 1 ? "results.machine.busyBoth" : "results.machine.busy";
        line.set(!busiest.warns() ? "" : text.format(key, text.decimal(busiest.cores(), 1),
                text.integer(busiest.machineCores()), busiest.cores()));
    }

    /** No warning: no run has ended, or a new one goes on. */
    public void clear() {
        line.set("");
    }

    /** The warning, or empty. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }
}
