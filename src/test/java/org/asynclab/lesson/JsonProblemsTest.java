package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a hand-written scenario can break its JSON gives one line in a teacher's words, with line and column. */
class JsonProblemsTest {
    /** Words of the JSON library that mean nothing to a teacher. */
    private static final List<String> INTERNALS = List.of("Feature", "ALLOW_", "StreamReadConstraints", "code 1",
            "code 4", "code 3", "(key", "Unexpected character", "was expecting", "REDACTED", "marker", "token", "`");

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("{\n // a note\n \"tasks\": 3}", "line 2, column 2: JSON has no comments"),
                Arguments.of("{\"tasks\": 3,}", "line 1, column 13: a comma before } is not allowed in JSON"),
                Arguments.of("{\"tasks\": 3, \"tasks\": 4}", "column 23: \"tasks\" is given twice: keep one"),
                Arguments.of("{\"tasks\": 3 \"seed\": 4}", "a comma is missing before '\"'"),
                Arguments.of("{\"tasks\" 3}", "a colon is missing between a field's name and its value"),
                Arguments.of("{tasks: 3}", "a field name needs double quotes"),
                Arguments.of("{'tasks': 3}", "need double quotes \"…\", not single quotes"),
                Arguments.of("{\"title\": \u201cT\u201d}", "curly quotes"),
                Arguments.of("{\"requireGuess\": tru}", "'tru' is not a value"),
                Arguments.of("{\"tasks\": 07}", "a number cannot start with 0"),
                Arguments.of("{\"delays\": [1, 2}", "'}' found where ']' should close"),
                Arguments.of("{\"delays\": [1, 2,]}", "a comma before ] is not allowed"),
                Arguments.of("{\"tasks\": 3", "the file ends before the closing } of an object"),
                Arguments.of("{\"title\": \"T", "the file ends inside a text"),
                Arguments.of("{\"title\": \"T\nU\"}", "a text runs past the end of its line"),
                Arguments.of("{\"title\": \"C:\\x\"}", "\\x is not an escape of JSON"),
                Arguments.of("{\"maxDelay\": NaN}", "NaN and Infinity are not numbers in JSON"),
                Arguments.of("{\"maxDelay\": +1}", "a number cannot start with +"),
                Arguments.of("{\"maxDelay\": .5}", "write 0.5, not .5"),
                Arguments.of("{\"maxDelay\": 1" + "0".repeat(1500) + "}",
                        "a number is longer than 1,000 digits, the most one may be"),
                Arguments.of("{\"title\": \"" + "a".repeat(20_000_001) + "\"}",
                        "line 1, column 11: a text is longer than 20,000,000 characters, the most one may be"),
                Arguments.of("[".repeat(1200), "nested more than 1,000 deep"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsOneLineInTheTeachersWords(String json, String words) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("mine.json", json));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("mine.json: is not valid JSON at line ").contains(words)
                .doesNotContain("\n").doesNotContain(INTERNALS);
    }
}
