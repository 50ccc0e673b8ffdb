package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.asynclab.engine.DelayServer;
import org.asynclab.model.Coordination;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated Python sample follows the course's rules, runs as it is, and prints what it says. */
@Execution(ExecutionMode.CONCURRENT)
class PythonSamplesTest {
    /** How long the loopback server takes to answer each page of the http samples, in ms. */
    private static final int PAGE_MILLIS = 1500;
    private static final Locale FRENCH = Locale.FRENCH;

    /** A course lesson's semaphore, deadline and counters, alone and together (the widest lines). */
    private static final List<Coordination> COURSE_RULES = List.of(Coordination.NONE.withSemaphore(10_000),
            Coordination.NONE.withDeadline(3599.999), Coordination.NONE.withSemaphore(4).withDeadline(0.5),
            Coordination.NONE.withCounter(SharedCounter.NO_AWAIT), Coordination.NONE.withCounter(SharedCounter.AWAIT),
            Coordination.NONE.withCounter(SharedCounter.LOCK).withSemaphore(3));

    @TempDir
    Path folder;

    /** Every mode and kind, drawn and with a lesson's delays, in both languages, plus the widest numbers. */
    static Stream<Arguments> everySample() {
        List<Arguments> all = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (TaskKind kind : TaskKind.values()) {
                for (Locale locale : new Locale[] {Locale.ENGLISH, FRENCH}) {
                    RunConfig config = new RunConfig(4, 2.5, mode, 3, kind, 11, kind == TaskKind.CPU);
                    all.add(Arguments.of(mode + " " + kind + " " + locale, config, null, locale));
                    all.add(Arguments.of(mode + " " + kind + " fixed " + locale, config,
                            Workload.ofSeconds(1.5, 0.5, 1, 1), locale));
                    all.add(Arguments.of(mode + " " + kind + " wide " + locale,
                            new RunConfig(widest(mode, kind), 3599.75, mode, 10_000, kind,
                                    Long.MIN_VALUE, true), null, locale));
                }
            }
            all.add(Arguments.of(mode + " bonjour", new RunConfig(2, 1, mode, 2, TaskKind.IO, 1),
                    Workload.ofSeconds(1, 1), FRENCH));
            for (Coordination rules : COURSE_RULES) {
                for (TaskKind kind : new TaskKind[] {TaskKind.IO, TaskKind.CPU}) {
                    for (Locale locale : new Locale[] {Locale.ENGLISH, FRENCH}) {
                        RunConfig config = new RunConfig(4, 2.5, mode, 3, kind, 11, kind == TaskKind.CPU, rules);
                        all.add(Arguments.of(mode + " " + kind + " " + rules + " " + locale, config, null, locale));
                    }
                }
            }
        }
        return all.stream();
    }

    /** The most tasks the mode and kind take (threads and http tasks have limits of their own). */
    private static int widest(Mode mode, TaskKind kind) {
        return kind == TaskKind.HTTP ? Limits.MAX_HTTP_TASKS : mode == Mode.THREADS ? 20_000 : 1_000_000;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySample")
    void everySampleFollowsTheCourseRules(String name, RunConfig config, Workload delays, Locale locale)
            throws Exception {
        String code = CodeSamples.python(config, delays, locale);

        assertThat(CourseRules.problems(code)).as(code).isEmpty();
    }

    @Test
    void everySampleIsPycodestyleClean() throws Exception {
        List<String> pycodestyle = PythonTool.pycodestyle();
        assumeTrue(pycodestyle != null,
                "no Python here has pycodestyle (apt install python3-pycodestyle): only the Java-side rules ran");
        List<String> command = new ArrayList<>(pycodestyle);
        int i = 0;
        for (Arguments sample : everySample().toList()) {
            Object[] a = sample.get();
            Path file = folder.resolve("sample" + i++ + ".py");
            Files.writeString(file, CodeSamples.python((RunConfig) a[1], (Workload) a[2],
                    (Locale) a[3]));
            command.add(file.toString());
        }
        String last = command.remove(command.size() - 1);

        PythonTool.Outcome style = PythonTool.run(command, folder, Path.of(last).getFileName().toString(),
                Files.readString(Path.of(last)));

        assertThat(style.out() + style.err()).isEmpty();
        assertThat(style.exitCode()).isZero();
    }

    @Test
    void theRulesCatchWhatTheCourseForbids() {
        String bad = "\"\"\"Doc.\"\"\"\ndef f(x) -> int:\n    return x" + " ".repeat(80) + "\n";

        assertThat(CourseRules.problems(bad)).anyMatch(p -> p.contains("shebang"))
                .anyMatch(p -> p.contains("parameter x")).anyMatch(p -> p.contains("f has no docstring"))
                .anyMatch(p -> p.contains("characters")).anyMatch(p -> p.contains("two blank lines"));
    }

    static Stream<Arguments> runnableSamples() {
        return Stream.of(Mode.values()).flatMap(m -> Stream.of(TaskKind.values()).map(k -> Arguments.of(m, k)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runnableSamples")
    void everySampleRunsAndPrintsTheSeededListAndTheAverage(Mode mode, TaskKind kind) throws Exception {
        assumeTrue(PythonTool.pythonFound(), "no python3 on this machine: the samples cannot be run");
        RunConfig config = new RunConfig(5, 0.05, mode, 2, kind, 7);
        String code = CodeSamples.python(config, null, FRENCH);

        PythonTool.Outcome first;
        PythonTool.Outcome again;
        // an http sample fetches from AsyncLab's loopback server, whose port it takes from the command line
        try (DelayServer server = DelayServer.start(0)) {
            List<String> port = kind == TaskKind.HTTP ? List.of(String.valueOf(server.address().getPort())) : List.of();
            first = PythonTool.run(List.of("python3"), folder, "a.py", code, port);
            again = PythonTool.run(List.of("python3"), folder, "b.py", code, port);
        }

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        String[] lines = first.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        double[] delays = list(lines[0]);
        assertThat(delays).hasSize(5);
        assertThat(Arrays.stream(delays)).allMatch(d -> d >= 0 && d <= 0.05);
        assertThat(Double.parseDouble(lines[1])).isPositive();
        double[] sortedAgain = list(again.out().strip().split("\n")[0]);
        double[] sortedFirst = delays.clone();
        Arrays.sort(sortedAgain);
        Arrays.sort(sortedFirst);
        assertThat(sortedAgain).as("seeded: the same delays again (threads may finish in another order)")
                .containsExactly(sortedFirst);
    }

    /**
     * The course lessons' samples do what their lesson shows, all in one python3 (each through {@code runpy}, with
     * the loopback server's port as its argument). {@code asyncio.sleep} is wrapped to count the tasks in their wait
     * at once: the semaphore's sample never has more than its size there.
     */
    @Test
    void theCourseLessonsSamplesDoWhatTheirLessonShows() throws Exception {
        assumeTrue(PythonTool.pythonFound(), "no python3 on this machine: the samples cannot be run");
        Workload eight = Workload.ofSeconds(0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05);
        Workload deadline = Workload.ofSeconds(0.05, 0.3, 0.1, 0.4);
        Workload racers = Workload.ofSeconds(new double[CourseCases.RACERS]);
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("semaphore", sample(Mode.EVENT_LOOP, TaskKind.IO, eight, Coordination.NONE.withSemaphore(3)));
        Coordination cut = Coordination.NONE.withDeadline(0.2);
        samples.put("deadline-loop", sample(Mode.EVENT_LOOP, TaskKind.IO, deadline, cut));
        samples.put("deadline-threads", sample(Mode.THREADS, TaskKind.IO, deadline, cut));
        samples.put("deadline-pool", sample(Mode.POOL, TaskKind.CPU, deadline, cut));
        for (Mode mode : new Mode[] {Mode.EVENT_LOOP, Mode.THREADS, Mode.POOL}) {
            for (SharedCounter counter : new SharedCounter[] {SharedCounter.NO_AWAIT, SharedCounter.AWAIT,
                SharedCounter.LOCK}) {
                samples.put("counter-" + counter + "-" + mode,
                        sample(mode, TaskKind.IO, racers, Coordination.NONE.withCounter(counter)));
            }
        }
        samples.put("computing-race", sample(Mode.EVENT_LOOP, TaskKind.CPU, racers, CourseCases.COMPUTING_RACE));
        // each mode's pages take their own delay (1.5 s, 1.501 s, …), so that the server tells their requests apart
        // by path; long beside a stall of a loaded machine between two requests sent together (at 0.6 s the event
        // loop's third request once reached the server after the first answer, in a whole suite at load 8)
        for (Mode mode : Mode.values()) {
            double page = (PAGE_MILLIS + mode.ordinal()) / 1000.0;
            samples.put("http-" + mode, sample(mode, TaskKind.HTTP, Workload.ofSeconds(page, page, page),
                    Coordination.NONE));
        }
        List<String> command = new ArrayList<>(List.of("python3", "-c", RUN_EACH));
        String printed;
        Map<Mode, List<String>> requests = new LinkedHashMap<>();
        try (RecordingServer server = new RecordingServer()) {
            command.add(String.valueOf(server.port()));
            String last = null;
            for (Map.Entry<String, String> sample : samples.entrySet()) {
                if (last != null) {
                    command.add(folder.resolve(last + ".py").toString());
                }
                Files.writeString(folder.resolve(sample.getKey() + ".py"), sample.getValue());
                last = sample.getKey();
            }
            PythonTool.Outcome run = PythonTool.run(command, folder, last + ".py", samples.get(last));
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.err()).isEmpty();
            printed = run.out();
            for (Mode mode : Mode.values()) {
                requests.put(mode, server.events("/delay/" + (PAGE_MILLIS + mode.ordinal())));
            }
        }

        assertThat(section(printed, "semaphore")).as("never more than 3 in their wait").endsWith("peak 3\n");
        assertThat(total(section(printed, "semaphore"), 8)).as("8 waits of 0.05 s, 3 at a time").isGreaterThan(0.14);
        assertThat(section(printed, "deadline-loop")).as("cancelled past 0.2 s: exactly the 0.3 and the 0.4")
                .startsWith("[0.05, 0.1, None, None]\n");
        for (String threads : new String[] {"deadline-threads", "deadline-pool"}) {
            assertThat(section(printed, threads).lines().findFirst().orElseThrow()).as(threads)
                    .contains("0.05").contains("0.1").doesNotContain("0.3").doesNotContain("0.4")
                    .matches("\\[.*None.*None.*]");
        }
        for (Mode mode : new Mode[] {Mode.EVENT_LOOP, Mode.THREADS, Mode.POOL}) {
            // on the loop nothing runs between a read and a write without an await; threads are pre-emptive
            CourseCases.checkCounter(section(printed, "counter-no-await-" + mode), mode == Mode.EVENT_LOOP);
            CourseCases.checkCounter(section(printed, "counter-await-" + mode), false);
            CourseCases.checkCounter(section(printed, "counter-lock-" + mode), true);
        }
        CourseCases.checkCounter(section(printed, "computing-race"), true);
        // the server's order of arrivals and answers: how many requests it held at once
        assertThat(requests.get(Mode.SEQUENTIAL)).as("one after the other")
                .containsExactly("in", "out", "in", "out", "in", "out");
        for (Mode together : new Mode[] {Mode.EVENT_LOOP, Mode.VIRTUAL, Mode.THREADS}) {
            assertThat(requests.get(together)).as("%s sends every request before the first answer", together)
                    .containsExactly("in", "in", "in", "out", "out", "out");
        }
        assertThat(heldAtOnce(requests.get(Mode.POOL))).as("a pool of 2: %s", requests.get(Mode.POOL)).isEqualTo(2);
        for (Mode mode : Mode.values()) {
            double page = (PAGE_MILLIS + mode.ordinal()) / 1000.0;
            assertThat(section(printed, "http-" + mode)).as("each page fetched")
                    .startsWith("[" + page + ", " + page + ", " + page + "]\n");
        }
    }

    /** The most requests a server held at once (arrived, not yet answered), from its "in" and "out". */
    private static int heldAtOnce(List<String> events) {
        int held = 0;
        int most = 0;
        for (String event : events) {
            held += event.equals("in") ? 1 : -1;
            most = Math.max(most, held);
        }
        assertThat(events).containsOnly("in", "out").hasSize(6);
        return most;
    }

    /** Runs each file given after the server's port as {@code __main__}, counting the tasks in asyncio.sleep. */
    private static final String RUN_EACH = """
            import asyncio, runpy, sys
            port, sleep, waiting = sys.argv[1], asyncio.sleep, [0, 0]
            async def counted(delay, *args, **kwargs):
                waiting[0] += 1
                waiting[1] = max(waiting[0], waiting[1])
                try:
                    return await sleep(delay, *args, **kwargs)
                finally:
                    waiting[0] -= 1
            asyncio.sleep = counted
            for f in sys.argv[2:]:
                print("== " + f.rsplit("/", 1)[-1][:-3], flush=True)
                waiting[1] = 0
                sys.argv = [f, port]
                runpy.run_path(f, run_name="__main__")
                print("peak", waiting[1], flush=True)
            """;

    private static String sample(Mode mode, TaskKind kind, Workload delays, Coordination rules) {
        return CodeSamples.python(new RunConfig(delays.size(), 1, mode, 2, kind, 1, false, rules), delays, FRENCH);
    }

    private static String section(String printed, String name) {
        return printed.split("== " + name + "\n", 2)[1].split("==", 2)[0];
    }

    /** The run's total: the average measure_time printed (the section's second line), times n. */
    private static double total(String section, int n) {
        return Double.parseDouble(section.lines().toList().get(1)) * n;
    }

    /**
     * "The GIL lets one thread compute at a time: total = the sum", said the threads sample under a loop that
     * computed until the clock reached each thread's delay: four threads sharing the GIL each stopped at its own
     * delay, and the total was 0.40 s for delays adding up to 0.88 s. A thread now computes its delay of its own CPU
     * time, which it gets only while it holds the GIL: the total is at least the sum.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mode.class, names = {"THREADS", "POOL"})
    void threadsComputingUnderTheGilTakeTheSumOfTheirDelays(Mode mode) throws Exception {
        assumeTrue(PythonTool.pythonFound(), "no python3 on this machine: the samples cannot be run");
        Workload delays = Workload.ofSeconds(0.1, 0.05, 0.15, 0.1);
        String code = CodeSamples.python(new RunConfig(4, 0.15, mode, 4, TaskKind.CPU, 1), delays, Locale.ENGLISH);

        PythonTool.Outcome run = PythonTool.run(List.of("python3"), folder, "gil.py", code);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(code).contains("total = the sum");
        // CPU time adds up under one lock: the total cannot be less than the sum (0.4 s), whatever the machine's load
        assertThat(total(run.out(), 4)).as(run.out()).isGreaterThanOrEqualTo(0.4 * 0.95);
    }

    @Test
    void theEventLoopSampleListsTheDelaysAsTheyEndWithoutSorting() throws Exception {
        assumeTrue(PythonTool.pythonFound(), "no python3 on this machine: the samples cannot be run");
        // Delays 0.15 s apart, in scrambled order. (The drawn ones of the test above are as close as 3.9 ms: a
        // python3 paused that long between two tasks' first steps on a loaded machine lists them swapped, which
        // is what really happened. PrintedLines allows swaps within the start skew; these are wider.)
        RunConfig config = new RunConfig(5, 0.6, Mode.EVENT_LOOP, 0, TaskKind.IO, 7);
        String code = CodeSamples.python(config, Workload.ofSeconds(0.6, 0.0, 0.45, 0.15, 0.3), Locale.ENGLISH);

        PythonTool.Outcome run = PythonTool.run(List.of("python3"), folder, "as_completed.py", code);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Double> listed = Arrays.stream(list(run.out().strip().split("\n")[0])).boxed().toList();
        assertThat(listed).as("as_completed: ascending without sort()").containsExactlyInAnyOrder(0.6, 0.0, 0.45,
                0.15, 0.3);
        assertThat(PrintedLines.isAscending(listed)).as("as_completed: ascending without sort(): %s", listed).isTrue();
        assertThat(code).contains("as_completed").doesNotContain("sorted(").doesNotContain(".sort(");
    }

    @Test
    void aLessonsOwnDelaysAreTheOnesTheSampleWaits() throws Exception {
        assumeTrue(PythonTool.pythonFound(), "no python3 on this machine: the samples cannot be run");
        RunConfig config = new RunConfig(4, 0.3, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);
        String code = CodeSamples.python(config, Workload.ofSeconds(0.3, 0.1, 0.2, 0.2), Locale.ENGLISH);

        PythonTool.Outcome run = PythonTool.run(List.of("python3"), folder, "fixed.py", code);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("[0.3, 0.1, 0.2, 0.2]\n");
        assertThat(code).contains("DELAYS = iter([0.3, 0.1, 0.2, 0.2])").doesNotContain("random.uniform");
    }

    @Test
    void bonjourMondeTakesTwoDelaysInSequenceAndOneWithGather() throws Exception {
        assumeTrue(PythonTool.pythonFound(), "no python3 on this machine: the samples cannot be run");
        // The course's own second each: gathered, the run must take less than the sequential one's least, 2 s, which
        // leaves a second for a loaded machine (two sleeps of 0.4 s left 0.4 s, and the suite starts many programs
        // at once).
        Workload twoSeconds = Workload.ofSeconds(1, 1);
        String sequential = CodeSamples.python(new RunConfig(2, 1, Mode.SEQUENTIAL, 0, TaskKind.IO, 1),
                twoSeconds, FRENCH);
        String gather = CodeSamples.python(new RunConfig(2, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 1), twoSeconds,
                FRENCH);

        PythonTool.Outcome one = PythonTool.run(List.of("python3"), folder, "seq.py", sequential);
        PythonTool.Outcome two = PythonTool.run(List.of("python3"), folder, "gather.py", gather);

        assertThat(sequential).contains("async def dire_bonjour() -> None:").contains("await asyncio.sleep(1)")
                .contains("await dire_bonjour()").contains("await dire_monde()").doesNotContain("gather")
                .contains("Environ 2 s");
        assertThat(gather).contains("await asyncio.gather(dire_bonjour(), dire_monde())");
        assertThat(one.out()).startsWith("Bonjour\nMonde\n");
        assertThat(two.out()).startsWith("Bonjour\nMonde\n");
        assertThat(seconds(one.out())).isGreaterThanOrEqualTo(2.0);
        assertThat(seconds(two.out())).isGreaterThanOrEqualTo(1.0).isLessThan(2.0);
    }

    private static double seconds(String out) {
        String[] lines = out.strip().split("\n");
        return Double.parseDouble(lines[lines.length - 1].replace(" s", ""));
    }

    private static double[] list(String printed) {
        String inside = printed.strip().replaceAll("^\\[|]$", "");
        return inside.isEmpty() ? new double[0]
                : Stream.of(inside.split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
    }
}
