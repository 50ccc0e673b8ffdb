package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled Python lessons, in English and in French ({@code fr/}), follow the course's own rules: a shebang, a
 * module docstring, a docstring and type annotations on every function, lines of at most 79 characters, no tab, no
 * trailing space, two blank lines before each top-level definition, 40 lines at most. Checked here in Java, so the
 * test runs everywhere; the real {@code pycodestyle} runs too where the system's python3 can import it.
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonLessonStyleTest {
    static final Path LESSONS = Path.of("resources", "scenarios-python");
    /** The same programs with French docstrings and comments, for a French session: {@code fr/wait-n.py}. */
    static final Path FRENCH = LESSONS.resolve("fr");

    // One line per signature in the lessons: a def that wraps is refused below, so it cannot hide from the check.
    private static final Pattern DEF = Pattern.compile("^(\\s*)(async\\s+)?def\\s+(\\w+)\\((.*)\\)(\\s*->\\s*.+)?:$");

    @TempDir
    Path work;

    /** Every program, the English ones then the French ones. */
    static Stream<Path> lessons() throws IOException {
        return Stream.concat(programs(LESSONS).stream(), programs(FRENCH).stream());
    }

    private static List<Path> programs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".py")).sorted().toList();
        }
    }

    /** A program's name in the messages: {@code wait-n.py}, {@code fr/wait-n.py}. */
    private static Path name(Path file) {
        return LESSONS.relativize(file);
    }

    @Test
    void everyProgramHasItsFrenchTextAndTheFrenchFolderNoOther() throws IOException {
        assertThat(programs(FRENCH).stream().map(Path::getFileName))
                .containsExactlyElementsOf(programs(LESSONS).stream().map(Path::getFileName).toList());
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void startsWithTheShebangAndTheModuleDocstring(Path file) throws IOException {
        List<String> lines = lines(file);

        assertThat(lines.get(0)).isEqualTo("#!/usr/bin/env python3");
        assertThat(lines.get(1)).startsWith("\"\"\"").hasSizeGreaterThan(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyLineIsShortWithoutTabsOrTrailingSpaces(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = lines(file);

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = name(file) + ":" + (i + 1);
            assertThat(line.codePointCount(0, line.length())).as("%s is longer than 79", where).isLessThanOrEqualTo(79);
            assertThat(line).as("%s has a tab", where).doesNotContain("\t");
            assertThat(line).as("%s ends with a space", where).doesNotEndWith(" ");
        }
        assertThat(text).as("%s ends with one newline", file).endsWith("\n").doesNotEndWith("\n\n");
        assertThat(lines.size()).as("%s fits on a projector", file).isLessThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyFunctionHasADocstringAndAnnotations(Path file) throws IOException {
        List<String> lines = lines(file);
        int functions = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = name(file) + ":" + (i + 1);
            if (!line.trim().matches("(async\\s+)?def\\s.*")) {
                continue;
            }
            Matcher def = DEF.matcher(line);
            assertThat(def.matches()).as("%s: a def on one line, ending with ':'", where).isTrue();
            functions++;
            assertThat(def.group(5)).as("%s: %s has a return annotation", where, def.group(3)).isNotNull();
            for (String parameter : parameters(def.group(4))) {
                assertThat(parameter).as("%s: parameter of %s is annotated", where, def.group(3)).contains(":");
            }
            assertThat(lines.get(i + 1).trim()).as("%s: %s starts with a docstring", where, def.group(3))
                    .startsWith("\"\"\"");
            if (def.group(1).isEmpty()) {
                assertThat(lines.subList(i - 3, i)).as("%s: two blank lines before %s", where, def.group(3))
                        .satisfies(before -> assertThat(before.get(0)).isNotBlank())
                        .satisfies(before -> assertThat(before.subList(1, 3)).allMatch(String::isBlank));
            }
        }
        assertThat(functions).as("functions in %s", file).isPositive();
    }

    /** The parameters of a signature, split at the commas outside brackets; self, cls, * and / need no type. */
    private static List<String> parameters(String list) {
        List<String> parameters = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : (list + ",").toCharArray()) {
            depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                String parameter = current.toString().trim();
                if (!parameter.isEmpty() && !List.of("self", "cls", "*", "/").contains(parameter)) {
                    parameters.add(parameter);
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return parameters;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void usesTheStandardLibraryOnly(Path file) throws IOException {
        List<String> allowed = List.of("asyncio", "random", "time", "sys", "typing", "warnings");
        for (String line : lines(file)) {
            Matcher imported = Pattern.compile("^(?:import|from)\\s+(\\w+)").matcher(line);
            if (imported.find()) {
                assertThat(imported.group(1)).as("%s imports", name(file)).isIn(allowed);
            }
        }
    }

    @Test
    void pycodestyleFindsNothingWhereItIsInstalled() throws Exception {
        Optional<String> python = Python3.onPath();
        assumeTrue(python.isPresent(), "pycodestyle part skipped: " + Python3.MISSING
                + " (the Java checks of this class ran)");
        Python3.Run probe = Python3.run(60, work, python.get(), "-c", "import pycodestyle");
        assumeTrue(probe.exitCode() == 0, "pycodestyle part skipped: " + python.get() + " cannot import"
                + " pycodestyle (" + probe.err().strip().lines().reduce((a, b) -> b).orElse("") + "); the Java checks"
                + " of this class ran. To run it too: apt install python3-pycodestyle, or pip install pycodestyle");
        List<String> command = new ArrayList<>(List.of(python.get(), "-m", "pycodestyle"));
        lessons().map(f -> f.toAbsolutePath().toString()).forEach(command::add);

        Python3.Run run = Python3.run(120, work, command.toArray(String[]::new));

        assertThat(run.out() + run.err()).as("pycodestyle").isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
