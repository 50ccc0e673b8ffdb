package org.asynclab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.asynclab.export.HandBuiltResults;
import org.asynclab.export.ResultJson;
import org.asynclab.model.Mode;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path folder;

    private final Preferences prefs = Preferences.userRoot()
            .node(System.getProperty(LastFolder.NODE_PROPERTY, "asynclab-test") + "/export-test");
    private final LastFolder lastFolder = new LastFolder(prefs);
    private final ExportViewModel export = new ExportViewModel(UiText.forLocale(Locale.ENGLISH), Runnable::run,
            Runnable::run, lastFolder);
    private final RunResult eventLoop = Recordings.eventLoop(0.2, 0.5, 0.1);

    @AfterEach
    void forgetTheTestFolder() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void jsonHoldsTheRecordingAndReadsBack() throws IOException {
        Path file = folder.resolve("run.json");

        export.export(ExportFormat.JSON, List.of(eventLoop), file);

        assertThat(export.failedProperty().get()).isFalse();
        assertThat(export.messageProperty().get()).startsWith("Saved ").contains("run.json");
        RunResult back = ResultJson.read(file);
        assertThat(back.size()).isEqualTo(3);
        assertThat(back.finishedNanos(1)).isEqualTo(eventLoop.finishedNanos(1));
    }

    @Test
    void csvHasAHeaderAndOneLinePerTask() throws IOException {
        Path file = folder.resolve("run.csv");

        export.export(ExportFormat.CSV, List.of(eventLoop), file);

        assertThat(Files.readAllLines(file)).hasSize(4).first().asString().startsWith("id,delaySeconds");
    }

    @Test
    void picturesAndTracesAreValidFiles() throws IOException {
        export.export(ExportFormat.PNG_1X, List.of(eventLoop), folder.resolve("a.png"));
        export.export(ExportFormat.PNG_2X, List.of(eventLoop), folder.resolve("b.png"));
        export.export(ExportFormat.SVG, List.of(eventLoop), folder.resolve("c.svg"));
        export.export(ExportFormat.PERFETTO, List.of(eventLoop), folder.resolve("d.trace.json"));

        assertThat(Files.readAllBytes(folder.resolve("a.png"))).startsWith(PNG_MAGIC);
        assertThat(Files.size(folder.resolve("b.png"))).isGreaterThan(Files.size(folder.resolve("a.png")));
        assertThat(Files.readString(folder.resolve("c.svg"), StandardCharsets.UTF_8)).contains("<svg").endsWith(">\n");
        assertThat(Files.readString(folder.resolve("d.trace.json"))).contains("traceEvents");
        assertThat(export.failedProperty().get()).isFalse();
    }

    @Test
    void aComparisonGivesOnePicturePerRunAndOneJsonForBoth() throws IOException {
        List<RunResult> both = List.of(eventLoop, Recordings.sequential(0.2, 0.5, 0.1));

        export.export(ExportFormat.PNG_1X, both, folder.resolve("compare.png"));
        export.export(ExportFormat.JSON, both, folder.resolve("compare.json"));

        assertThat(folder.resolve("compare.png")).exists();
        assertThat(folder.resolve("compare-sequential.png")).exists();
        assertThat(ResultJson.readAll(folder.resolve("compare.json"))).hasSize(2);
    }

    /** The French window says why in French: "L’export a échoué : cannot write …: the folder … does not exist". */
    @Test
    void theFrenchWindowSaysWhyInFrench() {
        ExportViewModel french = new ExportViewModel(UiText.forLocale(Locale.FRENCH), Runnable::run, Runnable::run,
                lastFolder);
        Path missing = folder.resolve("nope").resolve("x.png");

        french.export(ExportFormat.PNG_2X, List.of(eventLoop), missing);

        assertThat(french.messageProperty().get()).startsWith("L’export a échoué\u00a0: impossible d’écrire "
                + missing + "\u00a0: le dossier " + folder.resolve("nope") + " n’existe pas. Rien n’est perdu");
    }

    @Test
    void aFolderThatCannotBeWrittenSaysSoAndLosesNothing() throws IOException {
        Path existing = folder.resolve("kept.json");
        Files.writeString(existing, "older export");
        Path missing = folder.resolve("no-such-folder").resolve("run.json");

        export.export(ExportFormat.JSON, List.of(eventLoop), missing);

        assertThat(export.failedProperty().get()).isTrue();
        assertThat(export.messageProperty().get()).startsWith("Export failed: cannot write")
                .contains("does not exist").contains("Nothing was lost");
        assertThat(Files.readString(existing)).isEqualTo("older export");
        assertThat(lastFolder.get()).isEmpty();
    }

    @Test
    void theLastFolderIsRememberedForTheNextExport() {
        export.export(ExportFormat.CSV, List.of(eventLoop), folder.resolve("run.csv"));

        assertThat(export.initialFolder()).contains(folder.toAbsolutePath());
        assertThat(new LastFolder(prefs).get()).contains(folder.toAbsolutePath());
    }

    @Test
    void suggestedNamesSayWhatRan() {
        // a run of given delays (a scenario's own) has no seed to name; a run of drawn ones, its seed
        assertThat(export.suggestedName(ExportFormat.PNG_2X, eventLoop)).isEqualTo("asynclab-event-loop-n3@2x.png");
        RunConfig seven = new RunConfig(3, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 7);
        assertThat(export.suggestedName(ExportFormat.PNG_2X, HandBuiltResults.simulate(seven,
                Workload.generate(seven)))).isEqualTo("asynclab-event-loop-n3-seed7@2x.png");
        assertThat(export.suggestedName(ExportFormat.PERFETTO, eventLoop)).endsWith(".trace.json");
        assertThat(ExportViewModel.beside(folder.resolve("x.trace.json"), ExportFormat.PERFETTO,
                Recordings.sequential(1), eventLoop).getFileName().toString()).isEqualTo("x-sequential.trace.json");
    }

    @Test
    void aSharpPicturesSecondFileKeepsItsScaleAtTheEndOfItsName() {
        // given the suggested name of a sharp picture of a comparison, which slide tools read "@2x" from
        Path first = folder.resolve(export.suggestedName(ExportFormat.PNG_2X, eventLoop));

        // then the second run's file is "…-sequential@2x.png", not "…@2x-sequential.png" (read as a 1× picture)
        assertThat(ExportViewModel.beside(first, ExportFormat.PNG_2X, Recordings.sequential(1), eventLoop)
                .getFileName().toString()).isEqualTo("asynclab-event-loop-n3-sequential@2x.png");
        assertThat(ExportViewModel.beside(folder.resolve("race@3x.png"), ExportFormat.PNG_1X,
                Recordings.sequential(1), eventLoop).getFileName().toString()).isEqualTo("race-sequential@3x.png");
    }

    @Test
    void aPythonProgramsNameAndTitleSayItsNAndNoSeedItNeverHad() {
        // given a traced program of 3 rows (its main task and 2 tasks) that drew its own delays: n = 2
        RunResult program = eventLoop.withProgram(new ProgramRun("python", "/t/measure-time.py", "/usr/bin/python3",
                "3.11.7", 0, 2, List.of(), List.of()));

        // then neither its file name nor its picture's title says seed 0, a Java mode's settings or 3 tasks
        assertThat(export.suggestedName(ExportFormat.PNG_1X, program)).isEqualTo("asynclab-python-n2.png");
        assertThat(new RunTitles(UiText.forLocale(Locale.ENGLISH)).of(program))
                .startsWith("measure-time.py · Python 3.11.7 · n = 2 · total ").doesNotContain("seed", "max delay");
    }

    @Test
    void theJavaPictureBesideAPythonProgramsIsNamedByItsModeNotItsTaskCount() {
        // given a program whose 3 rows (its main task and 2 tasks) ran beside Java's event loop on its 2 delays
        RunResult program = eventLoop.withProgram(new ProgramRun(ProgramRun.PYTHON, "/t/two-worlds.py",
                "/usr/bin/python3", "3.11.7", 0, 2, List.of(), List.of()));
        RunResult java = Recordings.eventLoop(0.2, 0.5);

        // then the second file says which world it shows, as README's two-event-loop.png, not "n2"
        assertThat(ExportViewModel.beside(folder.resolve("two.png"), ExportFormat.PNG_1X, java, program)
                .getFileName().toString()).isEqualTo("two-event-loop.png");
        assertThat(ExportViewModel.beside(folder.resolve("two.svg"), ExportFormat.SVG, program, java)
                .getFileName().toString()).isEqualTo("two-python.svg");
    }

    @Test
    void copyImageHandsAPictureOfTheChartOver() {
        AtomicReference<BufferedImage> copied = new AtomicReference<>();

        export.copyImage(eventLoop, copied::set);

        assertThat(copied.get().getWidth()).isEqualTo(1600);
        assertThat(export.messageProperty().get()).isEqualTo("The image is in the clipboard.");
    }
}
