package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A teacher in a French window reads every problem of a scenario file in French; the command line keeps its English.
 * One bad file per kind of problem ({@link BadScenarioFiles}).
 */
class ScenarioProblemsFrenchTest {
    /** Words of the English problems that no French one may keep. */
    private static final List<String> ENGLISH = List.of("must", "got", "missing", "unknown", "cannot", "nothing",
            "leave", "e.g.", "valid", "give", "should", "between", "holds", "names", "does", "allowed", "field",
            "file", "number", "with", "or", "and", "the", "is", "of", "to", "at", "not", "no such");
    private static final Pattern ENGLISH_WORD = Pattern.compile(String.join("|", ENGLISH.stream()
            .map(word -> "(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})").toList()));

    @TempDir
    Path folder;

    static Stream<BadScenarioFiles.Case> cases() {
        return BadScenarioFiles.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyProblemIsFrenchInAFrenchWindow(BadScenarioFiles.Case problem) throws IOException {
        String english = shown(problem, ScenarioException::getMessage);
        String french = shown(problem, e -> e.message(Locale.FRENCH));

        assertThat(french).isNotEqualTo(english).doesNotContain("\n");
        assertThat(ENGLISH_WORD.matcher(french).results().map(m -> m.group()).toList()).as(french).isEmpty();
        // French typography: a no-break space before a colon, a semicolon, a question mark; no straight apostrophe
        assertThat(french).doesNotContain(" :", " ;", " ?", "'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anyLanguageButFrenchReadsTheEnglish(BadScenarioFiles.Case problem) throws IOException {
        String english = shown(problem, ScenarioException::getMessage);

        assertThat(shown(problem, e -> e.message(Locale.GERMAN))).isEqualTo(english);
        assertThat(shown(problem, e -> e.message(Locale.ENGLISH))).isEqualTo(english);
        assertThat(shown(problem, e -> e.message(Locale.CANADA_FRENCH))).isNotEqualTo(english);
    }

    /** The cases with their sentences written out in problem-sentences.properties. */
    static Stream<Arguments> sentences() throws IOException {
        Properties sentences = new Properties();
        try (InputStream in = ScenarioProblemsFrenchTest.class.getResourceAsStream("problem-sentences.properties")) {
            sentences.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return BadScenarioFiles.all().stream().filter(c -> sentences.containsKey(c.name() + ".en"))
                .map(c -> Arguments.of(c, sentences.getProperty(c.name() + ".en"),
                        sentences.getProperty(c.name() + ".fr")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void theSentencesReadAsWritten(BadScenarioFiles.Case problem, String english, String french)
            throws IOException {
        String file = problem.name() + ".json";

        // a file too large to read is named by its path, which ends with its name
        assertThat(shown(problem, ScenarioException::getMessage)).contains(file + ": " + english);
        assertThat(shown(problem, e -> e.message(Locale.FRENCH))).contains(file + "\u00a0: " + french);
    }

    @Test
    void theBriefsMessageInFrench() {
        String json = "{\"title\": \"T\", \"explanation\": \"E\", \"tasks\": 0}";
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("bonjour.json", json));

        assertThat(e).hasMessage("bonjour.json: \"tasks\" must be a whole number from 1 to 1,000,000 (got 0)");
        assertThat(e.message(Locale.FRENCH)).isEqualTo("bonjour.json\u00a0: \"tasks\" doit être un nombre entier"
                + " de 1 à 1\u202f000\u202f000 (valeur lue\u00a0: 0)");
    }

    @Test
    void aMissingFileNamesWhereItWasLookedFor() throws IOException {
        Path file = folder.resolve("nope.json");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));

        assertThat(e.message(Locale.FRENCH)).isEqualTo(file + "\u00a0: fichier introuvable (chemin cherché\u00a0: "
                + file.toAbsolutePath() + ")");
    }

    /** The problem as {@code words} put it, each file's folder and the working folder written {@code <F>}. */
    private String shown(BadScenarioFiles.Case problem, Function<ScenarioException, String> words) throws IOException {
        Path own = Files.createTempDirectory(folder, "case");
        String shown = BadScenarioFiles.problem(problem, own, words).replace(own.toString(), "<F>");
        Path working = Path.of("").toAbsolutePath();
        return working.getNameCount() == 0 ? shown : shown.replace(working.toString(), "<F>");
    }
}
