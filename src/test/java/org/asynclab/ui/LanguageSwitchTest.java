package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.Mode;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunResult;
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

    @Test
    void aPythonProgramBesideJavaComesBackAsTwoWorldsWithWhatItPrinted() throws Exception {
        // given the runs of "same delays, two worlds": a Python program, then Java's event loop on its delays
        RunResult python = Recordings.eventLoop(0.25, 0.75).withProgram(new ProgramRun(ProgramRun.PYTHON,
                "/t/two-worlds.py", "/usr/bin/python3", "3.11.7", 0, 2,
                List.of(new ProgramOutput(760_000_000L, ProgramOutput.Stream.OUT, "measure_time(2, 1) = 0.375")),
                List.of()));
        RunResult java = Recordings.eventLoop(0.25, 0.75);

        // when the window is loaded again in French with them
        MainViewModel french = window(Locale.FRENCH, new ScriptedLauncher());
        french.restoreRuns(List.of(python, java));

        // then its columns are the two worlds, as they were (they read "n = 3" and "n = 2"), and what the program
        // printed is in the output pane again
        assertThat(french.comparisonTable().columnsProperty().get()).startsWith("Python", "Java");
        assertThat(french.code().output().lines()).extracting(line -> line.text())
                .containsExactly("measure_time(2, 1) = 0.375");
    }

    /** An English window whose run ended while other programs took 1.3 of the machine's 2 cores. */
    private static MainViewModel busyRunEnded(ScriptedLauncher launcher) throws Exception {
        MainViewModel english = window(Locale.ENGLISH, launcher);
        english.runOrIgnore();
        launcher.last().finish(Recordings.eventLoop(0.25, 0.75).withOtherPrograms(new OtherPrograms(1.3, 2)));
        return english;
    }
}
