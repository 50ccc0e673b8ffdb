package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.asynclab.export.HandBuiltResults;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --png --svg --trace} with their picture options, written headless on the real engine. */
class ImageOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aTwiceScaledPngIsTwiceTheSizeInPoints() throws Exception {
        Path png = dir.resolve("run.png");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "5", "-d", "0.02", "--png", png.toString(),
                "--width", "800", "--height", "450", "--scale", "2", "--view", "threads", "--theme", "dark");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    @Test
    void aComparisonWritesOnePictureAndTracePerRunAndSaysWhere() throws Exception {
        Path svg = dir.resolve("both.svg");
        Path trace = dir.resolve("both.json");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "4", "-d", "0.02", "-m", "event-loop",
                "--compare", "sequential", "--svg", svg.toString(), "--trace", trace.toString());

        assertThat(run.exitCode()).isZero();
        Path second = dir.resolve("both-sequential.svg");
        assertThat(run.out()).contains("wrote " + svg, "wrote " + second);
        for (Path file : List.of(svg, second)) {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        }
        Map<String, Object> events = JSON.std.mapFrom(Files.readString(dir.resolve("both-sequential.json")));
        List<?> complete = ((List<?>) events.get("traceEvents")).stream()
                .filter(e -> "X".equals(((Map<?, ?>) e).get("ph"))).toList();
        assertThat(complete).hasSize(4);
    }

    /**
     * The race lesson's two runs share their mode: the second picture is named by its own label ("race-lock.png",
     * where both were "…-event-loop"), the counter lines name each run, each title says its final count and its
     * durations as the window writes them ("average 1.12 ms", not "1.116 ms"), and the mode as the window names it.
     */
    @Test
    void theRaceLessonsPicturesAreNamedByTheirRunAndSayTheirFinalCount() throws Exception {
        Path svg = dir.resolve("race.svg");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--scenario", "race-await-vs-lock",
                "--svg", svg.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path second = dir.resolve("race-lock.svg");
        assertThat(run.out()).contains("wrote " + svg, "wrote " + second)
                .contains("counter (Event loop · counter await): expected 500, got ",
                        "counter (Event loop · counter lock): expected 500, got 500 ")
                .containsPattern("\\(Event loop · counter await: \\d+ of 500 updates lost · Event loop · counter"
                        + " lock: none lost, [0-9.]+× slower\\)");
        assertThat(dir.resolve("race-event-loop.svg")).doesNotExist();
        String first = Files.readString(svg).replaceAll("<[^>]*>", " ");
        // Three significant digits in the unit that suits, as the window writes durations: about 502 ms here, and
        // 1.00 s for a run that a loaded machine stalled half a second.
        String threeDigits = "(\\d\\.\\d{2}|\\d{2}\\.\\d|\\d{3}) (ms|s)";
        assertThat(first).contains("Event loop · io · n = 500").containsPattern("final count \\d+ of 500")
                .containsPattern("total " + threeDigits + " · average " + threeDigits);
        assertThat(Files.readString(second)).contains("final count 500 of 500");
    }

    @Test
    void thePicturesTitleNamesTheSemaphoreAndStaysEnglishOnAFrenchSystem() throws Exception {
        Path svg = dir.resolve("sem.svg");
        Locale system = Locale.getDefault();
        CommandOutcome run;
        try {
            Locale.setDefault(Locale.FRANCE);
            run = CommandOutcome.runOnEngine("--headless", "-n", "6", "-d", "0.02", "-m", "event-loop",
                    "--semaphore", "2", "--compare", "pool", "--svg", svg.toString());
        } finally {
            Locale.setDefault(system);
        }

        assertThat(run.exitCode()).isZero();
        String first = Files.readString(svg);
        String second = Files.readString(dir.resolve("sem-pool.svg"));
        assertThat(first).contains(" · seed ").contains(" · semaphore 2 · total ")
                .contains(">waiting for the semaphore<").contains(" of 6 tasks done<")
                .doesNotContain("terminée").doesNotContain("attend");
        assertThat(second).contains(" · no semaphore · total ");
        assertThat(first.replaceAll("<[^>]*>", " ")).doesNotContainPattern("\\d,\\d");
    }

    /** A picture's n is grouped as its status is ("n = 3000" beside "3,000 of 3,000 tasks done"). */
    @Test
    void thePicturesTitleGroupsTheDigitsOfN() {
        RunConfig config = new RunConfig(3_000, 0.5, Mode.EVENT_LOOP, 0, TaskKind.IO, 2);
        RunResult run = HandBuiltResults.simulate(config, Workload.generate(config));

        assertThat(ImageOutputs.title(run, null)).startsWith("Event loop · io · n = 3,000 · max delay 0.500 s");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--scale|0.5|--scale must be a number from 1 to 4",
        "--scale|5|--scale must be a number from 1 to 4",
        "--width|100|--width must be a number of points from 320 to 8000",
        "--height|9000|--height must be a number of points from 240 to 8000",
        "--view|rows|--view must be one of tasks, threads (got 'rows')",
        "--theme|pink|--theme must be one of light, dark, projector (got 'pink')"})
    void aBadPictureOptionIsOneLineAndWritesNothing(String option, String value, String message) throws Exception {
        Path png = dir.resolve("bad.png");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "3", "-d", "0", "--png", png.toString(),
                option, value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains(message)
                .doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--view|rows|--view must be one of tasks, threads (got 'rows')",
        "--theme|neon|--theme must be one of light, dark, projector (got 'neon')"})
    void aBadPictureValueIsRefusedEvenWithoutAPicture(String option, String value, String message) {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-d", "0", option, value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains(message);
        assertThat(run.configs()).isEmpty();
    }

    @Test
    void aValidViewAndThemeWithoutAPictureAreAcceptedAndSaidToChangeNothing() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-d", "0", "--view", "threads",
                "--theme", "projector");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("note: --view, --theme have no effect without a picture (--png or --svg)\n");
    }
}
