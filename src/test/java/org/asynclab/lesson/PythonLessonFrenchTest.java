package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course is taught in French: each bundled Python lesson's program has a French text ({@code fr/wait-n.py}),
 * the same program with its docstrings and comments in French. Its code is the English one's, to the letter and on
 * the same lines, so both print the same and the lesson's picture holds in both languages; a warning or a traceback
 * names the same line in both. Python itself says so: the two parse to the same tree once the docstrings are
 * removed ({@code ast.dump}), and their comments stand at the same places.
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonLessonFrenchTest {
    /**
     * Compares the English program (first argument) with the French one (second): prints one line per difference
     * other than the docstrings' and comments' words, or "same code".
     */
    private static final String COMPARE = """
            import ast, io, sys, tokenize

            def docstrings(tree):
                found = []
                for node in ast.walk(tree):
                    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
                    if isinstance(node, kinds) and node.body:
                        first = node.body[0]
                        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \\
                                and isinstance(first.value.value, str):
                            found.append((first.lineno, first.value.value))
                            node.body = node.body[1:]
                return found

            def comments(text):
                tokens = tokenize.generate_tokens(io.StringIO(text).readline)
                return [(t.start, t.string) for t in tokens if t.type == tokenize.COMMENT]

            def lines(tree):
                return [(type(n).__name__, n.lineno) for n in ast.walk(tree) if hasattr(n, 'lineno')]

            english, french = (open(f, encoding='utf-8').read() for f in sys.argv[1:3])
            trees = [ast.parse(english), ast.parse(french)]
            docs = [docstrings(tree) for tree in trees]
            problems = []
            if ast.dump(trees[0]) != ast.dump(trees[1]):
                problems.append('the code differs once the docstrings are removed')
            elif lines(trees[0]) != lines(trees[1]):
                problems.append('the code stands on other lines')
            if [line for line, _ in docs[0]] != [line for line, _ in docs[1]]:
                problems.append('docstrings at other places: %s %s' % tuple([d[0] for d in ds] for ds in docs))
            for (line, en), (_, fr) in zip(*docs):
                if en == fr:
                    problems.append('line %d: the docstring is still English: %s' % (line, ascii(en)))
            notes = [comments(english), comments(french)]
            if [at for at, _ in notes[0]] != [at for at, _ in notes[1]]:
                problems.append('comments at other places: %s %s' % tuple([c[0] for c in cs] for cs in notes))
            print('\\n'.join(problems) or 'same code')
            """;

    @TempDir
    Path work;

    static Stream<Scenario> lessons() throws ScenarioException {
        return ScenarioLibrary.bundledPython().scenarios().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theFrenchProgramIsTheEnglishCodeWithFrenchDocstringsAndComments(Scenario scenario) throws Exception {
        PythonProgram program = scenario.python().orElseThrow();
        Optional<String> python = Python3.onPath();
        assumeTrue(python.isPresent(), Python3.MISSING);
        Path english = program.writeTo(Files.createDirectory(work.resolve("en")), Locale.ENGLISH);
        Path french = program.writeTo(Files.createDirectory(work.resolve("fr")), Locale.FRENCH);

        Python3.Run run = Python3.run(120, work, python.get(), "-c", COMPARE, english.toString(), french.toString());

        assertThat(run.err()).as("%s: Python's error output", program.fileName()).isEmpty();
        assertThat(run.out().strip()).as("%s, English and French", program.fileName()).isEqualTo("same code");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theFrenchLinesAreWrittenAsAFrenchTeacherWritesThem(Scenario scenario) {
        PythonProgram program = scenario.python().orElseThrow();
        List<String> english = program.sourceIn(Locale.ENGLISH).lines().toList();
        List<String> french = program.sourceIn(Locale.FRENCH).lines().toList();

        List<String> translated = new ArrayList<>();
        for (int i = 0; i < Math.min(english.size(), french.size()); i++) {
            if (!english.get(i).equals(french.get(i))) {
                translated.add(french.get(i));
            }
        }

        assertThat(french).as("%s: lines, English and French", program.fileName()).hasSameSizeAs(english);
        assertThat(translated).as("%s: lines in French", program.fileName()).isNotEmpty().allSatisfy(line ->
                assertThat(line.strip()).as("%s", program.fileName())
                        // only words change: docstrings and comments
                        .matches("(\"\"\".*\"\"\"|.*#.*)")
                        // the typographic apostrophe, as the window's French; a space before : and ;
                        .doesNotContainPattern("\\p{L}'\\p{L}")
                        .doesNotContainPattern("[\\p{L})\\]][:;]\\s"));
    }
}
