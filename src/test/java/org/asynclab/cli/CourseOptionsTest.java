package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Path;
import java.util.Map;
import org.asynclab.model.SharedCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --counter}, {@code --counter-gap}, {@code --semaphore} and {@code --deadline} on the command line. */
class CourseOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theRaceLessonPrintsAndWritesTheExpectedAndTheFinalCount() throws Exception {
        Path json = dir.resolve("race.json");

        // zero delays, an await between read and write: every task reads 0 before any writes
        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "1000", "-d", "0", "-m", "event-loop",
                "--counter", "await", "--counter-gap", "0.01", "-s", "1", "--json", json.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("counter: expected 1,000, got 1 (999 updates lost)")
                .containsPattern("(?m)^counter +await, gap 0\\.010 s ");
        Map<String, Object> result = JSON.std.mapFrom(json.toFile());
        assertThat(result).containsEntry("expectedCount", 1000).containsEntry("finalCount", 1);
        assertThat((Map<String, Object>) result.get("course")).containsEntry("counter", "await");
        assertThat(org.asynclab.export.ResultJson.read(json).size()).as("older readers skip the new keys")
                .isEqualTo(1000);
    }

    @Test
    void aDeadlineSaysHowManyTasksItCancelled() throws Exception {
        Path json = dir.resolve("deadline.json");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "10", "-d", "0.4", "-m", "event-loop",
                "--deadline", "0.2", "-s", "1", "--json", json.toString());

        assertThat(run.exitCode()).isZero();
        Map<String, Object> result = JSON.std.mapFrom(json.toFile());
        int cancelled = ((Number) result.get("cancelledTasks")).intValue();
        assertThat(run.out()).containsPattern("(?m)^cancelled +" + cancelled + " of 10 ");
        assertThat(cancelled).isBetween(1, 9);
    }

    @Test
    void theOptionsReachTheRunsSettings() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "5", "-m", "event-loop", "--semaphore", "2",
                "--counter", "lock", "--counter-gap", "0.5", "--compare", "pool");

        assertThat(run.exitCode()).isZero();
        assertThat(run.configs().get(0).coordination().semaphore()).isEqualTo(2);
        assertThat(run.configs().get(0).coordination().counter()).isEqualTo(SharedCounter.LOCK);
        assertThat(run.configs().get(0).coordination().counterGapSeconds()).isEqualTo(0.5);
        assertThat(run.configs().get(1).coordination().semaphore()).as("a pool has workers instead").isZero();
        assertThat(run.configs().get(1).coordination().counter()).isEqualTo(SharedCounter.LOCK);
    }

    @Test
    void aSemaphoreGivenBesideAPoolIsTheComparedEventLoops() {
        // the semaphore lesson's comparison as its scenario file and the window give it: a pool of 4, then the loop
        // with asyncio.Semaphore(4)
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "5", "-m", "pool", "-w", "4", "--semaphore", "4",
                "--compare", "event-loop");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.configs().get(0).coordination().semaphore()).as("a pool has workers instead").isZero();
        assertThat(run.configs().get(1).coordination().semaphore()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--counter maybe|--counter must be one of off, no-await, await, lock (got 'maybe')",
        "--counter-gap 11|--counter-gap must be a number of seconds from 0 to 10 (decimals allowed) (got 11)",
        "--semaphore 10001|--semaphore must be a whole number from 1 to 10,000 (or 0 for none) (got 10001)",
        "--deadline 0.0001|--deadline must be a number of seconds from 0.001 to 3600",
        "--deadline NaN|--deadline must be a number of seconds from 0.001 to 3600",
        "-m threads --semaphore 3|--semaphore must go with an event-loop run (--mode or --compare event-loop",
        "-m threads --semaphore 3 --compare pool|--semaphore must go with an event-loop run",
        "--deadline 1 --counter await|--deadline must not be combined with a shared counter"
    })
    void aBadValueGetsOneLineNamingTheOptionAndItsRange(String args, String message) {
        CommandOutcome run = CommandOutcome.run(("--headless " + args).split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").hasLineCount(1);
    }
}
