package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenarios that run a Python program: the {@code python} and {@code picture} fields, and the bundled lesson. */
class PythonScenarioTest {
    private static final String TEXTS = "\"title\": \"T\", \"explanation\": \"E\"";

    @TempDir
    Path folder;

    private Scenario load(String fields) throws Exception {
        Files.writeString(folder.resolve("hello.py"), "print('hello')\n");
        return ScenarioLoader.load(Files.writeString(folder.resolve("mine.json"), "{" + TEXTS + ", " + fields + "}"));
    }

    @Test
    void aScenarioNamesAProgramBesideItAndWhatItsPictureShows() throws Exception {
        Scenario scenario = load("\"python\": \"hello.py\", \"seed\": 7, \"picture\": {\"total\": [0, 1.5],"
                + " \"overlap\": false, \"ascending\": [\"wait_n\"], \"warning\": \"never awaited\","
                + " \"prints\": [\"hello\"]}");

        PythonProgram program = scenario.python().orElseThrow();
        assertThat(program.fileName()).isEqualTo("hello.py");
        assertThat(program.source()).as("a teacher's program, shown as it is in both languages")
                .isEqualTo(LocalizedText.of("print('hello')\n"));
        assertThat(program.picture().allowsTotal(1.5)).isTrue();
        assertThat(program.picture().allowsTotal(1.6)).isFalse();
        assertThat(program.picture().overlap()).contains(false);
        assertThat(program.picture().ascending()).containsExactly("wait_n");
        assertThat(program.picture().expectedWarning()).contains("never awaited");
        assertThat(program.picture(Locale.FRENCH)).as("a plain list holds in both languages")
                .isEqualTo(program.picture());
        assertThat(scenario.settings().seed()).isEqualTo(7);
        assertThat(program.writeTo(Files.createDirectory(folder.resolve("run")), Locale.FRENCH))
                .hasContent("print('hello')");
    }

    @Test
    void aPictureGivesTheWordsPrintedInEachLanguage() throws Exception {
        PythonProgram program = load("\"python\": \"hello.py\", \"picture\": {\"total\": [0, 2],"
                + " \"prints\": {\"en\": [\"task created\"], \"fr\": [\"tâche créée\"]},"
                + " \"ascending\": {\"en\": [\"delays\"], \"fr\": [\"délais\"]},"
                + " \"notAscending\": {\"en\": [\"gather\"]}}")
                .python().orElseThrow();

        assertThat(program.picture(Locale.ENGLISH).prints()).containsExactly("task created");
        assertThat(program.picture(Locale.CANADA_FRENCH).prints()).containsExactly("tâche créée");
        assertThat(program.picture(Locale.FRENCH).ascending()).containsExactly("délais");
        assertThat(program.picture(Locale.ENGLISH).ascending()).containsExactly("delays");
        assertThat(program.picture(Locale.FRENCH).notAscending()).as("a language left out gets the other's")
                .containsExactly("gather");
        assertThat(program.picture(Locale.FRENCH).allowsTotal(2)).isTrue();
        assertThat(program.picture(Locale.FRENCH).allowsTotal(2.1)).isFalse();
    }

    @Test
    void aProgramsFrenchTextIsTheFileOfTheSameNameInFrBesideIt() throws Exception {
        Files.createDirectory(folder.resolve("fr"));
        Files.writeString(folder.resolve("fr").resolve("hello.py"), "print('hello')  # dit bonjour\n");

        PythonProgram program = load("\"python\": \"hello.py\"").python().orElseThrow();

        assertThat(program.fileName()).isEqualTo("hello.py");
        assertThat(program.sourceIn(Locale.ENGLISH)).isEqualTo("print('hello')\n");
        assertThat(program.sourceIn(Locale.CANADA_FRENCH)).isEqualTo("print('hello')  # dit bonjour\n");
        assertThat(program.writeTo(Files.createDirectory(folder.resolve("run")), Locale.FRENCH))
                .hasFileName("hello.py").hasContent("print('hello')  # dit bonjour");
    }

    @Test
    void aJavaScenarioRunsNoProgramAndAPictureIsOptional() throws Exception {
        assertThat(load("\"tasks\": 3").python()).isEmpty();
        assertThat(load("\"python\": \"hello.py\"").python().orElseThrow().picture()).isEqualTo(PictureClaims.NONE);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("\"pyton\": \"hello.py\"", "pyton", "did you mean \"python\""),
                Arguments.of("\"python\": 3", "python", "must be the file name of a Python program beside mine.json"),
                Arguments.of("\"python\": \"../hello.py\"", "python", "ending in .py, without a folder"),
                Arguments.of("\"python\": \"hello.txt\"", "python", "ending in .py"),
                Arguments.of("\"python\": \"gone.py\"", "python", "names \"gone.py\" but there is no such file"),
                Arguments.of("\"python\": \"hello.py\", \"mode\": \"pool\"", "mode", "has no meaning beside"),
                Arguments.of("\"python\": \"hello.py\", \"kind\": \"cpu\"", "kind",
                        "tasks, maxDelay and seed only"),
                // same delays, two worlds: beside a program, "compare" names the Java mode that follows, no more
                Arguments.of("\"python\": \"hello.py\", \"compare\": {\"kind\": \"cpu\"}", "compare.kind",
                        "valid fields: mode, workers"),
                Arguments.of("\"python\": \"hello.py\", \"delays\": [1]", "delays", "has no meaning beside"),
                Arguments.of("\"picture\": {}", "picture", "name it in \"python\" too"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": 1", "picture", "e.g. {\"total\": [0.9, 1.8]"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"totl\": [1, 2]}", "picture.totl",
                        "did you mean \"total\""),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"total\": [3, 1]}", "picture.total",
                        "the least first (got [3, 1])"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"total\": 2}", "picture.total",
                        "least and the most seconds"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"overlap\": \"yes\"}", "picture.overlap",
                        "must be true or false"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"prints\": [1]}", "picture.prints",
                        "must be a list of texts"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"prints\": {\"de\": [\"Hallo\"]}}",
                        "picture.prints.de", "valid fields: en, fr"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"prints\": {}}", "picture.prints",
                        "at least one of the two languages"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"prints\": {\"fr\": \"Bonjour\"}}",
                        "picture.prints.fr", "must be a list of texts"),
                Arguments.of("\"python\": \"hello.py\", \"picture\": {\"ascending\": {\"fr\": [\" \"]}}",
                        "picture.ascending.fr", "(got \" \")"),
                Arguments.of("\"python\": \"hello.py\", \"tasks\": 0", "tasks", "from 1 to 1,000,000 (got 0)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void aBadPythonFieldGivesOneLineNamingTheFileTheFieldAndTheRange(String fields, String field, String words) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> load(fields));

        assertThat(e).as("no exception for %s", fields).isNotNull();
        assertThat(e.getMessage()).startsWith("mine.json: \"" + field + "\" ").contains(words).doesNotContain("\n");
        assertThat(e.field()).contains(field);
    }

    @Test
    void aScenarioGivenAsTextAloneHasNoProgramBesideIt() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("pasted.json", "{" + TEXTS + ", \"python\": \"x.py\"}"));

        assertThat(e).hasMessage("pasted.json: \"python\" names \"x.py\" but there is no such file beside pasted.json");
    }

    @Test
    void aProgramThatIsNotUtf8IsReportedByName() throws Exception {
        Files.write(folder.resolve("latin1.py"), "print('Été')\n".getBytes(StandardCharsets.ISO_8859_1));
        Path scenario = Files.writeString(folder.resolve("s.json"), "{" + TEXTS + ", \"python\": \"latin1.py\"}");

        assertThat(catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(scenario)))
                .hasMessage("latin1.py: is not UTF-8 text: save it as UTF-8");
    }

    @Test
    void aFrenchTextThatIsNotUtf8IsReportedByItsPath() throws Exception {
        Files.createDirectory(folder.resolve("fr"));
        Files.write(folder.resolve("fr").resolve("hello.py"), "print('Été')\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(catchThrowableOfType(ScenarioException.class, () -> load("\"python\": \"hello.py\"")))
                .hasMessage("fr/hello.py: is not UTF-8 text: save it as UTF-8");
    }

    @Test
    void aTeachersFolderLessonFindsItsPrograms() throws Exception {
        Files.writeString(folder.resolve("hello.py"), "print('hello')\n");
        Files.writeString(folder.resolve("a.json"), "{" + TEXTS + ", \"python\": \"hello.py\"}");
        Files.writeString(folder.resolve("lesson.json"), "{\"scenarios\": [\"a\"]}");

        PythonProgram program = ScenarioLibrary.fromFolder(folder).scenarios().get(0).python().orElseThrow();
        assertThat(program.sourceIn(Locale.FRENCH)).contains("hello");
    }

    @Test
    void theBundledPythonLessonRunsEveryProgramOnceInTheCoursesOrder() throws Exception {
        ScenarioLibrary lesson = ScenarioLibrary.bundledPython();
        Set<String> named = new HashSet<>();
        for (Scenario scenario : lesson.scenarios()) {
            assertThat(named.add(scenario.python().orElseThrow().fileName())).as("%s names its own program", scenario)
                    .isTrue();
        }

        try (Stream<Path> files = Files.list(PythonLessonStyleTest.LESSONS)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names.stream().filter(n -> n.endsWith(".py"))).containsExactlyInAnyOrderElementsOf(named);
            assertThat(names.stream().filter(n -> n.endsWith(".json") && !n.equals(ScenarioLibrary.INDEX))
                    .map(ScenarioLoader::idOf)).containsExactlyInAnyOrderElementsOf(lesson.ids());
        }
        assertThat(lesson.ids()).startsWith("greet", "bonjour-monde-sequential", "bonjour-monde-gather",
                "wait-random", "wait-n", "measure-time", "tasks", "create-task");
        assertThat(lesson.title().en()).isEqualTo("Python asyncio, the course's code");
        assertThat(ScenarioLibrary.bundled().ids()).as("the Java lesson is untouched").doesNotContain("greet");
    }

    @Test
    void theTwoWorldsLessonServesItsDelaysThenRunsThemOnJavasEventLoop() throws Exception {
        Scenario twoWorlds = ScenarioLibrary.bundledPython().find("two-worlds").orElseThrow();

        org.asynclab.model.RunConfig served = twoWorlds.settings();
        org.asynclab.model.RunConfig java = twoWorlds.compare().orElseThrow();
        assertThat(java.mode()).isEqualTo(org.asynclab.model.Mode.EVENT_LOOP);
        assertThat(List.of(java.tasks(), java.maxDelaySeconds(), java.seed()))
                .isEqualTo(List.of(served.tasks(), served.maxDelaySeconds(), served.seed()));
        assertThat(twoWorlds.python().orElseThrow().sourceIn(Locale.ENGLISH)).contains("random.uniform(0, max_delay)",
                "N = " + served.tasks());
    }

    @Test
    void theBundledPythonLessonSpeaksEnglishAndTheCoursesFrench() throws Exception {
        for (Scenario scenario : ScenarioLibrary.bundledPython().scenarios()) {
            for (LocalizedText text : List.of(scenario.explanation(), scenario.lookAt())) {
                assertThat(text.en()).as("%s in English", scenario).isNotBlank();
                assertThat(text.fr()).as("%s translated", scenario).isNotBlank().isNotEqualTo(text.en())
                        // The typographic apostrophe, as messages_fr.properties; quotes around code stay straight.
                        .doesNotContainPattern("\\p{L}'\\p{L}")
                        // gather is concurrent, not parallel: the course's word.
                        .doesNotContain("parallèle");
            }
            assertThat(scenario.title().fr()).as("%s title", scenario).doesNotContainPattern("\\p{L}'\\p{L}");
        }
    }
}
