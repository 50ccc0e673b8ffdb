package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.asynclab.lesson.Lesson;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;

/** The status bar says why the window is as it is: a guess it cannot read, a Stop that came before the run. */
class StatusLineTest {
    private final ScriptedLauncher launcher = new ScriptedLauncher();
    private final UiText text = UiText.forLocale(Locale.ENGLISH);
    private final List<Runnable> pending = new ArrayList<>();

    private MainViewModel window(java.util.concurrent.Executor background) {
        return new MainViewModel(text, launcher, Runnable::run, background,
                new ExportViewModel(text, Runnable::run, Runnable::run,
                        new LastFolder(Preferences.userRoot().node("asynclab-test/status-line-test"))),
                new LookViewModel(), (Lesson) null);
    }

    @Test
    void aGuessThatCannotBeReadIsNamedWithItsRangeUntilItIsFixed() {
        MainViewModel model = window(Runnable::run);
        model.runOrIgnore();
        launcher.last().finish(Recordings.eventLoop(0.1, 0.3));
        assertThat(model.statusProperty().get()).isEqualTo("Done.");

        model.guess().guessProperty().set("abc");

        assertThat(model.canRunBinding().get()).isFalse();
        assertThat(model.statusProperty().get()).as("Run is off: the status bar says why, not \"Done.\"")
                .isEqualTo("Your guess: must be a number of seconds, 0 or more (decimals allowed)");
        model.guess().guessProperty().set("0.5");
        assertThat(model.statusProperty().get()).isEqualTo("Done.");
    }

    @Test
    void aStopBeforeTheRunBeganIsSaidAsSuchNotAsReady() {
        MainViewModel model = window(pending::add);
        model.runOrIgnore();
        assertThat(model.run().getState()).isEqualTo(RunState.RUNNING);

        model.runOrStop(); // Space again, while the run is still being started (10⁵ virtual threads warming up)
        new ArrayList<>(pending).forEach(Runnable::run);

        assertThat(model.run().getState()).isEqualTo(RunState.IDLE);
        assertThat(model.statusProperty().get())
                .isEqualTo("Stopped before the run began: nothing was measured. Press Run (Space) to start again.");
        model.reset();
        assertThat(model.statusProperty().get()).startsWith("Ready.");
    }
}
