package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLibraryTest {
    /** The longest "look at" line, in characters: three lines of the lesson's text at 1024x768. */
    private static final int LOOK_AT_MOST = 360;
    private static final String TEXTS = "{\"title\": \"T\", \"explanation\": \"E\"}";

    @TempDir
    Path folder;

    @Test
    void everyBundledFileIsInExactlyOneLessonAndLoads() throws Exception {
        List<ScenarioLibrary> lessons = ScenarioLibrary.bundledLessons();
        List<String> ids = lessons.stream().flatMap(l -> l.ids().stream()).toList();

        try (Stream<Path> files = Files.list(Path.of("resources", "scenarios"))) {
            assertThat(files.map(f -> f.getFileName().toString())
                    .filter(n -> !ScenarioLibrary.BUNDLED_LESSONS.contains(n))
                    .map(ScenarioLoader::idOf)).containsExactlyInAnyOrderElementsOf(ids);
        }
        assertThat(ids).doesNotHaveDuplicates();
        ScenarioLibrary course = ScenarioLibrary.bundled();
        assertThat(course.ids()).startsWith("bonjour-monde").hasSizeGreaterThanOrEqualTo(9)
                .doesNotContain("threads-vs-virtual", "virtual-vs-event-loop");
        assertThat(lessons.get(1).ids()).containsExactly("threads-vs-virtual", "virtual-vs-event-loop");
        for (ScenarioLibrary lesson : lessons) {
            assertThat(lesson.title().fr()).isNotEqualTo(lesson.title().en());
        }
    }

    @Test
    void aScenarioOfTheSecondLessonIsFoundFromTheFirst() throws Exception {
        assertThat(ScenarioLibrary.bundled().resolve("threads-vs-virtual").id()).isEqualTo("threads-vs-virtual");
        assertThat(ScenarioLibrary.bundled().find("virtual-vs-event-loop")).isPresent();
    }

    @Test
    void everyBundledScenarioSpeaksEnglishAndFrench() throws Exception {
        for (Scenario scenario : allBundled()) {
            for (LocalizedText text : new LocalizedText[] {scenario.title(), scenario.explanation(),
                scenario.lookAt()}) {
                assertThat(text.en()).as("%s in English", scenario).isNotBlank();
                assertThat(text.fr()).as("%s in French", scenario).isNotBlank();
            }
            assertThat(scenario.explanation().fr()).as("%s translated", scenario)
                    .isNotEqualTo(scenario.explanation().en());
            assertThat(scenario.lookAt().fr()).as("%s translated", scenario).isNotEqualTo(scenario.lookAt().en());
        }
    }

    @Test
    void everyLookAtLineIsWhatToWatchNotAParagraph() throws Exception {
        // fetch-urls' "look at" was 753 characters in French (how to zoom, what each shade is): at 1024x768 it folded
        // behind "more" with the point of the lesson in it, while the explanation's first sentence stayed
        for (Scenario scenario : allBundled()) {
            assertThat(scenario.lookAt().en().length()).as("%s's look-at in English", scenario)
                    .isLessThanOrEqualTo(LOOK_AT_MOST);
            assertThat(scenario.lookAt().fr().length()).as("%s's look-at in French", scenario)
                    .isLessThanOrEqualTo(LOOK_AT_MOST);
        }
    }

    @Test
    void everyBundledScenarioFitsInAClassroomMinute() throws Exception {
        int longer = 0;
        for (Scenario scenario : allBundled()) {
            double seconds = IdealTime.ofScenario(scenario);

            assertThat(seconds).as("ideal wall-clock of %s", scenario).isLessThanOrEqualTo(20);
            longer += seconds > 10 ? 1 : 0;
        }
        assertThat(longer).as("scenarios longer than 10 s").isLessThanOrEqualTo(2);
    }

    @Test
    void resolveFindsABundledNameThenAFile() throws Exception {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        Path mine = Files.writeString(folder.resolve("mine.json"), TEXTS);

        assertThat(library.resolve("io-vs-cpu").id()).isEqualTo("io-vs-cpu");
        assertThat(library.resolve("io-vs-cpu.json").id()).isEqualTo("io-vs-cpu");
        assertThat(library.resolve(mine.toString()).id()).isEqualTo("mine");
    }

    @Test
    void resolveOfNeitherANameNorAFileListsTheNames() throws Exception {
        ScenarioLibrary library = ScenarioLibrary.bundled();

        assertThatThrownBy(() -> library.resolve("bonjour"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("bonjour: is neither a scenario of the lesson"
                        + " (bonjour-monde, fetch-urls, wait-n-5-5")
                .hasMessageEndingWith(") nor a scenario file");
        // a path, or a .json name, was meant as a file: where it was looked for says more than the lessons' names
        Path gone = folder.resolve("gone/x.json");
        assertThatThrownBy(() -> library.resolve(gone.toString()))
                .hasMessage(gone + ": no such file (looked for " + gone + ")");
        assertThatThrownBy(() -> library.resolve("lesson1.json"))
                .hasMessageStartingWith("lesson1.json: no such file (looked for "
                        + Path.of("lesson1.json").toAbsolutePath() + "), nor is lesson1 a scenario of the lesson"
                        + " (bonjour-monde, fetch-urls, wait-n-5-5").hasMessageEndingWith(", virtual-vs-event-loop)");
    }

    @Test
    void resolveOfABadFileReportsTheFileAndTheField() throws Exception {
        Path bad = Files.writeString(folder.resolve("bonjour.json"), TEXTS.replace("}", ", \"tasks\": 0}"));

        assertThatThrownBy(() -> ScenarioLibrary.bundled().resolve(bad.toString()))
                .hasMessage("bonjour.json: \"tasks\" must be a whole number from 1 to 1,000,000 (got 0)");
    }

    @Test
    void aFolderWithAnIndexKeepsItsOrder() throws Exception {
        write("b.json", TEXTS);
        write("a.json", TEXTS);
        write("lesson.json", "{\"title\": {\"fr\": \"Ma leçon\"}, \"scenarios\": [\"b\", \"a\"]}");

        ScenarioLibrary library = ScenarioLibrary.fromFolder(folder);

        assertThat(library.ids()).containsExactly("b", "a");
        assertThat(library.lesson().title().en()).isEqualTo("Ma leçon");
    }

    @Test
    void aFolderWithoutAnIndexIsALessonInNameOrder() throws Exception {
        write("b.json", TEXTS);
        write("a.json", TEXTS);
        write("readme.txt", "not a scenario");

        assertThat(ScenarioLibrary.fromFolder(folder).ids()).containsExactly("a", "b");
    }

    @Test
    void aMissingOrEmptyFolderIsReportedByName() {
        assertThatThrownBy(() -> ScenarioLibrary.fromFolder(folder))
                .hasMessageEndingWith("holds no scenario (no .json file)");
        assertThatThrownBy(() -> ScenarioLibrary.fromFolder(folder.resolve("nope")))
                .hasMessageEndingWith("is not a folder");
    }

    @Test
    void aBadIndexIsReportedWithTheEntryAtFault() throws Exception {
        write("a.json", TEXTS);

        assertIndexRefused("{\"scenarios\": [\"a\", \"c\"]}",
                "lesson.json: \"scenarios[1]\" names \"c\" but there is no c.json");
        assertIndexRefused("{\"scenarios\": [\"a\", \"a\"]}",
                "lesson.json: \"scenarios[1]\" names \"a\" a second time");
        assertIndexRefused("{\"scenarios\": [\"../a\"]}", "lesson.json: \"scenarios[0]\" must be a scenario id");
        assertIndexRefused("{\"order\": []}", "lesson.json: \"order\" is an unknown field");
        assertIndexRefused("{}", "lesson.json: \"scenarios\" is missing");
        assertIndexRefused("{\"scenarios\": []}", "lesson.json: \"scenarios\" must name at least one scenario");
    }

    private void assertIndexRefused(String index, String message) throws IOException {
        write(ScenarioLibrary.INDEX, index);

        assertThatThrownBy(() -> ScenarioLibrary.fromFolder(folder)).as(index)
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith(message);
    }

    private static List<Scenario> allBundled() throws ScenarioException {
        return ScenarioLibrary.bundledLessons().stream().flatMap(l -> l.scenarios().stream()).toList();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }
}
