package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every bundled Python lesson on the real {@code python3} and checks what its scenario says it shows: the
 * total within the claimed bounds, the lines it prints in order, the lists in ascending order (and gather's not),
 * Python's warning on the error stream and no warning elsewhere. The lessons mostly wait, so they run all at once
 * (about 12 s, the longest one). Skipped, saying why, where no python3 of 3.9 or later is on the PATH.
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonLessonClaimsTest {
    private static final long LIMIT_SECONDS = 120;

    @TempDir
    static Path work;

    private static final Map<String, Python3.Started> RUNS = new HashMap<>();

    static Stream<Scenario> lessons() throws ScenarioException {
        return ScenarioLibrary.bundledPython().scenarios().stream();
    }

    @BeforeAll
    static void startEveryLessonAtOnce() throws Exception {
        Optional<String> python = Python3.onPath();
        if (python.isEmpty()) {
            return;
        }
        for (Scenario scenario : ScenarioLibrary.bundledPython().scenarios()) {
            Path folder = Files.createDirectories(work.resolve(scenario.id()));
            Path file = scenario.python().orElseThrow().writeTo(folder);
            RUNS.put(scenario.id(), Python3.start(folder, python.get(), file.getFileName().toString()));
        }
    }

    @AfterAll
    static void stopWhatIsLeft() {
        RUNS.values().forEach(run -> run.process().destroyForcibly());
    }

    private static Python3.Run runOf(Scenario scenario) throws Exception {
        assumeTrue(!RUNS.isEmpty(), Python3.MISSING);
        return RUNS.get(scenario.id()).await(LIMIT_SECONDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theRunShowsWhatTheLessonSays(Scenario scenario) throws Exception {
        PictureClaims claims = scenario.python().orElseThrow().picture();

        Python3.Run run = runOf(scenario);

        List<String> out = run.out().lines().toList();
        assertThat(run.exitCode()).as("%s exit code; error output:%n%s", scenario, run.err()).isZero();
        assertThat(PrintedLines.totalOf(out)).as("%s total (%s)", scenario, claims)
                .isBetween(claims.minTotalSeconds(), claims.maxTotalSeconds());
        PrintedLines.assertShows(scenario.id(), out, claims);
        if (claims.expectedWarning().isPresent()) {
            assertThat(run.err()).as("%s error output", scenario).contains("RuntimeWarning")
                    .contains(claims.expectedWarning().get());
        } else {
            assertThat(run.err()).as("%s error output", scenario).isEmpty();
        }
    }

    @Test
    void theLessonsMakeTheCourseClaims() throws Exception {
        ScenarioLibrary lesson = ScenarioLibrary.bundledPython();
        PictureClaims sequential = picture(lesson, "bonjour-monde-sequential");
        PictureClaims gather = picture(lesson, "bonjour-monde-gather");

        assertThat(sequential.minTotalSeconds()).isGreaterThanOrEqualTo(1.9);
        assertThat(gather.maxTotalSeconds()).isLessThan(sequential.minTotalSeconds());
        assertThat(sequential.overlap()).contains(false);
        assertThat(gather.overlap()).contains(true);
        assertThat(picture(lesson, "wait-n").ascending())
                .containsExactly("wait_n(5, 5)", "wait_n(10, 7)", "wait_n(10, 0)");
        assertThat(picture(lesson, "trap-forgotten-await").expectedWarning().orElseThrow())
                .contains("was never awaited");
        assertThat(picture(lesson, "trap-time-sleep").minTotalSeconds()).as("about the sum of 3 × 1 s")
                .isGreaterThanOrEqualTo(2.9);
        assertThat(picture(lesson, "trap-gather-sorted").notAscending()).containsExactly("gather");
    }

    @Test
    void theComputingCoroutineHoldsTheLoop() throws Exception {
        Scenario cpu = ScenarioLibrary.bundledPython().find("trap-cpu-loop").orElseThrow();

        List<String> out = runOf(cpu).out().lines().toList();

        // tick should print at 0.0 s; the computation holds the loop for a whole second before it can.
        assertThat(out.get(0)).startsWith("tick at ");
        assertThat(Double.parseDouble(out.get(0).replaceAll("[^0-9.]", ""))).isGreaterThanOrEqualTo(0.9);
    }

    private static PictureClaims picture(ScenarioLibrary lesson, String id) {
        return lesson.find(id).orElseThrow().python().orElseThrow().picture();
    }
}
