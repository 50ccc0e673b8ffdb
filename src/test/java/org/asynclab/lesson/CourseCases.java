package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * The course lessons' samples run for real (a semaphore, a deadline, a shared counter with and without its lock), each
 * with what its Java must have printed in {@code jshell}: the behaviour the lesson is about, not the text.
 *
 * @param name      the sample's name in the output
 * @param config    the settings, coordination included
 * @param delays    the lesson's own delays
 * @param checkJava what the Java's output must show
 */
record CourseCases(String name, RunConfig config, Workload delays, Consumer<String> checkJava) {
    /** The server address a sample states, which the reader (and a test) puts the real one in place of. */
    static final String SERVER = "http://127.0.0.1:8000";
    /** How many tasks share the counter: every delay 0, so that they all read it before any writes. */
    static final int RACERS = 20;
    /** Tasks that compute, two at a time, then update the counter under its lock. */
    static final Coordination COMPUTING_RACE = Coordination.NONE.withSemaphore(2).withCounter(SharedCounter.LOCK);
    private static final Pattern COUNTER = Pattern.compile("counter:? (\\d+) of (\\d+)");

    /**
     * Settings in {@code mode} with {@code rules}, the delays' count as n, without the simulated GIL: with it, a
     * computing task's slices wait their turn and it may pass its deadline on a loaded machine, as in a real run
     * (the GIL's samples run in JavaSamplesTest's loop over every mode and kind).
     */
    static RunConfig config(Mode mode, TaskKind kind, Workload delays, Coordination rules) {
        return new RunConfig(delays.size(), 1, mode, 2, kind, 1, false, rules);
    }

    /** Every case. */
    static List<CourseCases> all() {
        Workload three = Workload.ofSeconds(0.03, 0.01, 0.02);
        // A task that waits sleeps for its delay or the deadline, whichever is shorter, then compares the two: no
        // clock decides.
        Workload deadline = Workload.ofSeconds(0.01, 0.3, 0.02, 0.4);
        // A task that computes looks at the clock as it goes: a thread descheduled past its deadline is cancelled
        // as it would be in a run, and one descheduled past its end and its deadline at once ends as done. So the
        // deadline is 380 ms after the short tasks' ends and 400 ms before the long ones': 130 ms and 150 ms were
        // within one preemption on a loaded machine (load 25 on two cores).
        Workload computing = Workload.ofSeconds(0.01, 0.8, 0.02, 1.0);
        Workload racers = Workload.ofSeconds(new double[RACERS]);
        Coordination oneAtATime = Coordination.NONE.withSemaphore(1);
        Coordination cut = Coordination.NONE.withDeadline(0.15);
        Coordination computingCut = Coordination.NONE.withDeadline(0.4);
        return List.of(
                // a semaphore of 1: the tasks finish in the order they got it, not by their delays
                new CourseCases("semaphore of 1", config(Mode.EVENT_LOOP, TaskKind.IO, three, oneAtATime), three,
                        out -> assertThat(out.lines()).containsExactly("task 0 done", "task 1 done", "task 2 done")),
                new CourseCases("deadline on the loop", config(Mode.EVENT_LOOP, TaskKind.IO, deadline, cut), deadline,
                        out -> assertThat(out.lines()).containsExactlyInAnyOrder("task 0 done", "task 1 cancelled",
                                "task 2 done", "task 3 cancelled")),
                new CourseCases("deadline on threads", config(Mode.THREADS, TaskKind.IO, deadline, cut), deadline,
                        out -> assertThat(out.lines()).containsExactlyInAnyOrder("cancelled: 300000000",
                                "cancelled: 400000000")),
                new CourseCases("deadline on a pool, computing", config(Mode.POOL, TaskKind.CPU, computing,
                        computingCut), computing, out -> assertThat(out.lines()).containsExactlyInAnyOrder(
                                "cancelled: 800000000", "cancelled: 1000000000")),
                counter(Mode.EVENT_LOOP, SharedCounter.AWAIT, racers, false),
                counter(Mode.EVENT_LOOP, SharedCounter.LOCK, racers, true),
                counter(Mode.EVENT_LOOP, SharedCounter.NO_AWAIT, racers, true),
                counter(Mode.THREADS, SharedCounter.NO_AWAIT, racers, false),
                counter(Mode.THREADS, SharedCounter.LOCK, racers, true),
                counter(Mode.POOL, SharedCounter.LOCK, racers, true),
                counter(Mode.VIRTUAL, SharedCounter.AWAIT, racers, false),
                counter(Mode.SEQUENTIAL, SharedCounter.AWAIT, racers, true),
                new CourseCases("semaphore and lock on the loop, computing", config(Mode.EVENT_LOOP, TaskKind.CPU,
                        racers, COMPUTING_RACE), racers, out -> checkCounter(out, true)));
    }

    /** A race: with {@code whole}, the counter must reach n; otherwise it may not pass n. */
    private static CourseCases counter(Mode mode, SharedCounter kind, Workload racers, boolean whole) {
        RunConfig config = config(mode, TaskKind.IO, racers, Coordination.NONE.withCounter(kind));
        return new CourseCases("counter " + kind + " " + mode, config, racers, out -> checkCounter(out, whole));
    }

    /** The printed counter: n when {@code whole}, at most n otherwise (updates may be lost, never made up). */
    static void checkCounter(String out, boolean whole) {
        Matcher counter = COUNTER.matcher(out);
        assertThat(counter.find()).as(out).isTrue();
        int value = Integer.parseInt(counter.group(1));
        int n = Integer.parseInt(counter.group(2));
        assertThat(n).isEqualTo(RACERS);
        if (whole) {
            assertThat(value).as(out).isEqualTo(n);
        } else {
            assertThat(value).as(out).isBetween(1, n);
        }
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(delays.delaysNanos());
    }
}
