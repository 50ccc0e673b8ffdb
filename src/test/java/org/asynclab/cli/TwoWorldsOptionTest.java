package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.asynclab.engine.RealRunsLane;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.export.ResultJson;
import org.asynclab.model.Mode;
import org.asynclab.model.RunResult;
import org.asynclab.model.ServedDelays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Same delays, two worlds" on the command line: {@code --python FILE --compare event-loop} runs the program on
 * AsyncLab's seeded delays with the real python3, then Java's event loop on the same delays.
 */
@Timeout(120)
@RealRunsLane
class TwoWorldsOptionTest {
    /** The course's wait_n: one random.uniform per task, each in its own task. */
    private static final String WAIT_N = """
            import asyncio
            import random


            async def wait_random(max_delay):
                delay = random.uniform(0, max_delay)
                await asyncio.sleep(delay)
                return delay


            async def wait_n(n, max_delay):
                tasks = [asyncio.create_task(wait_random(max_delay)) for _ in range(n)]
                return [await t for t in asyncio.as_completed(tasks)]


            print(asyncio.run(wait_n(%d, 0.3)))
            """;

    @TempDir
    Path folder;

    @Test
    void eachPythonTaskGetsTheDelayOfTheJavaTaskOfTheSameIndex() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("wait_n.py"), WAIT_N.formatted(6));
        Path json = folder.resolve("two.json");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--compare", "event-loop", "--seed", "42", "--tasks", "6", "--max-delay", "0.3", "--json",
                json.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        List<RunResult> runs = ResultJson.readAll(json);
        assertThat(runs).hasSize(2);
        RunResult python = runs.get(0);
        RunResult java = runs.get(1);
        assertThat(python.program()).isNotNull();
        assertThat(java.program()).isNull();
        assertThat(java.config().mode()).isEqualTo(Mode.EVENT_LOOP);
        assertThat(java.size()).isEqualTo(6);
        ServedDelays served = python.program().served();
        assertThat(served.offered()).isEqualTo(6);
        assertThat(served.matches()).isTrue();
        // by task index: the i-th task the program made got the Java task i's delay, and slept exactly that long
        for (int i = 0; i < 6; i++) {
            ServedDelays.Call call = served.calls().get(i);
            assertThat(call.index()).isEqualTo(i);
            assertThat(call.served()).isTrue();
            assertThat(Math.round(call.seconds() * 1e9)).as("call %d", i).isEqualTo(java.workload().delayNanos(i));
            assertThat(python.phaseTimeline().taskName(call.row())).isEqualTo("Task-" + (i + 2) + " wait_random");
            assertThat(python.workload().delayNanos(call.row())).as("task %d's sleep", i)
                    .isEqualTo(java.workload().delayNanos(i));
        }
        assertThat(python.program().n()).isEqualTo(6);
        assertThat(outcome.out()).contains("two worlds", "python wait_n.py", "java event-loop",
                "6 calls of random.uniform for 6 delays: each served one is the Java task's delay of the same index");
        // the first run over the second, as the window's table divides its left column (Python) by its right
        String ratio = String.format(Locale.ROOT, "%.2f",
                python.summary().totalSeconds() / java.summary().totalSeconds());
        assertThat(outcome.out()).containsPattern("ratio of totals +python / java = " + ratio.replace(".", "\\."));
    }

    @Test
    void theJavaRunsPictureIsNamedByItsModeBesideTheProgramsPicture() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("wait_n.py"), WAIT_N.formatted(3));

        // the program has 4 rows (its main task and 3), Java's run 3: that count tells no world apart
        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--compare", "event-loop", "--seed", "1", "--tasks", "3", "--max-delay", "0.2", "--png",
                folder.resolve("two.png").toString(), "--trace", folder.resolve("two.trace.json").toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(folder.resolve("two.png")).exists();
        assertThat(folder.resolve("two-event-loop.png")).exists();
        assertThat(folder.resolve("two-event-loop.trace.json")).exists();
        assertThat(outcome.out()).contains("wrote " + folder.resolve("two-event-loop.png"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains("-n"));
        }
    }

    @Test
    void fewerCallsThanTasksAreSaidPlainlyWithTheCounts() throws Exception {
        // and the headline does not call them "the same delays": the two worlds waited different ones
        assertThat(twoWorldsSummary(3, 5)).contains("the program called random.uniform 3 times for 5 delays offered;"
                + " 2 delays were never used").containsPattern("(?m)^two worlds +5 delays \\(seed 1, from 0 to"
                + " 0\\.200 s\\), offered to wait_n\\.py's random\\.uniform: not the same delays in both worlds$")
                .doesNotContain("the same 5 delays");
    }

    @Test
    void moreCallsThanTasksSayWhichDrewPythonsOwnNumbers() throws Exception {
        assertThat(twoWorldsSummary(4, 2)).contains("the program called random.uniform 4 times for 2 delays offered;"
                + " the last 2 calls drew Python's own numbers, not AsyncLab's");
    }

    /** What the command prints for a program of {@code calls} tasks run with {@code --tasks tasks}. */
    private String twoWorldsSummary(int calls, int tasks) throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("wait_n.py"), WAIT_N.formatted(calls));

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--compare", "event-loop", "--seed", "1", "--tasks", Integer.toString(tasks), "--max-delay", "0.2");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        return outcome.out();
    }

    @Test
    void aPerRunPictureOnStandardOutputIsRefusedBeforeAnythingRuns() throws Exception {
        Path program = Files.writeString(folder.resolve("p.py"), "print(1)\n");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--compare", "event-loop", "--png", "-");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("--png - cannot take two runs").doesNotContain("\tat ");
    }

    private static void assumePython() {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
    }
}
