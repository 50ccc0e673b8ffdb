package org.asynclab.ui.lesson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonViewModelTest {
    private final UiText french = UiText.forLocale(Locale.FRENCH);
    private final SettingsViewModel settings = new SettingsViewModel(french, () -> 1);

    private static Lesson lesson() throws Exception {
        return ScenarioLibrary.bundled().lesson();
    }

    @Test
    void nextShowsTheFirstScenarioWithItsSettingsComparisonAndFrenchWords() throws Exception {
        Lesson lesson = lesson();
        Scenario first = lesson.scenarios().get(0);
        LessonViewModel model = new LessonViewModel(french, settings, lesson);

        model.next();

        assertThat(settings.toConfig()).isEqualTo(first.settings());
        assertThat(settings.compareWithProperty().get()).isEqualTo(first.compare().map(RunConfig::mode).orElse(null));
        // in the window's French typography: a no-break space before a colon, so no line starts with it
        assertThat(model.titleProperty().get()).isEqualTo(french.prose(first.title().fr()));
        assertThat(model.explanationProperty().get()).isEqualTo(french.prose(first.explanation().fr()))
                .doesNotContain(" :");
        assertThat(model.positionProperty().get()).isEqualTo("Scénario 1 sur " + lesson.size());
    }

    /**
     * A Python lesson's scenario named at start-up (--scenario measure-time) shows its place in the Python lesson:
     * it said "Fichier de scénario : measure-time", as if the teacher had opened a file, and ▶ went nowhere.
     */
    @Test
    void aPythonLessonsScenarioShownByNameKeepsItsPlaceInThePythonLesson() throws Exception {
        ScenarioLibrary python = ScenarioLibrary.bundledPython();
        Scenario measure = python.find("measure-time").orElseThrow();
        LessonViewModel model = new LessonViewModel(french, settings, lesson());

        model.showOutsideLesson(measure);

        int at = python.scenarios().indexOf(measure) + 1;
        assertThat(model.positionProperty().get()).isEqualTo("Scénario " + at + " sur " + python.scenarios().size());
        assertThat(model.lessonNameProperty().get()).isEqualTo(python.lesson().title().fr());
        assertThat(model.next()).as("▶ goes on through the Python lesson").isEqualTo(at < python.scenarios().size());
    }

    /**
     * The window loaded again in French showed the course's 13th scenario (the race on the loop) for the Python
     * lesson's 13th (two worlds): the place was carried as a number, and read in the first lesson.
     */
    @Test
    void theWindowLoadedInAnotherLanguageShowsTheSameScenarioOfTheSameLesson() throws Exception {
        UiText english = UiText.forLocale(Locale.ENGLISH);
        Lesson python = ScenarioLibrary.bundledPython().lesson();
        LessonViewModel before = new LessonViewModel(english, new SettingsViewModel(english, () -> 1), lessons());
        before.openLesson(python, python.size() - 1);

        LessonViewModel after = new LessonViewModel(french, settings, lessons());
        assertThat(after.showAsBefore(before)).as("a lesson's scenario").isTrue();

        assertThat(after.currentProperty().get().id()).isEqualTo("two-worlds");
        assertThat(after.positionProperty().get()).isEqualTo("Scénario " + python.size() + " sur " + python.size());
        assertThat(after.lessonNameProperty().get()).isEqualTo(python.title().fr());

        // and Java's answer's second scenario, not the course's second
        before.goTo(1, 1);
        LessonViewModel again = new LessonViewModel(french, settings, lessons());
        again.showAsBefore(before);
        assertThat(again.currentProperty().get().id()).isEqualTo(before.currentProperty().get().id());
        assertThat(again.lessonIndex()).isEqualTo(1);
    }

    private static List<Lesson> lessons() throws Exception {
        return ScenarioLibrary.bundledLessons().stream().map(ScenarioLibrary::lesson).toList();
    }

    @Test
    void theExplicitDelaysAreUsedOnlyWhileTheFormHoldsTheScenariosSettings() throws Exception {
        LessonViewModel model = new LessonViewModel(french, settings, lesson());
        model.goTo("bonjour-monde");

        assertThat(model.delaysFor(settings.toConfig())).isNotNull();
        settings.seedProperty().set("7");
        assertThat(model.delaysFor(settings.toConfig())).isNull();
    }

    @Test
    void aScenarioThatComparesKindsOrTaskCountsRunsItsOwnSecondRun() throws Exception {
        LessonViewModel model = new LessonViewModel(french, settings, lesson());

        model.goTo("io-vs-cpu");
        RunConfig first = settings.toConfig();
        assertThat(model.compareFor(first, settings.compareWithProperty().get()))
                .hasValueSatisfying(second -> assertThat(second.kind()).isEqualTo(TaskKind.CPU));

        model.goTo("measure-time-5-9");
        assertThat(model.compareFor(settings.toConfig(), settings.compareWithProperty().get()))
                .hasValueSatisfying(second -> assertThat(second.tasks()).isEqualTo(50));

        settings.tasksProperty().set("6");
        assertThat(model.compareFor(settings.toConfig(), settings.compareWithProperty().get())).isEmpty();
    }

    @Test
    void aScenarioOfTheLessonGivenFromOutsideKeepsItsPlaceInTheLesson() throws Exception {
        LessonViewModel model = new LessonViewModel(french, settings, lesson());

        model.showOutsideLesson(ScenarioLibrary.bundled().resolve("bonjour-monde"));

        assertThat(model.index()).isGreaterThanOrEqualTo(0);
        assertThat(model.positionProperty().get()).startsWith("Scénario ");
    }

    @Test
    void aBadFileIsAMessageInWordsAndChangesNothing(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("mine.json");
        Files.writeString(file, "{\"tasks\": -3}");
        LessonViewModel model = new LessonViewModel(french, settings, lesson());

        assertThat(model.open(file)).hasValueSatisfying(words -> assertThat(words)
                .startsWith("Ce fichier de scénario ne peut pas servir").contains("mine.json"));
        assertThat(model.showingProperty().get()).isFalse();
    }

    @Test
    void aBadFileIsSaidInTheWindowsLanguage(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("bonjour.json"), "{\"title\": \"T\", \"explanation\": \"E\","
                + " \"tasks\": 0}");
        UiText english = UiText.forLocale(Locale.ENGLISH);

        assertThat(new LessonViewModel(french, settings, lesson()).open(file)).contains("Ce fichier de scénario ne"
                + " peut pas servir\u00a0: bonjour.json\u00a0: \"tasks\" doit être un nombre entier de 1 à "
                + french.integer(1_000_000) + " (valeur lue\u00a0: 0)");
        assertThat(new LessonViewModel(english, new SettingsViewModel(english, () -> 1), lesson()).open(file))
                .contains("This scenario file cannot be used: bonjour.json: \"tasks\" must be a whole number from 1"
                        + " to 1,000,000 (got 0)");
    }

    @Test
    void aScenarioThatRunsAPythonProgramIsShownWithItsProgram(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("hello.py"), "print('hello')\n");
        Path file = Files.writeString(folder.resolve("py.json"), "{\"title\": \"T\", \"explanation\": \"E\","
                + " \"python\": \"hello.py\"}");
        LessonViewModel model = new LessonViewModel(french, settings, lesson());

        assertThat(model.open(file)).isEmpty();
        assertThat(model.showingProperty().get()).isTrue();
        assertThat(model.currentProperty().get().python()).hasValueSatisfying(program ->
                assertThat(program.sourceIn(Locale.FRENCH)).as("a teacher's program, as it is")
                        .isEqualTo("print('hello')\n"));
    }

    @Test
    void thePythonLessonIsMovedThroughAndTheMenusScenariosBringTheBundledOneBack() throws Exception {
        LessonViewModel model = new LessonViewModel(french, settings, lesson());
        List<Scenario> home = model.scenarios();

        assertThat(model.openLesson(ScenarioLibrary.bundledPython().lesson())).isTrue();
        assertThat(model.currentProperty().get().python()).isPresent();
        assertThat(model.next()).isTrue();
        assertThat(model.currentProperty().get().python()).isPresent();
        assertThat(model.scenarios()).isEqualTo(home);

        assertThat(model.goHome(1)).isTrue();
        assertThat(model.currentProperty().get()).isEqualTo(home.get(1));
    }

    // --- issue 12 (branch courseui): every bundled lesson, and the course's settings from a scenario -------------

    private LessonViewModel bothLessons() throws Exception {
        return new LessonViewModel(french, settings,
                ScenarioLibrary.bundledLessons().stream().map(ScenarioLibrary::lesson).toList());
    }

    @Test
    void openingTheSecondLessonShowsItsFirstScenarioAndPageDownStaysInIt() throws Exception {
        LessonViewModel model = bothLessons();
        Lesson java = model.lessons().get(1);

        model.openLesson(1);

        assertThat(model.currentProperty().get().id()).isEqualTo(java.scenarios().get(0).id());
        assertThat(model.lessonNameProperty().get()).isEqualTo(french.prose(java.title().fr()));
        assertThat(model.positionProperty().get()).isEqualTo("Scénario 1 sur " + java.size());
        while (model.next()) {
            assertThat(java.scenarios()).contains(model.currentProperty().get());
        }
        assertThat(model.currentProperty().get()).isEqualTo(java.scenarios().get(java.size() - 1));
    }

    @Test
    void aScenarioOfTheSecondLessonOpenedByNameKeepsItsPlaceThere() throws Exception {
        LessonViewModel model = bothLessons();
        Scenario virtual = ScenarioLibrary.bundled().find("virtual-vs-event-loop").orElseThrow();

        model.showOutsideLesson(virtual);

        assertThat(model.lessonIndex()).isEqualTo(1);
        assertThat(model.index()).isEqualTo(1);
        model.previous();
        assertThat(model.currentProperty().get().id()).isEqualTo("threads-vs-virtual");
    }

    @Test
    void aRaceScenarioPutsItsCounterAndGapInTheForm() throws Exception {
        LessonViewModel model = bothLessons();

        model.goTo("race-await-vs-lock");

        Scenario race = model.currentProperty().get();
        assertThat(settings.toConfig()).isEqualTo(race.settings());
        assertThat(settings.course().counterProperty().get()).isEqualTo(race.settings().coordination().counter());
        // the French form writes its decimals with a comma, as a French teacher types them
        assertThat(settings.course().counterGapProperty().get()).isEqualTo("0,002");
    }
}
