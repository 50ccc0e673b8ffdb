package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Refusals in one line that name the option and its range, from issue 13's "smaller, same family", and the
 * limits on what is read (scenario files) and drawn (pictures), refused before anything runs.
 */
class PlainRefusalsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--scale|abc|--scale must be a number from 1 to 4 (got abc)",
        "--scale|0|--scale must be a number from 1 to 4 (got 0)",
        "--width|abc|--width must be a number of points from 320 to 8000 (got abc)",
        "--height|abc|--height must be a number of points from 240 to 8000 (got abc)",
        "--seed|9223372036854775808|--seed must be a whole number from -9223372036854775808 to 9223372036854775807",
        "--max-delay|1,5|--max-delay must use a dot for decimals, e.g. 1.5 (got 1,5)"})
    void aBadValueNamesTheOptionAndItsRangeEvenWithoutAPicture(String option, String value, String message) {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", option, value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains(message);
        assertThat(run.configs()).isEmpty();
    }

    @Test
    void minusZeroDelayIsZero() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-d", "-0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^max delay +0\\.000 s").doesNotContain("-0.000");
    }

    @Test
    void helpListsEveryTheme() {
        CommandOutcome run = CommandOutcome.run("--headless", "--help");

        assertThat(run.out()).contains("light, dark, projector");
    }

    @Test
    void anEmptyScenarioNameSaysAScenarioIsNeeded() {
        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", "");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("--scenario", "needs a scenario's name")
                .doesNotContain("folder");
    }

    @Test
    void aLoopOfLinksAsTheScenarioSaysSo() throws Exception {
        Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));

        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", dir.resolve("a.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("loop").doesNotContain("neither a scenario");
    }

    @Test
    void theJsonLibrarysInternalsNeverReachTheTeacher() throws Exception {
        Path nan = Files.writeString(dir.resolve("nan.json"), "{\"title\": \"t\", \"explanation\": \"e\", \"maxDelay\":"
                + " NaN}");
        Path longNumber = Files.writeString(dir.resolve("long.json"), "{\"title\": \"t\", \"explanation\": \"e\","
                + " \"maxDelay\": 1" + "0".repeat(1500) + "}");

        CommandOutcome first = CommandOutcome.run("--headless", "--scenario", nan.toString());
        CommandOutcome second = CommandOutcome.run("--headless", "--scenario", longNumber.toString());

        assertThat(first.err()).contains("NaN and Infinity are not numbers in JSON")
                .doesNotContain("ALLOW_NON_NUMERIC_NUMBERS", "JsonReadFeature");
        assertThat(second.err()).contains("a number is longer than 1,000 digits, the most one may be")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void aScenarioFileOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L << 20); // sparse: 50 MB that take no disk
        }

        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", huge.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--scenario: " + huge + ": is larger", "at most 32 MB");
    }

    @Test
    void anEndlessDeviceAsTheScenarioIsRefusedAtTheLimitUnderThePathGiven() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));

        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", zero.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--scenario: /dev/zero: is larger", "at most 32 MB");
    }

    @Test
    void aFolderAsTheScenarioIsRefusedUnderThePathGiven() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lessons/week1.json"));

        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--scenario: " + folder + ": cannot be read: it is a folder, not a file");
    }

    @Test
    void aFifoThatNeverEndsIsRefusedAtTheLimitUnderThePathGiven() throws Exception {
        Path fifo = dir.resolve("lesson.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start()
                .waitFor() == 0, "mkfifo is needed");
        Thread writer = Thread.ofPlatform().daemon().start(() -> {
            try (java.io.OutputStream out = Files.newOutputStream(fifo)) {
                byte[] block = new byte[1 << 20];
                for (int i = 0; i < 40; i++) {
                    out.write(block);
                }
            } catch (java.io.IOException readerStopped) {
                // AsyncLab stopped reading at the limit and closed its end
            }
        });

        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", fifo.toString());

        writer.join(10_000);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--scenario: " + fifo + ": is larger", "at most 32 MB");
    }

    @Test
    void aPictureTooLargeForMemoryIsRefusedBeforeTheRun() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "1000000", "--png",
                dir.resolve("big.png").toString(), "--scale", "4", "--width", "8000", "--height", "8000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--png would be 32,000 x 32,000 pixels", "at most 64 megapixels");
        assertThat(run.configs()).isEmpty();
    }

    @Test
    void theOutOfMemoryAdviceAsksForMoreThanTheHeapItHad() {
        assertThat(HeadlessCommand.outOfMemory(4L << 30)).contains("at most 4,096 MB", "-Xmx8g");
        assertThat(HeadlessCommand.outOfMemory(16L << 30)).contains("-Xmx32g");
        assertThat(HeadlessCommand.outOfMemory(256L << 20)).contains("-Xmx1g");
    }
}
