package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every bundled Python lesson on the real {@code python3} and checks what its scenario says it shows: the
 * total within the claimed bounds, the lines it prints in order, the lists in ascending order (and gather's not),
 * Python's warning on the error stream and no warning elsewhere. The lessons mostly wait, so they run all at once
 * (about 12 s, the longest one). Skipped, saying why, where no python3 of 3.9 or later is on the PATH.
 */
class PythonLessonClaimsTest {
    private static final Pattern TOTAL = Pattern.compile("^total (\\d+(?:\\.\\d+)?) s");
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
        assertThat(totalOf(out)).as("%s total (%s)", scenario, claims)
                .isBetween(claims.minTotalSeconds(), claims.maxTotalSeconds());
        assertPrintedInOrder(out, claims.prints());
        for (String start : claims.ascending()) {
            assertThat(isAscending(listOn(out, start))).as("%s: the list of '%s' is ascending", scenario, start)
                    .isTrue();
        }
        for (String start : claims.notAscending()) {
            assertThat(isAscending(listOn(out, start))).as("%s: the list of '%s' is not ascending", scenario, start)
                    .isFalse();
        }
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

    /** The figure of the last line that starts with {@code total …  s}: the program's own measure. */
    static double totalOf(List<String> out) {
        Double total = null;
        for (String line : out) {
            Matcher matcher = TOTAL.matcher(line);
            if (matcher.find()) {
                total = Double.parseDouble(matcher.group(1));
            }
        }
        assertThat(total).as("a 'total … s' line in%n%s", String.join("\n", out)).isNotNull();
        return total;
    }

    static void assertPrintedInOrder(List<String> out, List<String> words) {
        int from = 0;
        for (String word : words) {
            int at = from;
            while (at < out.size() && !out.get(at).contains(word)) {
                at++;
            }
            assertThat(at).as("'%s' printed after line %d of%n%s", word, from, String.join("\n", out))
                    .isLessThan(out.size());
            from = at + 1;
        }
    }

    /** The numbers of the list {@code [a, b, …]} on the first printed line that starts with {@code start}. */
    static List<Double> listOn(List<String> out, String start) {
        String line = out.stream().filter(l -> l.startsWith(start)).findFirst().orElse(null);
        assertThat(line).as("a line starting with '%s' in%n%s", start, String.join("\n", out)).isNotNull();
        String inside = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']'));
        List<Double> numbers = new ArrayList<>();
        Arrays.stream(inside.split(",")).map(String::trim).map(Double::parseDouble).forEach(numbers::add);
        assertThat(numbers).as("the list on '%s'", line).hasSizeGreaterThanOrEqualTo(2);
        return numbers;
    }

    static boolean isAscending(List<Double> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) < numbers.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
