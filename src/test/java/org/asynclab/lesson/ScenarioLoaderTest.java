package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {
    private static final String TEXTS = "\"title\": \"T\", \"explanation\": \"E\"";

    @TempDir
    Path folder;

    private static Scenario parse(String fields) throws ScenarioException {
        return ScenarioLoader.parse("mine.json", "{" + TEXTS + (fields.isEmpty() ? "" : ", " + fields) + "}");
    }

    @Test
    void theMessageOfTheBriefNamesTheFileTheFieldAndTheRange() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("bonjour.json", "{" + TEXTS + ", \"tasks\": 0}"));

        assertThat(e).hasMessage("bonjour.json: \"tasks\" must be a whole number from 1 to 1,000,000 (got 0)");
        assertThat(e.field()).contains("tasks");
        assertThat(e.source()).isEqualTo("bonjour.json");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("\"maxdelay\": 2", "maxdelay", "did you mean \"maxDelay\""),
                Arguments.of("\"taks\": 2", "taks", "did you mean \"tasks\""),
                Arguments.of("\"tasks\": \"ten\"", "tasks", "whole number from 1 to 1,000,000 (got \"ten\")"),
                Arguments.of("\"tasks\": 2.5", "tasks", "whole number from 1 to 1,000,000 (got 2.5)"),
                Arguments.of("\"tasks\": 5000000000", "tasks", "(got 5000000000)"),
                Arguments.of("\"tasks\": 30000, \"mode\": \"threads\"", "tasks", "at most 20,000 in mode threads"),
                Arguments.of("\"maxDelay\": -1", "maxDelay", "from 0 to 3600 (decimals allowed) (got -1)"),
                Arguments.of("\"maxDelay\": \"1\"", "maxDelay", "from 0 to 3600"),
                Arguments.of("\"mode\": \"parallel\"", "mode", "one of sequential, event-loop, threads, pool, virtual"),
                Arguments.of("\"mode\": 3", "mode", "one of sequential"),
                Arguments.of("\"kind\": \"disk\"", "kind", "must be io, cpu or http (got \"disk\")"),
                Arguments.of("\"mode\": \"pool\", \"workers\": 0", "workers", "from 1 to 10,000 (got 0)"),
                Arguments.of("\"seed\": 1.5", "seed", "must be a whole number (got 1.5)"),
                Arguments.of("\"globalLock\": \"yes\"", "globalLock", "must be true or false"),
                Arguments.of("\"requireGuess\": 1", "requireGuess", "must be true or false (got 1)"),
                Arguments.of("\"delays\": 1", "delays", "must be a list of delays in seconds"),
                Arguments.of("\"delays\": []", "delays", "from 1 to 1,000,000 delays (got 0)"),
                Arguments.of("\"delays\": [1, -2]", "delays[1]", "from 0 to 3600 (decimals allowed) (got -2)"),
                Arguments.of("\"delays\": [1, \"a\"]", "delays[1]", "(got \"a\")"),
                Arguments.of("\"delays\": [1, 1], \"tasks\": 3", "delays", "holds 2 delays but \"tasks\" is 3"),
                Arguments.of("\"delays\": [1, 2], \"maxDelay\": 1", "delays", "at most \"maxDelay\" (1 s)"),
                Arguments.of("\"compare\": \"event-loop\"", "compare", "e.g. {\"mode\": \"event-loop\"}"),
                Arguments.of("\"compare\": {\"mod\": \"pool\"}", "compare.mod", "did you mean \"mode\""),
                Arguments.of("\"compare\": {\"title\": \"x\"}", "compare.title", "valid fields: tasks, maxDelay"),
                Arguments.of("\"compare\": {\"kind\": \"gpu\"}", "compare.kind", "must be io, cpu or http"),
                Arguments.of("\"delays\": [1], \"compare\": {\"tasks\": 4}", "compare.tasks", "both runs use them"),
                Arguments.of("\"tasks\": 30000, \"compare\": {\"mode\": \"threads\"}", "compare",
                        "gives an invalid run: tasks must be at most 20,000 in mode threads"),
                Arguments.of("\"title\": {\"en\": \"a\", \"de\": \"b\"}", "title.de", "valid fields: en, fr"),
                Arguments.of("\"lookAt\": 3", "lookAt", "must be a text, or {\"en\""),
                Arguments.of("\"notes\": [1]", "notes", "must be a text"),
                // a field written as null ran the default, and {"mode": null} a second run the same as the first
                Arguments.of("\"tasks\": null", "tasks", "whole number from 1 to 1,000,000 (got null;"),
                Arguments.of("\"mode\": null", "mode", "one of sequential, event-loop"),
                Arguments.of("\"delays\": null", "delays", "delays in seconds, e.g. [1, 1] (got null;"),
                Arguments.of("\"compare\": {\"mode\": null}", "compare.mode", "(got null; leave the field out"),
                Arguments.of("\"globalLock\": null", "globalLock", "must be true or false (got null;"),
                Arguments.of("\"lookAt\": null", "lookAt", "must be a text"),
                // a semaphore beside threads ran without it, 6 tasks at once where the file said 2
                Arguments.of("\"mode\": \"threads\", \"semaphore\": 2", "semaphore",
                        "does nothing here: it goes with mode event-loop"),
                Arguments.of("\"compare\": {\"mode\": \"pool\", \"semaphore\": 2}", "compare.semaphore",
                        "does nothing here: it goes with mode event-loop"),
                Arguments.of("\"deadline\": 0.0001", "deadline", "(got 0.0001)"),
                // fields no run uses were dropped unsaid, where the command line at least notes them
                Arguments.of("\"mode\": \"threads\", \"workers\": 3", "workers", "does nothing here: no run of"),
                Arguments.of("\"mode\": \"pool\", \"compare\": {\"mode\": \"threads\", \"workers\": 8}",
                        "compare.workers", "does nothing here: no run of"),
                Arguments.of("\"counterGap\": 0.01", "counterGap", "does nothing without \"counter\""),
                Arguments.of("\"globalLock\": true", "globalLock", "does nothing here: the simulated GIL"),
                Arguments.of("\"delays\": [1, 2], \"seed\": 3", "seed", "draws nothing when \"delays\" are given"),
                Arguments.of("\"kind\": \"http\", \"deadline\": 1", "kind", "\"kind\" http does not combine with"),
                Arguments.of("\"tasks\": 1e20", "tasks", "(got 100000000000000000000)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadSettingGivesOneLineNamingTheFileAndTheField(String fields, String field, String words) {
        String json = "{" + TEXTS + ", " + fields + "}";
        // A field given twice is refused by the parser; let a test's own title/lookAt replace the default one.
        if (fields.startsWith("\"title\"")) {
            json = "{\"explanation\": \"E\", " + fields + "}";
        }
        String text = json;

        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("mine.json", text));

        assertThat(e).as("no exception for %s", fields).isNotNull();
        assertThat(e.getMessage()).startsWith("mine.json: \"" + field + "\" ").contains(words).doesNotContain("\n");
        assertThat(e.field()).contains(field);
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of("", "mine.json: is empty"),
                Arguments.of("   \n", "mine.json: is empty"),
                Arguments.of("[1, 2]", "must hold one JSON object { … } (got a list [ … ])"),
                Arguments.of("{\"title\": \"T\",}", "is not valid JSON at line 1, column"),
                Arguments.of("{\"tasks\": 1, \"tasks\": 2, " + TEXTS + "}", "is not valid JSON"),
                Arguments.of("{" + TEXTS + "} {\"tasks\": 2}", "has more text after the end of its JSON object"),
                Arguments.of("{" + TEXTS + "}\n{}", "has more text after the end of its JSON object, at line 2"),
                Arguments.of("{" + TEXTS + "}\n,", "is not valid JSON at line 2, column 1"),
                Arguments.of("{" + TEXTS + ", \"compare\": {}}", "\"compare\" changes nothing"),
                Arguments.of("{\"explanation\": \"E\"}", "\"title\" is missing: give it in English and French"),
                Arguments.of("{\"title\": {}, \"explanation\": \"E\"}", "\"title\" must be a text, or"),
                Arguments.of("{\"title\": \"T\", \"explanation\": \"  \"}", "\"explanation\" is missing"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badDocuments")
    void aBadDocumentGivesOneLineNamingTheFile(String json, String words) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("mine.json", json));

        assertThat(e.getMessage()).startsWith("mine.json: ").contains(words).doesNotContain("\n");
    }

    @Test
    void aMissingUnreadableOrBinaryFileIsReportedByName() throws Exception {
        Path nope = folder.resolve("nope.json");
        assertThatThrownBy(() -> ScenarioLoader.load(nope))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith(nope + ": no such file");
        Path dir = Files.createDirectory(folder.resolve("dir.json"));
        assertThatThrownBy(() -> ScenarioLoader.load(dir))
                .hasMessage(dir + ": cannot be read: it is a folder, not a file");
        Path latin1 = Files.write(folder.resolve("latin1.json"),
                ("{" + TEXTS.replace("\"T\"", "\"Été\"") + "}").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ScenarioLoader.load(latin1))
                .hasMessage("latin1.json: is not UTF-8 text: save it as UTF-8");
    }

    @Test
    void aDeviceIsNamedByThePathGivenNotByItsBareName() {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));

        assertThatThrownBy(() -> ScenarioLoader.load(devNull))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("/dev/null: is empty");
    }

    @Test
    void aByteOrderMarkFromAWindowsEditorIsNoProblem() throws Exception {
        Path file = Files.write(folder.resolve("notepad.json"),
                ("\uFEFF{" + TEXTS + ", \"tasks\": 3}").getBytes(StandardCharsets.UTF_8));

        assertThat(ScenarioLoader.load(file).settings().tasks()).isEqualTo(3);
        assertThat(ScenarioLoader.parse("pasted.json", "\uFEFF{" + TEXTS + "}").id()).isEqualTo("pasted");
    }

    @Test
    void leftOutSettingsTakeTheClassroomDefaults() throws Exception {
        Scenario scenario = parse("");

        assertThat(scenario.settings()).isEqualTo(RunConfig.defaults());
        assertThat(scenario.compare()).isEmpty();
        assertThat(scenario.explicitDelays()).isEmpty();
        assertThat(scenario.requiresGuess()).isFalse();
        assertThat(scenario.lookAt().isBlank()).isTrue();
    }

    @Test
    void aPoolWithoutWorkersGetsTheDefaultPoolSize() throws Exception {
        assertThat(parse("\"mode\": \"pool\"").settings().workers()).isEqualTo(4);
        assertThat(parse("\"compare\": {\"mode\": \"pool\", \"workers\": 8}").compare().orElseThrow().workers())
                .isEqualTo(8);
    }

    @Test
    void explicitDelaysGiveTheTaskCountAndMaxDelayWhenLeftOut() throws Exception {
        Scenario scenario = parse("\"delays\": [1.5, 0.5, 1]");

        assertThat(scenario.settings().tasks()).isEqualTo(3);
        assertThat(scenario.settings().maxDelaySeconds()).isEqualTo(1.5);
        assertThat(scenario.workloadFor(scenario.settings()).delaySeconds(0)).isEqualTo(1.5);
    }

    @Test
    void aNegativeZeroReadsAsZeroAsOnTheCommandLine() throws Exception {
        // "maxDelay": -0.0 printed "max delay -0.000 s" where -d -0 prints 0.000 s
        assertThat(Math.copySign(1, parse("\"maxDelay\": -0.0").settings().maxDelaySeconds())).isEqualTo(1.0);
        assertThat(Math.copySign(1, parse("\"deadline\": -0.0").settings().coordination().deadlineSeconds()))
                .isEqualTo(1.0);
    }

    @Test
    void aFieldForTheOtherRunIsNoIdleField() throws Exception {
        // workers written once for the pool the comparison runs, a gap for the counter only the second run has
        Scenario pool = parse("\"mode\": \"threads\", \"workers\": 8, \"compare\": {\"mode\": \"pool\"}");
        Scenario gap = parse("\"counterGap\": 0.01, \"compare\": {\"counter\": \"await\"}");
        Scenario gil = parse("\"kind\": \"cpu\", \"globalLock\": true, \"compare\": {\"mode\": \"threads\"}");
        Scenario semaphore = parse("\"mode\": \"threads\", \"semaphore\": 2, \"compare\": {\"mode\": \"event-loop\"}");

        assertThat(pool.compare().orElseThrow().workers()).isEqualTo(8);
        assertThat(gap.compare().orElseThrow().coordination().counterGapSeconds()).isEqualTo(0.01);
        assertThat(gil.compare().orElseThrow().globalLock()).isTrue();
        assertThat(semaphore.compare().orElseThrow().coordination().semaphore()).isEqualTo(2);
    }

    @Test
    void aSemaphoreGivenToTheLoopStaysWithItBesideAPool() throws Exception {
        // the semaphore lesson: the loop with a semaphore of 4 beside a pool of 4 (which has none)
        Scenario scenario = parse("\"mode\": \"event-loop\", \"semaphore\": 4, \"compare\": {\"mode\": \"pool\"}");

        assertThat(scenario.settings().coordination().semaphore()).isEqualTo(4);
        assertThat(scenario.compare().orElseThrow().coordination().semaphore()).isZero();
    }

    @Test
    void compareOverridesOnlyTheSettingsItNames() throws Exception {
        Scenario scenario = parse("\"tasks\": 7, \"maxDelay\": 2, \"mode\": \"event-loop\", \"seed\": 9,"
                + " \"compare\": {\"kind\": \"cpu\"}");

        RunConfig second = scenario.compare().orElseThrow();
        assertThat(second.kind()).isEqualTo(TaskKind.CPU);
        assertThat(second.withMode(Mode.EVENT_LOOP)).isEqualTo(second);
        assertThat(second.tasks()).isEqualTo(7);
        assertThat(second.seed()).isEqualTo(9);
        assertThat(scenario.configs()).containsExactly(scenario.settings(), second);
        assertThat(scenario.workloadFor(second)).isEqualTo(scenario.workloadFor(scenario.settings()));
    }

    @Test
    void aTextMayBeOneStringOrGiveOneLanguageOnly() throws Exception {
        Scenario scenario = ScenarioLoader.parse("x.json", "{\"title\": {\"fr\": \"Bonjour, Monde\"},"
                + " \"explanation\": \"Same words\", \"lookAt\": {\"en\": \"Look\", \"fr\": \"Regardez\"}}");

        assertThat(scenario.title().in(Locale.ENGLISH)).isEqualTo("Bonjour, Monde");
        assertThat(scenario.explanation().in(Locale.FRANCE)).isEqualTo("Same words");
        assertThat(scenario.lookAt().in(Locale.CANADA_FRENCH)).isEqualTo("Regardez");
        assertThat(scenario.lookAt().in(Locale.GERMAN)).isEqualTo("Look");
    }

    @Test
    void theIdIsTheFileNameWithoutItsExtension() throws Exception {
        Path file = Files.writeString(folder.resolve("my-lesson.json"), "{" + TEXTS + "}");

        assertThat(ScenarioLoader.load(file).id()).isEqualTo("my-lesson");
        assertThat(ScenarioLoader.idOf("a/b\\c.json")).isEqualTo("c");
    }
}
