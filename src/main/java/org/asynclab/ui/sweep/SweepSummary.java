package org.asynclab.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.FoldedLine;
import org.asynclab.ui.common.UiText;

/**
 * The sweep's settings folded to one line that reads like the main window's ("n = 1, 10, 100 · Sequential, Event
 * loop, pool of 4, Virtual threads · max delay 1 s · seed 7"), and whether the form is open below it. Like the
 * main window, the plot gets the room: the form folds when a sweep starts and opens when it is refused.
 */
public final class SweepSummary {
    private static final String DOT = FoldedLine.SEPARATOR;

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", true);
    private final SweepViewModel sweep;
    private final StringBinding line;

    /** The line of {@code sweep}'s choices and of the main window's settings it uses. */
    public SweepSummary(SweepViewModel sweep) {
        this.sweep = sweep;
        List<Observable> inputs = new ArrayList<>(List.of(sweep.sizesProperty(), sweep.baseProperty(),
                sweep.wordsProperty()));
        for (Mode mode : Mode.values()) {
            inputs.add(sweep.modeProperty(mode));
        }
        line = Bindings.createStringBinding(this::compose, inputs.toArray(Observable[]::new));
        sweep.runningProperty().addListener((o, was, now) -> {
            if (now) {
                open.set(false);
            }
        });
        sweep.problemProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                open.set(true);
            }
        });
    }

    private String compose() {
        UiText text = sweep.wordsProperty().get();
        RunConfig base = sweep.baseProperty().get();
        StringBuilder out = new StringBuilder("n = ").append(sweep.sizesProperty().get().strip());
        List<String> modes = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            if (sweep.modeProperty(mode).get()) {
                modes.add(text.modeName(mode, SweepViewModel.workersFor(base)));
            }
        }
        out.append(DOT).append(modes.isEmpty() ? text.get("sweep.summary.noMode") : String.join(", ", modes));
        out.append(DOT).append(text.format("settings.summary.maxDelay", base.maxDelaySeconds()));
        if (base.kind() != TaskKind.IO) {
            out.append(DOT).append(text.get("kind." + base.kind().id()));
            if (base.globalLock()) {
                out.append(DOT).append(text.get("settings.summary.gil"));
            }
        }
        out.append(DOT).append(text.format("settings.summary.seed", String.valueOf(base.seed())));
        if (!base.coordination().equals(Coordination.NONE)) {
            // what it leaves, as ./run.sh --headless --sweep refuses them: a sweep compares plain runs
            out.append(DOT).append(text.get("sweep.summary.plain"));
        }
        return out.toString();
    }

    /** The one line. */
    public StringBinding lineBinding() {
        return line;
    }

    /** Whether the form is open below the line. */
    public BooleanProperty openProperty() {
        return open;
    }
}
