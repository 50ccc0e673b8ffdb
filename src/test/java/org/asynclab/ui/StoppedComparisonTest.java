package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.asynclab.lesson.Lesson;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.results.ComparisonTable;
import org.asynclab.ui.results.ResultsStrip;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A comparison stopped during its second run: the first run's total beside the second's up to the stop is not a
 * ratio of what happened. The table shows none, and the stopped run's column says that it stopped, and when.
 */
class StoppedComparisonTest {
    private final ScriptedLauncher launcher = new ScriptedLauncher();

    private MainViewModel window(UiText text) {
        return new MainViewModel(text, launcher, Runnable::run, Runnable::run,
                new ExportViewModel(text, Runnable::run, Runnable::run,
                        new LastFolder(Preferences.userRoot().node("asynclab-test/stopped-comparison-test"))),
                new LookViewModel(), (Lesson) null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | stopped after 100\u00a0ms",
        "fr | arrêt à 100\u00a0ms"})
    void aSecondRunStoppedHasNoRatioAndItsColumnSaysItStopped(String language, String stoppedTotal)
            throws Exception {
        UiText text = UiText.forLocale(Locale.forLanguageTag(language));
        MainViewModel model = window(text);
        model.settings().setMode(Mode.SEQUENTIAL);
        model.settings().compareWithProperty().set(Mode.EVENT_LOOP);
        model.runOrIgnore();
        launcher.awaitRun(1).finish(Recordings.sequential(0.1, 0.3, 0.2));

        // Stop during the second run: its first task had ended, 0.1 s in
        launcher.awaitRun(2);
        model.stop();
        launcher.awaitRun(2).finish(Recordings.stopped(1, 0.1, 0.3, 0.2));

        assertThat(model.run().getState()).isEqualTo(RunState.DONE);
        ComparisonTable table = model.comparisonTable();
        List<ComparisonTable.Row> rows = table.rowsProperty().get();
        assertThat(rows.get(0).cells()).as("total: the first run's, the stop of the second, and no ratio")
                .containsExactly(text.duration(0.6), stoppedTotal, "—");
        assertThat(rows).as("no figure is divided by a stopped run's")
                .allSatisfy(row -> assertThat(row.cells().get(2)).isEqualTo("—"));
        assertThat(model.comparisonTextProperty().get()).as("no \"faster than\" either").isEmpty();
        String strip = new ResultsStrip(model.results(), table, model.guess().revealProperty(), text)
                .textProperty().get();
        assertThat(strip).contains(stoppedTotal).doesNotContain("×").as("no empty ratio").doesNotContain("(—)");
    }
}
