package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.asynclab.engine.LaneThreadsResource;
import org.asynclab.export.ResultJson;
import org.asynclab.lesson.PictureClaims;
import org.asynclab.lesson.PrintedLines;
import org.asynclab.lesson.PythonProgram;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioException;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunResult;
import org.asynclab.engine.python.PythonFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bundled Python lesson through AsyncLab's own {@code --headless --python FILE --json OUT}: the JSON it
 * writes must hold what the lesson says — the total within its bounds, the bars side by side or one after the
 * other, the printed lists in order, Python's warning reported with the line of the call. Skipped, saying why,
 * where no Python 3.9–3.13 is found.
 */
@Execution(ExecutionMode.CONCURRENT)
// its runs of the engine in this JVM (the Java side of two worlds) must not be alive where a class looks for lanes
@ResourceLock(value = LaneThreadsResource.KEY, mode = ResourceAccessMode.READ)
class PythonLessonHeadlessTest {
    /** Bars that merely touch (one ends as the next begins) do not overlap. */
    private static final long TOUCH_NANOS = 50_000_000L;

    @TempDir
    static Path dir;

    private static final Map<String, Future<CommandOutcome>> RUNS = new HashMap<>();
    private static ExecutorService runners;

    static Stream<Scenario> lessons() throws ScenarioException {
        return ScenarioLibrary.bundledPython().scenarios().stream();
    }

    /** The lessons mostly wait: all of them run at once, each in its own python3, so the class takes ~20 s. */
    @BeforeAll
    static void runEveryLessonAtOnce() throws Exception {
        List<Scenario> lessons = lessons().toList();
        runners = Executors.newFixedThreadPool(lessons.size());
        for (Scenario scenario : lessons) {
            Path file = scenario.python().orElseThrow().writeTo(Files.createDirectories(dir.resolve(scenario.id())),
                    Locale.ENGLISH);
            String json = dir.resolve(scenario.id() + ".json").toString();
            RUNS.put(scenario.id(), runners.submit(() -> CommandOutcome.runOnEngine("--headless", "--python",
                    file.toString(), "--json", json)));
        }
    }

    @AfterAll
    static void stopTheRunners() {
        runners.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theHeadlessJsonShowsWhatTheLessonSays(Scenario scenario) throws Exception {
        PythonProgram program = scenario.python().orElseThrow();
        PictureClaims claims = program.picture();
        Path json = dir.resolve(scenario.id() + ".json");

        CommandOutcome run = RUNS.get(scenario.id()).get(5, TimeUnit.MINUTES);

        assumeTrue(!run.err().contains(PythonFinder.HOW_TO_INSTALL), "no Python 3.9 to 3.13: " + run.err().strip());
        assertThat(run.exitCode()).as("%s: %s", scenario, run.err()).isZero();
        RunResult result = ResultJson.read(json);
        ProgramRun ran = result.program();
        assertThat(ran.exitCode()).isZero();
        PrintedLines.assertTotalWithin(scenario.toString(), result.summary().totalSeconds(), claims);
        List<String> out = ran.output().stream().filter(o -> o.stream() == ProgramOutput.Stream.OUT)
                .map(ProgramOutput::text).toList();
        PrintedLines.assertShows(scenario.id(), out, claims);
        if (claims.overlap().isPresent()) {
            assertThat(someRowsOverlap(result)).as("%s: bars side by side", scenario).isEqualTo(claims.overlap().get());
        }
        List<ProgramProblem> warnings = ran.problems().stream()
                .filter(p -> p.kind() == ProgramProblem.Kind.WARNING).toList();
        if (claims.expectedWarning().isPresent()) {
            assertThat(warnings).as("%s warnings", scenario).singleElement().satisfies(warning -> {
                assertThat(warning.message()).contains(claims.expectedWarning().get());
                assertThat(warning.line()).as("the line of the call").isEqualTo(lineOf(program, "dire_bonjour()"));
            });
        } else {
            assertThat(ran.problems()).as("%s problems", scenario).isEmpty();
        }
    }

    /** Whether two rows other than the first (the main coroutine) are under way at the same time. */
    private static boolean someRowsOverlap(RunResult result) {
        for (int a = 1; a < result.size(); a++) {
            for (int b = a + 1; b < result.size(); b++) {
                long from = Math.max(result.startedNanos(a), result.startedNanos(b));
                long to = Math.min(result.finishedNanos(a), result.finishedNanos(b));
                if (to - from > TOUCH_NANOS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The 1-based line of the program that is exactly {@code statement}, indented. */
    private static int lineOf(PythonProgram program, String statement) {
        List<String> lines = program.sourceIn(Locale.ENGLISH).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(statement)) {
                return i + 1;
            }
        }
        throw new AssertionError(statement + " is not a line of " + program.fileName());
    }
}
