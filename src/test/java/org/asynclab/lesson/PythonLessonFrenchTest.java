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
 * the same program with its docstrings, comments and the words it prints in French. Its code is the English one's,
 * to the letter and on the same lines, so both run alike and the lesson's picture holds in both languages (in the
 * words of each, see {@link PythonProgram#picture(Locale)}); a warning or a traceback names the same line in both.
 * Python itself says so: the two parse to the same tree once the docstrings are removed and the texts blanked
 * ({@code ast.dump}; the formats such as {@code .2f} stay), and their comments stand at the same places.
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonLessonFrenchTest {
    /**
     * Compares the English program (first argument) with the French one (second): prints one line per difference
     * other than the words of the docstrings, the comments and the texts (but a {@code __main__}), or "same code".
     */
    private static final String COMPARE = """
            import ast, io, re, sys, tokenize

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

            def blank_texts(tree):
                kept = set()
                for node in ast.walk(tree):
                    if isinstance(node, ast.FormattedValue) and node.format_spec:
                        kept.update(id(n) for n in ast.walk(node.format_spec))
                for node in ast.walk(tree):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in kept \\
                            and not re.fullmatch(r'__\\w+__', node.value):
                        node.value = ''

            def lines(tree):
                return [(type(n).__name__, n.lineno) for n in ast.walk(tree) if hasattr(n, 'lineno')]

            english, french = (open(f, encoding='utf-8').read() for f in sys.argv[1:3])
            trees = [ast.parse(english), ast.parse(french)]
            docs = [docstrings(tree) for tree in trees]
            for tree in trees:
                blank_texts(tree)
            problems = []
            if ast.dump(trees[0]) != ast.dump(trees[1]):
                problems.append('the code differs once the docstrings are removed and the texts blanked')
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

    /**
     * Lists the words that the English program (first argument) prints and the French one (second) prints as well,
     * or "all French": a French class reads the output under French explanations. A word of a string (not a
     * docstring, not a format such as {@code .2f}) may stay when it names a function the code defines or calls
     * ({@code wait_n}, {@code gather}, {@code sorted}, {@code main}, {@code tick}), or is one of the words the
     * course says the same in both languages: the {@code total … s} the tests read, and its French greetings.
     */
    private static final String ENGLISH_LEFT = """
            import ast, re, sys

            KEPT = {'total', 's', 'Bonjour', 'Monde', 'la', 'classe', 'tout', 'le'}

            def words(tree):
                skipped = set()
                for node in ast.walk(tree):
                    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
                    if isinstance(node, kinds) and node.body and isinstance(node.body[0], ast.Expr):
                        skipped.add(id(node.body[0].value))
                    if isinstance(node, ast.FormattedValue) and node.format_spec:
                        skipped.update(id(n) for n in ast.walk(node.format_spec))
                found = []
                for node in ast.walk(tree):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str) \\
                            and id(node) not in skipped and not re.fullmatch(r'__\\w+__', node.value):
                        found += re.findall(r'[^\\W\\d]\\w*', node.value)
                return found

            def functions(tree):
                names = set()
                for node in ast.walk(tree):
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        names.add(node.name)
                    elif isinstance(node, ast.Call):
                        names.add(getattr(node.func, 'id', getattr(node.func, 'attr', None)))
                return names

            english, french = (ast.parse(open(f, encoding='utf-8').read()) for f in sys.argv[1:3])
            printed = set(words(english))
            left = sorted({w for w in words(french) if w in printed} - KEPT - functions(french))
            print(' '.join(left) or 'all French')
            """;

    @TempDir
    Path work;

    static Stream<Scenario> lessons() throws ScenarioException {
        return ScenarioLibrary.bundledPython().scenarios().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theFrenchProgramIsTheEnglishCodeWithFrenchDocstringsCommentsAndTexts(Scenario scenario) throws Exception {
        PythonProgram program = scenario.python().orElseThrow();

        assertThat(bothThrough(COMPARE, program)).as("%s, English and French", program.fileName())
                .isEqualTo("same code");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theFrenchProgramPrintsFrench(Scenario scenario) throws Exception {
        PythonProgram program = scenario.python().orElseThrow();

        assertThat(bothThrough(ENGLISH_LEFT, program))
                .as("%s: English words the French program prints", program.fileName()).isEqualTo("all French");
    }

    /** What {@code script} prints of the program's English text and its French one, on the real python3. */
    private String bothThrough(String script, PythonProgram program) throws Exception {
        Optional<String> python = Python3.onPath();
        assumeTrue(python.isPresent(), Python3.MISSING);
        Path english = program.writeTo(Files.createDirectory(work.resolve("en")), Locale.ENGLISH);
        Path french = program.writeTo(Files.createDirectory(work.resolve("fr")), Locale.FRENCH);

        Python3.Run run = Python3.run(120, work, python.get(), "-c", script, english.toString(), french.toString());

        assertThat(run.err()).as("%s: Python's error output", program.fileName()).isEmpty();
        return run.out().strip();
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
                        // only words change: docstrings, comments and texts (the same code, theFrenchProgramIs…)
                        .matches("(\"\"\".*\"\"\"|.*#.*|.*\".*\".*)")
                        // the typographic apostrophe, as the window's French; a space before : and ;
                        .doesNotContainPattern("\\p{L}'\\p{L}")
                        .doesNotContainPattern("[\\p{L})\\]][:;]\\s"));
    }
}
