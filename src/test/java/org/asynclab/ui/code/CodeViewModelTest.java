package org.asynclab.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.asynclab.lesson.CodeSamples;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeViewModelTest {
    private final UiText french = UiText.forLocale(Locale.FRENCH);
    private final SettingsViewModel settings = new SettingsViewModel(french, () -> 1);
    private final CodeViewModel code = new CodeViewModel(settings, french, config -> null, Runnable::run,
            Runnable::run);

    @TempDir
    Path folder;

    @Test
    void theSourceFollowsTheSettingsInTheWindowsLanguageUntilItIsEdited() {
        settings.tasksProperty().set("6");
        assertThat(code.getSource()).contains("measure_time(6,").contains("Attendre un délai au hasard");

        code.setSource(code.getSource() + "# mine\n");
        settings.tasksProperty().set("8");

        assertThat(code.isModified()).isTrue();
        assertThat(code.getSource()).contains("measure_time(6,").endsWith("# mine\n");
        code.revert();
        assertThat(code.getSource()).contains("measure_time(8,");
        assertThat(code.isModified()).isFalse();
    }

    /**
     * In a comparison of two Java modes the second run's code is there too, named as the results table names it:
     * the fetch lesson compares the URLs fetched one after another with gather, and showed the first program only.
     */
    @Test
    void aComparisonHasTheSecondRunsCodeNamedAsTheTableNamesIt() {
        settings.modeProperty().set(Mode.SEQUENTIAL);
        assertThat(code.runsProperty().get()).isEmpty();

        settings.compareWithProperty().set(Mode.EVENT_LOOP);

        assertThat(code.runsProperty().get()).containsExactly("Séquentiel", "Boucle d’événements");
        RunConfig second = settings.toConfig(Mode.EVENT_LOOP);
        assertThat(code.secondPythonProperty().get()).isEqualTo(CodeSamples.python(second, null, Locale.FRENCH))
                .isNotEqualTo(code.getSource());
        assertThat(code.secondJavaProperty().get()).isEqualTo(CodeSamples.java(second, null, Locale.FRENCH))
                .isNotEqualTo(code.javaProperty().get());

        // the second run's code shown: another comparison shows its first run's, and so does the end of it
        code.shownRunProperty().set(1);
        settings.tasksProperty().set("7");
        assertThat(code.shownRunProperty().get()).as("the same comparison, 7 tasks").isOne();
        settings.compareWithProperty().set(Mode.THREADS);
        assertThat(code.shownRunProperty().get()).as("another comparison").isZero();
        settings.compareWithProperty().set(Mode.SEQUENTIAL);
        assertThat(code.runsProperty().get()).as("the same run twice: the same code").isEmpty();
        settings.compareWithProperty().set(Mode.EVENT_LOOP);
        code.shownRunProperty().set(1);
        settings.compareWithProperty().set(null);
        assertThat(code.runsProperty().get()).isEmpty();
        assertThat(code.shownRunProperty().get()).isZero();
    }

    /** A program of its own beside Java (two worlds) is no comparison of two Java modes: no second code. */
    @Test
    void aProgramOfItsOwnBesideJavaHasNoSecondRunsCode() {
        settings.compareWithProperty().set(Mode.EVENT_LOOP);
        code.shownRunProperty().set(1);

        settings.programProperty().set(true);

        assertThat(code.runsProperty().get()).isEmpty();
        assertThat(code.shownRunProperty().get()).isZero();
    }

    @Test
    void theGilBoxRefreshesTheCode() {
        settings.modeProperty().set(Mode.THREADS);
        settings.kindProperty().set(TaskKind.CPU);
        String without = code.javaProperty().get();

        settings.globalLockProperty().set(true);

        assertThat(code.javaProperty().get()).isNotEqualTo(without).contains("verrou global");
        assertThat(code.getSource()).contains("GIL simulé");
    }

    @Test
    void theCourseSettingsRefreshTheCode() {
        settings.modeProperty().set(Mode.EVENT_LOOP);

        settings.course().semaphoreProperty().set("3");
        assertThat(code.getSource()).contains("asyncio.Semaphore(3)");
        assertThat(code.javaProperty().get()).contains("int permits = 3;");

        settings.course().deadlineProperty().set("0.25");
        assertThat(code.getSource()).contains("timeout=0.25");

        settings.course().deadlineProperty().set("0");
        settings.course().counterProperty().set(SharedCounter.LOCK);
        settings.course().counterGapProperty().set("0.01");
        assertThat(code.getSource()).contains("async with lock:").contains("await asyncio.sleep(0.01)")
                .doesNotContain("wait_for");
        assertThat(code.javaProperty().get()).contains("sleep(10_000_000L, () -> {");
    }

    @Test
    void whenAPythonProgramBecomesTheRunTheJavaTabShowsThePlainRunItIsComparedWith() {
        settings.course().deadlineProperty().set("0.25");
        assertThat(code.javaProperty().get()).contains("250_000_000L");

        settings.programProperty().set(true);

        // two worlds compare the program with a plain run of the same delays: no deadline on the Java side
        assertThat(code.javaProperty().get()).doesNotContain("250_000_000L");
        settings.programProperty().set(false);
        assertThat(code.javaProperty().get()).contains("250_000_000L");
    }

    @Test
    void aLessonsOwnDelaysAreInTheCode() {
        SettingsViewModel two = new SettingsViewModel(french, () -> 1);
        two.tasksProperty().set("2");
        CodeViewModel bonjour = new CodeViewModel(two, french, config -> Workload.ofSeconds(1, 1), Runnable::run,
                Runnable::run);

        assertThat(bonjour.getSource()).contains("async def dire_bonjour()").contains("asyncio.sleep(1)");
        assertThat(bonjour.javaProperty().get()).contains("1_000_000_000L, 1_000_000_000L");
    }

    @Test
    void openingAFileMakesItTheOriginalAndSavingWritesTheEdits() throws Exception {
        Path student = folder.resolve("eleve.py");
        Files.writeString(student, "print('salut')\r\n");

        code.files().open(student);

        assertThat(code.getSource()).isEqualTo("print('salut')\n");
        assertThat(code.isModified()).isFalse();
        assertThat(code.originProperty().get()).isEqualTo("eleve.py");
        settings.tasksProperty().set("9");
        assertThat(code.getSource()).as("a file is not replaced by the settings' code").isEqualTo("print('salut')\n");

        code.setSource("print('au revoir')\n");
        Path copy = folder.resolve("copie.py");
        code.files().saveAs(copy);

        assertThat(Files.readString(copy)).isEqualTo("print('au revoir')\n");
        assertThat(code.isModified()).isFalse();
        assertThat(code.files().failedProperty().get()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadChangesNothingAndSaysWhy() throws Exception {
        String before = code.getSource();
        Path binary = folder.resolve("image.py");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});

        code.files().open(binary);
        assertThat(code.files().messageProperty().get()).contains("image.py").contains("UTF-8");
        code.files().open(folder.resolve("absent.py"));

        assertThat(code.getSource()).isEqualTo(before);
        assertThat(code.files().failedProperty().get()).isTrue();
        assertThat(code.files().messageProperty().get()).startsWith("Impossible d’ouvrir").contains("absent.py");
    }

    @Test
    void whatFollowsAnOpenRunsOnceTheProgramIsInTheEditorAndNotAfterAFailure() throws Exception {
        Path student = Files.writeString(folder.resolve("boom.py"), "raise ValueError('boom')\n");
        List<String> seen = new ArrayList<>();

        code.files().open(student, () -> seen.add(code.getSource()));
        code.files().open(folder.resolve("absent.py"), () -> seen.add("after a failure"));

        assertThat(seen).containsExactly("raise ValueError('boom')\n");
    }

    @Test
    void editingTakesTheProblemMarkAway() {
        code.showProblem(4, 2, "NameError");
        assertThat(code.problemProperty().get()).isEqualTo(new CodeViewModel.Problem(4, 2, "NameError"));

        code.setSource("x = 1\n");

        assertThat(code.problemProperty().get()).isNull();
    }
}
