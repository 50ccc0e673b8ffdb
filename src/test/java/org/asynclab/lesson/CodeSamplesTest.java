package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeSamplesTest {

    private static RunConfig config(Mode mode, TaskKind kind) {
        return new RunConfig(7, 2.5, mode, 3, kind, 11);
    }

    static Stream<Arguments> everyModeAndKind() {
        return Stream.of(Mode.values()).flatMap(m -> Stream.of(TaskKind.values()).map(k -> Arguments.of(m, k)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyModeAndKind")
    void everySampleIsShortAndHasTheSettingsFilledIn(Mode mode, TaskKind kind) {
        RunConfig config = config(mode, kind);

        for (String code : new String[] {CodeSamples.python(config), CodeSamples.java(config)}) {
            assertThat(code).doesNotContain("{{").doesNotContain("}}}").contains("7").contains("2.5")
                    .doesNotContain("\n\n\n\n").endsWith("\n").doesNotEndWith("\n\n");
            assertThat(code.lines().count()).as(code).isLessThanOrEqualTo(45);
        }
        assertThat(CodeSamples.java(config)).contains("new Random(11L)");
        if (mode != Mode.EVENT_LOOP || kind == TaskKind.CPU) {
            assertThat(CodeSamples.java(config)).contains("void task(long delayNanos)");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyModeAndKind")
    void inFrenchNoCommentOfEitherLanguageIsLeftInEnglish(Mode mode, TaskKind kind) throws IOException {
        RunConfig config = config(mode, kind).withGlobalLock(true);
        Properties english = new Properties();
        try (InputStream in = CodeSamples.class.getResourceAsStream("code/comments.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        String java = CodeSamples.java(config, null, Locale.FRENCH);
        String python = CodeSamples.python(config, null, Locale.FRENCH);

        assertThat(java).startsWith("// Ce qu’AsyncLab exécute en mode " + mode.id() + " :");
        for (Object sentence : english.values()) {
            String said = sentence.toString().replace("{{workers}}", "3");
            if (said.length() > 12) {  // a word or two may be the same in both ("total / n")
                assertThat(java).as("java").doesNotContain(said);
                assertThat(python).as("python").doesNotContain(said);
            }
        }
    }

    @Test
    void pythonEventLoopIoIsWaitNWithCreateTaskInFinishingOrder() {
        String code = CodeSamples.python(new RunConfig(5, 9, Mode.EVENT_LOOP, 0, TaskKind.IO, 1));

        assertThat(code).contains("async def wait_random(max_delay: float = 10) -> float:")
                .contains("async def wait_n(n: int, max_delay: float) -> List[float]:")
                .contains("def measure_time(n: int, max_delay: float) -> float:")
                .contains("random.seed(1)").contains("print(delays)")
                .contains("asyncio.create_task(wait_random(max_delay))").contains("asyncio.as_completed(tasks)")
                .contains("await asyncio.sleep(delay)").contains("/ n  # total / n")
                .contains("print(measure_time(5, 9))").contains("ascending");
    }

    @Test
    void pythonSequentialAwaitsInALoop() {
        String code = CodeSamples.python(config(Mode.SEQUENTIAL, TaskKind.IO));

        assertThat(code).contains("[await wait_random(max_delay) for _ in range(n)]").doesNotContain("create_task")
                .contains("print(measure_time(7, 2.5))");
    }

    @Test
    void pythonCpuOnTheEventLoopBlocksItWithTimeSleep() {
        String code = CodeSamples.python(config(Mode.EVENT_LOOP, TaskKind.CPU));

        assertThat(code).contains("time.sleep(delay)").contains("blocked").doesNotContain("asyncio.sleep")
                .doesNotContain("ascending");
    }

    @Test
    void pythonThreadModesUseThreadsAndSpeakOfTheGil() {
        assertThat(CodeSamples.python(config(Mode.THREADS, TaskKind.CPU))).contains("threading.Thread(")
                .contains("GIL").contains("while time.thread_time() < end:").doesNotContain("asyncio");
        assertThat(CodeSamples.python(config(Mode.THREADS, TaskKind.IO))).contains("time.sleep(delay)")
                .contains("releases the GIL");
        assertThat(CodeSamples.python(config(Mode.POOL, TaskKind.IO)))
                .contains("ThreadPoolExecutor(max_workers=3)").contains("/ 3.");
        assertThat(CodeSamples.python(config(Mode.VIRTUAL, TaskKind.IO))).contains("no virtual threads")
                .contains("asyncio.gather(");
    }

    @Test
    void javaShowsTheExecutorOfEachMode() {
        assertThat(CodeSamples.java(config(Mode.SEQUENTIAL, TaskKind.IO))).contains("Thread.ofPlatform()")
                .contains("for (long delay : delays)").contains("TimeUnit.NANOSECONDS.sleep(delayNanos)");
        assertThat(CodeSamples.java(config(Mode.EVENT_LOOP, TaskKind.IO))).contains("PriorityQueue<Timer>")
                .contains("name(\"event-loop\")").contains("LockSupport.parkNanos(wait)");
        assertThat(CodeSamples.java(config(Mode.THREADS, TaskKind.IO)))
                .contains("Thread.ofPlatform().name(\"thread-\"");
        assertThat(CodeSamples.java(config(Mode.POOL, TaskKind.IO))).contains("Executors.newFixedThreadPool(3)")
                .contains("never more than 3 at once");
        assertThat(CodeSamples.java(config(Mode.VIRTUAL, TaskKind.IO)))
                .contains("Executors.newVirtualThreadPerTaskExecutor()");
    }

    @Test
    void javaCpuTasksComputeAndTheEventLoopRunsThemInline() {
        String code = CodeSamples.java(config(Mode.EVENT_LOOP, TaskKind.CPU));

        assertThat(code).contains("task(delays[i]);  // computes on the loop's only thread")
                .contains("for (long work = delayNanos * perMilli / 1_000_000; work > 0; work--)")
                .doesNotContain("PriorityQueue")
                .doesNotContain("TimeUnit.NANOSECONDS.sleep");
    }

    /**
     * A Java cpu sample computed until the clock reached its delay: four threads on two cores each ended at its own
     * delay, so the sample hid the computation that AsyncLab's own tasks cannot hide (its calibrated work takes twice
     * as long on half a core). Every cpu sample now does a fixed amount of work, measured once as AsyncLab measures
     * its own.
     */
    @Test
    void javaCpuSamplesDoAFixedAmountOfWorkNotAWaitOnTheClock() {
        for (Mode mode : Mode.values()) {
            for (boolean gil : new boolean[] {false, true}) {
                RunConfig config = new RunConfig(4, 1, mode, 2, TaskKind.CPU, 1, gil);
                Coordination held = mode == Mode.EVENT_LOOP ? Coordination.NONE.withSemaphore(2)
                        : Coordination.NONE.withDeadline(0.25);
                for (RunConfig sample : List.of(config, config.withCoordination(Coordination.NONE.withDeadline(0.5)),
                        config.withCoordination(held))) {
                    String code = CodeSamples.java(sample, null, Locale.ENGLISH);
                    // (the calibration alone runs on the clock)
                    assertThat(code.substring(code.indexOf("long perMilli"))).as("%s", sample)
                            .contains("* perMilli / 1_000_000").doesNotContain("System.nanoTime() < end")
                            // a computing virtual thread keeps its carrier: it was called cheap, as a waiting one
                            .doesNotContain("a waiting virtual thread frees its carrier");
                }
            }
        }
    }

    @Test
    void theGlobalLockIsMentionedOnlyWhenItIsOn() {
        RunConfig threads = config(Mode.THREADS, TaskKind.CPU);

        assertThat(CodeSamples.java(threads.withGlobalLock(true))).contains("global lock");
        assertThat(CodeSamples.java(threads)).doesNotContain("global lock");
    }

    @Test
    void numbersAreWrittenAsBothLanguagesReadThem() {
        assertThat(CodeSamples.number(9_999)).isEqualTo("9999");
        assertThat(CodeSamples.number(10_000)).isEqualTo("10_000");
        assertThat(CodeSamples.number(1_000_000)).isEqualTo("1_000_000");
        assertThat(CodeSamples.seconds(9.0)).isEqualTo("9");
        assertThat(CodeSamples.seconds(0)).isEqualTo("0");
        assertThat(CodeSamples.seconds(0.25)).isEqualTo("0.25");
        assertThat(CodeSamples.seconds(0.0001)).isEqualTo("0.0001");
        assertThat(CodeSamples.python(new RunConfig(10_000, 1, Mode.VIRTUAL, 0, TaskKind.IO, 1)))
                .contains("measure_time(10_000, 1)");
    }
}
