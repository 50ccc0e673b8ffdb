package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.asynclab.export.ResultJson;
import org.asynclab.lesson.Lesson;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.results.LiveFigures;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stop pressed as a run began, before any task was submitted, 1.09 ms in: the results read "Total 0 s" and the guess
 * "stopped after 0.000 s" beside a chart whose line read "stop 1.09 ms". The run ran until its stop, and every place
 * says so with one figure.
 */
class StoppedBeforeAnyTaskTest {
    private final ScriptedLauncher launcher = new ScriptedLauncher();
    private final UiText text = UiText.forLocale(Locale.ENGLISH);

    @TempDir
    Path folder;

    @Test
    void theTotalOfARunStoppedBeforeAnyTaskIsTheTimeUntilItsStopEverywhere() throws Exception {
        MainViewModel model = new MainViewModel(text, launcher, Runnable::run, Runnable::run,
                new ExportViewModel(text, Runnable::run, Runnable::run,
                        new LastFolder(Preferences.userRoot().node("asynclab-test/stopped-before-any-task"))),
                new LookViewModel(), (Lesson) null);
        model.guess().guessProperty().set("0.5");
        model.runOrIgnore();

        LiveFigures live = new LiveFigures(4);
        live.scan(Recordings.stoppedBeforeAnyTask(0.00109, 0.1, 0.3, 0.2));
        assertThat(live.elapsedSeconds(1_090_000)).as("the live total, as the chart's now line counts")
                .isEqualTo(0.00109);

        model.stop();
        RunResult stopped = Recordings.stoppedBeforeAnyTask(0.00109, 0.1, 0.3, 0.2);
        launcher.awaitRun(1).finish(stopped);

        assertThat(model.results().totalProperty().get()).isEqualTo("1.09\u00a0ms");
        assertThat(model.guess().revealProperty().get()).endsWith("stopped after 0.001\u00a0s");
        assertThat(new RunTitles(text).of(stopped)).endsWith("stopped after 1.09\u00a0ms");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ResultJson.writeTo(json, List.of(stopped));
        assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"totalSeconds\":0.00109");

        // read back, the chart's stop is where the total says
        Path file = folder.resolve("stopped.json");
        Files.write(file, json.toByteArray());
        RunResult read = ResultJson.read(file);
        assertThat(read.stoppedNanos()).isEqualTo(stopped.stoppedNanos());
        assertThat(read.summary().totalSeconds()).isEqualTo(0.00109);
    }
}
