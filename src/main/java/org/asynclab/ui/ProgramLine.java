package org.asynclab.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.ui.common.TwoWorlds;
import org.asynclab.ui.python.ProgramRunViewModel;
import org.asynclab.ui.settings.SettingsSummary;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The settings line while a Python program is the window's run: the program and the delays Run will serve it
 * ("wait_n.py · Python · 4 tasks · max delay 0.4 s · seed 5 · delays served to random.uniform · vs Java · Event
 * loop"), as soon as the program is the run and as the settings change, not only once Run is pressed. Until 2 Dec
 * 2026 the line said the Java settings until then ("Event loop · CPU (computes) · deadline 0.3 s" beside the
 * highlighted Python program button), none of which the run would take. A run going on keeps its own line.
 */
final class ProgramLine {
    private final SettingsViewModel settings;
    private final SettingsSummary summary;
    private final ProgramRunViewModel python;
    private final TwoWorlds worlds;
    private final BooleanBinding running;

    ProgramLine(SettingsViewModel settings, SettingsSummary summary, ProgramRunViewModel python, TwoWorlds worlds,
                BooleanBinding running) {
        this.settings = settings;
        this.summary = summary;
        this.python = python;
        this.worlds = worlds;
        this.running = running;
        List.<Observable>of(python.activeProperty(), python.nameProperty(), settings.compareWithProperty(),
                settings.tasksProperty(), settings.maxDelayProperty(), settings.seedProperty(),
                settings.validProperty()).forEach(each -> each.addListener(o -> refresh()));
    }

    /** Says the program's line if it is the run, the settings' own (empty) otherwise; a run going on keeps its. */
    void refresh() {
        if (running.get()) {
            return;
        }
        summary.programProperty().set(python.isActive() ? line(servedByRun()) : "");
    }

    /** The program's line with the delays it is served, {@code served} (null: it draws its own). */
    String line(RunConfig served) {
        return worlds.settingsLine(python.nameProperty().get(), served, settings.compareWithProperty().get());
    }

    /** The delays Run would serve the program: the settings' seeded ones when it is compared with Java. */
    RunConfig servedByRun() {
        Mode other = settings.compareWithProperty().get();
        return other == null || !settings.isValid() ? null : settings.toConfig();
    }
}
