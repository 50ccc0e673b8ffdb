package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.Mode;
import org.asynclab.model.OtherPrograms;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;

/** A window loaded again in another language keeps the runs that ended, worded in the new language. */
class LanguageSwitchTest {
    private static MainViewModel window(Locale locale, ScriptedLauncher launcher) throws Exception {
        UiText text = UiText.forLocale(locale);
        return new MainViewModel(text, launcher, Runnable::run, Runnable::run,
                new ExportViewModel(text, Runnable::run, Runnable::run, new LastFolder()), new LookViewModel(),
                ScenarioLibrary.bundled().lesson());
    }

    @Test
    void theLastComparisonsResultsComeAlongInFrench() throws Exception {
        // given an English window whose comparison ended
        ScriptedLauncher launcher = new ScriptedLauncher();
        MainViewModel english = window(Locale.ENGLISH, launcher);
        english.settings().setMode(Mode.SEQUENTIAL);
        english.settings().compareWithProperty().set(Mode.EVENT_LOOP);
        english.settings().tasksProperty().set("2");
        english.runOrIgnore();
        launcher.last().finish(Recordings.sequential(0.25, 0.75));
        launcher.last().finish(Recordings.eventLoop(0.25, 0.75));
        assertThat(english.run().getState()).isEqualTo(RunState.DONE);

        // when the window is loaded again in French with the runs that ended
        MainViewModel french = window(Locale.FRENCH, new ScriptedLauncher());
        french.restoreRuns(english.finishedRuns());

        // then the results, the comparison and its table are there, in French
        assertThat(french.run().getState()).isEqualTo(RunState.DONE);
        assertThat(french.finishedRuns()).isEqualTo(english.finishedRuns());
        assertThat(french.results().totalProperty().get()).isEqualTo("750\u00a0ms");
        assertThat(french.comparisonTextProperty().get()).startsWith("Boucle d’événements");
        assertThat(french.comparisonTable().columnsProperty().get()).startsWith("Séquentiel", "Boucle d’événements");
        assertThat(french.comparisonTable().rowsProperty().get().get(0).cells()).startsWith("1,00\u00a0s");
        assertThat(french.replay().isAvailable()).isTrue();
    }

    @Test
    void theBusyMachinesWarningComesAlongInFrench() throws Exception {
        // given an English window whose run other programs slowed down, and which says so
        ScriptedLauncher launcher = new ScriptedLauncher();
        MainViewModel english = busyRunEnded(launcher);
        assertThat(english.results().machine().lineProperty().get()).startsWith("Busy machine: other programs used"
                + " 1.3 of 2 cores");

        // when the window is loaded again in French with the runs that ended
        MainViewModel french = window(Locale.FRENCH, new ScriptedLauncher());
        french.restoreRuns(english.finishedRuns());

        // then the warning is there, in French
        assertThat(french.results().machine().lineProperty().get())
                .startsWith("Machine chargée\u00a0: d’autres programmes ont pris 1,3 cœur sur 2");
    }

    @Test
    void aNewRunForgetsTheLastOnesWarning() throws Exception {
        ScriptedLauncher launcher = new ScriptedLauncher();
        MainViewModel model = busyRunEnded(launcher);
        assertThat(model.results().machine().lineProperty().get()).isNotEmpty();

        model.runOrIgnore();
        assertThat(model.results().machine().lineProperty().get()).as("while the next run goes on").isEmpty();
        launcher.last().finish(Recordings.eventLoop(0.25, 0.75));

        assertThat(model.results().machine().lineProperty().get()).as("a run the script did not measure").isEmpty();
    }

    /** An English window whose run ended while other programs took 1.3 of the machine's 2 cores. */
    private static MainViewModel busyRunEnded(ScriptedLauncher launcher) throws Exception {
        MainViewModel english = window(Locale.ENGLISH, launcher);
        english.runOrIgnore();
        launcher.last().finish(Recordings.eventLoop(0.25, 0.75).withOtherPrograms(new OtherPrograms(1.3, 2)));
        return english;
    }
}
