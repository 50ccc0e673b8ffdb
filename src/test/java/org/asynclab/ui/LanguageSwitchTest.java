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

    /** The teacher's program opened from a file and edited: switching to French had put the settings' code back. */
    @Test
    void theProgramOpenedAndEditedComesAlong() throws Exception {
        MainViewModel english = window(Locale.ENGLISH, new ScriptedLauncher());
        english.python().load("mine.py", "import asyncio\n");
        english.code().setSource("import asyncio\n# my edit\n");
        english.reset();  // as the window closing does

        MainViewModel french = window(Locale.FRENCH, new ScriptedLauncher());
        french.takeOverProgram(english);

        assertThat(french.code().getSource()).isEqualTo("import asyncio\n# my edit\n");
        assertThat(french.code().originalProperty().get()).isEqualTo("import asyncio\n");
        assertThat(french.python().nameProperty().get()).isEqualTo("mine.py");
        assertThat(french.python().isActive()).isTrue();
    }

    /**
     * The settings' own code: unedited, it comes in the new language (its comments are French); edited, the
     * teacher's text stays, and so does Python mode, or its absence.
     */
    @Test
    void theSettingsCodeIsTranslatedUnlessItWasEdited() throws Exception {
        MainViewModel english = window(Locale.ENGLISH, new ScriptedLauncher());
        MainViewModel french = window(Locale.FRENCH, new ScriptedLauncher());
        String frenchCode = french.code().getSource();
        french.takeOverProgram(english);
        assertThat(french.code().getSource()).isEqualTo(frenchCode).isNotEqualTo(english.code().getSource());
        assertThat(french.python().isActive()).isFalse();

        english.code().setSource(english.code().getSource() + "# mine\n");
        english.python().activeProperty().set(false);  // edited, then back to the Java modes
        MainViewModel again = window(Locale.FRENCH, new ScriptedLauncher());
        again.takeOverProgram(english);
        assertThat(again.code().getSource()).isEqualTo(english.code().getSource());
        assertThat(again.python().isActive()).isFalse();
    }

    /** A lesson's program the new window loaded again in its language: kept, unless the teacher had edited it. */
    @Test
    void aLessonsProgramLoadedAgainKeepsItsNewLanguageUnlessEdited() throws Exception {
        MainViewModel english = window(Locale.ENGLISH, new ScriptedLauncher());
        english.python().load("wait_n.py", "# waits\n");
        MainViewModel french = window(Locale.FRENCH, new ScriptedLauncher());
        french.python().load("wait_n.py", "# attend\n");
        french.takeOverProgram(english);
        assertThat(french.code().getSource()).isEqualTo("# attend\n");

        english.code().setSource("# waits, edited\n");
        MainViewModel again = window(Locale.FRENCH, new ScriptedLauncher());
        again.python().load("wait_n.py", "# attend\n");
        again.takeOverProgram(english);
        assertThat(again.code().getSource()).isEqualTo("# waits, edited\n");
    }

    /** An English window whose run ended while other programs took 1.3 of the machine's 2 cores. */
    private static MainViewModel busyRunEnded(ScriptedLauncher launcher) throws Exception {
        MainViewModel english = window(Locale.ENGLISH, launcher);
        english.runOrIgnore();
        launcher.last().finish(Recordings.eventLoop(0.25, 0.75).withOtherPrograms(new OtherPrograms(1.3, 2)));
        return english;
    }
}
