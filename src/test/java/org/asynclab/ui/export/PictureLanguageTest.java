package org.asynclab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.SharedCounter;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.Recordings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture exported from a window is in the window's language throughout (title, legend, status, markers, axis,
 * bars, numbers), and its title says what the window's chart title says.
 */
class PictureLanguageTest {
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d,\\d");

    @TempDir
    Path folder;

    private final Preferences prefs = Preferences.userRoot()
            .node(System.getProperty(LastFolder.NODE_PROPERTY, "asynclab-test") + "/picture-language-test");
    private final RunResult eventLoop = Recordings.eventLoop(0.25, 1.5, 2.5);

    @AfterEach
    void forgetTheTestFolder() throws BackingStoreException {
        prefs.removeNode();
    }

    private ExportViewModel exporter(Locale language) {
        return new ExportViewModel(UiText.forLocale(language), Runnable::run, Runnable::run, new LastFolder(prefs));
    }

    /** Every line of text an SVG picture writes. */
    private List<String> svgTexts(Locale language, List<RunResult> runs, String name) throws IOException {
        Path file = folder.resolve(name);
        ExportViewModel export = exporter(language);
        export.export(ExportFormat.SVG, runs, file);
        assertThat(export.failedProperty().get()).as(export.messageProperty().get()).isFalse();
        return texts(file);
    }

    private static List<String> texts(Path svg) throws IOException {
        List<String> texts = new ArrayList<>();
        Matcher m = TEXT.matcher(Files.readString(svg));
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    @Test
    void aPictureFromAFrenchWindowIsFrenchThroughout() throws IOException {
        List<String> texts = svgTexts(Locale.FRENCH, List.of(eventLoop), "fr.svg");

        assertThat(texts).contains("dort (await)", "terminée", "3 tâches terminées sur 3")
                .anySatisfy(t -> assertThat(t).startsWith("idéal 2,5"))
                .anySatisfy(t -> assertThat(t).startsWith("total 2,5"))
                .anySatisfy(t -> assertThat(t).startsWith("Boucle d’événements · E/S"))
                .contains("1,50 s");
        assertThat(texts).noneMatch(t -> DECIMAL_POINT.matcher(t).find())
                .doesNotContain("done", "sleeping (await)", "3 of 3 tasks done")
                .noneMatch(t -> t.startsWith("ideal"));
    }

    @Test
    void aPictureFromAnEnglishWindowIsEnglishThroughout() throws IOException {
        List<String> texts = svgTexts(Locale.ENGLISH, List.of(eventLoop), "en.svg");

        assertThat(texts).contains("sleeping (await)", "done", "3 of 3 tasks done", "1.50 s")
                .anySatisfy(t -> assertThat(t).startsWith("ideal 2.5"));
        assertThat(texts).noneMatch(t -> DECIMAL_COMMA.matcher(t).find())
                .doesNotContain("terminée", "dort (await)");
    }

    @Test
    void thePicturesTitleNamesTheSemaphoreAsTheWindowsDoes() throws IOException {
        RunResult semaphore = withConfig(eventLoop, eventLoop.config()
                .withCoordination(new Coordination(SharedCounter.OFF, Coordination.DEFAULT_GAP, 4, 0)));
        RunResult pool = withConfig(eventLoop, eventLoop.config().withMode(Mode.POOL, 4));

        List<String> alone = svgTexts(Locale.FRENCH, List.of(semaphore), "alone.svg");
        List<String> first = svgTexts(Locale.FRENCH, List.of(semaphore, pool), "both.svg");
        List<String> second = texts(folder.resolve("both-pool.svg"));
        List<String> poolAlone = svgTexts(Locale.FRENCH, List.of(pool), "pool.svg");

        assertThat(title(alone)).startsWith("Boucle d’événements · E/S (attend) · n = 3 · ")
                .contains(" · n = 3 · sémaphore 4 · total 2,5");
        assertThat(title(first)).contains(" · n = 3 · sémaphore 4 · total");
        assertThat(title(second)).startsWith("Pool de 4 · ").contains(" · sans sémaphore · total");
        assertThat(title(poolAlone)).doesNotContain("sémaphore");
    }

    /** The title line: the one that names n. */
    private static String title(List<String> texts) {
        return texts.stream().filter(t -> t.contains(" · n = ")).findFirst().orElseThrow();
    }

    private static RunResult withConfig(RunResult run, RunConfig config) {
        long[] submitted = new long[run.size()];
        long[] started = new long[run.size()];
        long[] finished = new long[run.size()];
        int[] lanes = new int[run.size()];
        for (int task = 0; task < run.size(); task++) {
            started[task] = run.startedNanos(task);
            finished[task] = run.finishedNanos(task);
        }
        return new RunResult(config, run.workload(), new RunResult.Timings(submitted, started, finished, lanes),
                new String[] {"event-loop"}, run.completionOrder(), run.summary(), false, run.nowNanos());
    }
}
