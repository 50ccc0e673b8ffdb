package org.asynclab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.engine.RunEngine;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slide (1280 × 720, the projector theme) of the longest lesson titles shows its whole title: the race lesson's
 * "… · compteur partagé, await · total 0,504 s · moyenne …" ended in "tota…" on one line; it takes two.
 */
class SlideTitleTest {
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final List<RunResult> RACE = new ArrayList<>();

    @TempDir
    Path folder;

    private final Preferences prefs = Preferences.userRoot()
            .node(System.getProperty(LastFolder.NODE_PROPERTY, "asynclab-test") + "/slide-title-test");

    @BeforeAll
    static void runTheRaceLesson() throws Exception {
        Scenario race = ScenarioLibrary.resolveBundled("race-await-vs-lock");
        for (RunConfig config : race.configs()) {
            RACE.add(new RunEngine().run(config, race.workloadFor(config)));
        }
    }

    @AfterEach
    void forgetTheTestFolder() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void aFrenchSlideOfTheRaceLessonShowsBothTitlesWhole() throws IOException {
        assertWholeTitles(Locale.FRENCH);
    }

    @Test
    void anEnglishSlideOfTheRaceLessonShowsBothTitlesWhole() throws IOException {
        assertWholeTitles(Locale.ENGLISH);
    }

    private void assertWholeTitles(Locale language) throws IOException {
        UiText text = UiText.forLocale(language);
        ExportViewModel export = new ExportViewModel(text, Runnable::run, Runnable::run, new LastFolder(prefs));
        export.setLook(ChartView.TASKS, ChartTheme.PROJECTOR);
        Path first = folder.resolve("race.svg");
        export.export(ExportFormat.SVG, RACE, RACE, first, PictureOptions.of(ExportFormat.SLIDE_PNG));
        assertThat(export.failedProperty().get()).as(export.messageProperty().get()).isFalse();
        RunTitles titles = new RunTitles(text);
        List<Path> files = List.of(first, ExportViewModel.beside(first, ExportFormat.SVG, RACE.get(1), RACE.get(0)));
        for (int i = 0; i < RACE.size(); i++) {
            List<String> texts = texts(files.get(i));
            String title = titles.ofPicture(RACE.get(i), RACE.get(1 - i), i + 1);

            assertThat(texts).as("the slide's words").noneMatch(t -> t.endsWith("…"));
            assertThat(lines(texts, title)).as("the title over two lines: " + title).isTrue();
        }
    }

    /**
     * The race lesson's two slides: named "await"'s and "lock"'s run, not both "…-event-loop"; each title says the
     * lesson's figure (the counter's final value) and the total and average as the window's results write them
     * ("moyenne 1,12 ms", where it wrote "moyenne 0,001 s").
     */
    @Test
    void theRaceLessonsSlidesSayTheirFinalCountAndAreNamedByTheirRun() throws IOException {
        UiText text = UiText.forLocale(Locale.FRENCH);
        ExportViewModel export = new ExportViewModel(text, Runnable::run, Runnable::run, new LastFolder(prefs));
        Path first = folder.resolve("race.svg");
        export.export(ExportFormat.SVG, RACE, RACE, first, PictureOptions.of(ExportFormat.SLIDE_PNG));

        assertThat(export.failedProperty().get()).as(export.messageProperty().get()).isFalse();
        assertThat(folder.resolve("race-lock.svg")).exists();
        assertThat(folder.resolve("race-event-loop.svg")).doesNotExist();
        for (int i = 0; i < RACE.size(); i++) {
            RunResult run = RACE.get(i);
            String title = new RunTitles(text).ofPicture(run, RACE.get(1 - i), i + 1);
            assertThat(title).contains("valeur finale " + run.counterTally().finalCount() + " sur 500")
                    .contains("moyenne " + text.duration(run.summary().averageSeconds()))
                    .contains("total " + text.duration(run.summary().totalSeconds()));
            assertThat(String.join(" · ", texts(i == 0 ? first : folder.resolve("race-lock.svg"))))
                    .contains("valeur finale " + run.counterTally().finalCount() + " sur 500");
        }
    }

    /** Whether two texts in a row make {@code title}, broken at one of its " · ". */
    private static boolean lines(List<String> texts, String title) {
        for (int i = 0; i + 1 < texts.size(); i++) {
            if ((texts.get(i) + " · " + texts.get(i + 1)).equals(title)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(Path svg) throws IOException {
        List<String> texts = new ArrayList<>();
        Matcher m = TEXT.matcher(Files.readString(svg));
        while (m.find()) {
            texts.add(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
        }
        return texts;
    }
}
