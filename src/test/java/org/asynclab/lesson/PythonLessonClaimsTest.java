package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every bundled Python lesson on the real {@code python3} and checks what its scenario says it shows: the
 * total within the claimed bounds, the lines it prints in order, the lists in ascending order (and gather's not),
 * Python's warning on the error stream and no warning elsewhere; each program as the English session runs it and as
 * the French one does (French docstrings, and the French words its picture gives printed). The lessons mostly
 * wait, so they run all at once (about 12 s, the longest one). Skipped, saying why, where no python3 of 3.9 or
 * later is on the PATH.
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonLessonClaimsTest {
    private static final long LIMIT_SECONDS = 120;

    @TempDir
    static Path work;

    private static final Map<String, Python3.Started> RUNS = new HashMap<>();

    /** The programs run as a session in each language shows them: the same code, docstrings in English or French. */
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    static Stream<Arguments> lessons() throws ScenarioException {
        return ScenarioLibrary.bundledPython().scenarios().stream()
                .flatMap(scenario -> LANGUAGES.stream().map(language -> Arguments.of(scenario, language)));
    }

    private static String key(Scenario scenario, Locale language) {
        return language.getLanguage() + "/" + scenario.id();
    }

    @BeforeAll
    static void startEveryLessonAtOnce() throws Exception {
        Optional<String> python = Python3.onPath();
        if (python.isEmpty()) {
            return;
        }
        for (Scenario scenario : ScenarioLibrary.bundledPython().scenarios()) {
            for (Locale language : LANGUAGES) {
                Path folder = Files.createDirectories(work.resolve(key(scenario, language)));
                Path file = scenario.python().orElseThrow().writeTo(folder, language);
                RUNS.put(key(scenario, language), Python3.start(folder, python.get(), file.getFileName().toString()));
            }
        }
    }

    @AfterAll
    static void stopWhatIsLeft() {
        RUNS.values().forEach(run -> run.process().destroyForcibly());
    }

    private static Python3.Run runOf(Scenario scenario, Locale language) throws Exception {
        assumeTrue(!RUNS.isEmpty(), Python3.MISSING);
        return RUNS.get(key(scenario, language)).await(LIMIT_SECONDS);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("lessons")
    void theRunShowsWhatTheLessonSays(Scenario scenario, Locale language) throws Exception {
        PictureClaims claims = scenario.python().orElseThrow().picture(language);

        Python3.Run run = runOf(scenario, language);

        List<String> out = run.out().lines().toList();
        assertThat(run.exitCode()).as("%s (%s) exit code; error output:%n%s", scenario, language, run.err()).isZero();
        PrintedLines.assertTotalWithin(scenario + " (" + language + ")", PrintedLines.totalOf(out), claims);
        PrintedLines.assertShows(scenario.id(), out, claims);
        if (claims.expectedWarning().isPresent()) {
            assertThat(run.err()).as("%s (%s) error output", scenario, language).contains("RuntimeWarning")
                    .contains(claims.expectedWarning().get());
        } else {
            assertThat(run.err()).as("%s (%s) error output", scenario, language).isEmpty();
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

        for (Locale language : LANGUAGES) {
            List<String> out = runOf(cpu, language).out().lines().toList();

            // tick should print at 0.0 s; the computation holds the loop for a whole second before it can.
            String tick = language == Locale.FRENCH ? "tick à " : "tick at ";
            assertThat(out.get(0)).as(language.toString()).startsWith(tick);
            assertThat(Double.parseDouble(out.get(0).replaceAll("[^0-9.]", ""))).as(language.toString())
                    .isGreaterThanOrEqualTo(0.9);
        }
    }

    private static PictureClaims picture(ScenarioLibrary lesson, String id) {
        return lesson.find(id).orElseThrow().python().orElseThrow().picture();
    }
}
