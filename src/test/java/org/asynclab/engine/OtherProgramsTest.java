package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.asynclab.model.Mode;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

/** The other programs' share of the CPU during a run, from two readings of the clocks: arithmetic, no load. */
class OtherProgramsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theOtherProgramsAreTheMachinesBusyTimeLessOursOverTheWallTime() {
        // given 4 s of wall time on 2 cores: the machine busy 900 ticks (9 s of a core), this process 380 (3.8 s)
        CpuCounters before = new CpuCounters(10_000, 2_000, 5 * SECOND, 2);
        CpuCounters after = new CpuCounters(10_900, 2_380, 9 * SECOND, 2);

        // when the two are set against each other
        OtherPrograms others = after.otherProgramsSince(before);

        // then the others kept 5.2 s of a core busy in 4 s: 1.3 cores, worth a warning
        assertThat(others.cores()).isCloseTo(1.3, within(1e-9));
        assertThat(others.machineCores()).isEqualTo(2);
        assertThat(others.warns()).isTrue();
    }

    @Test
    void lessThanHalfACoreIsKnownButWarnsNothing() {
        // 4 s of wall time; the others took 180 ticks (1.8 s of a core): 0.45 cores, under the threshold
        OtherPrograms quiet = new CpuCounters(580, 400, 4 * SECOND, 2)
                .otherProgramsSince(new CpuCounters(0, 0, 0, 2));
        // exactly half a core warns: "≥ 0.5"
        OtherPrograms half = new CpuCounters(200, 0, 4 * SECOND, 2).otherProgramsSince(new CpuCounters(0, 0, 0, 2));

        assertThat(quiet.known()).isTrue();
        assertThat(quiet.cores()).isCloseTo(0.45, within(1e-9));
        assertThat(quiet.warns()).isFalse();
        assertThat(half.warns()).isTrue();
    }

    @Test
    void theTicksOfTheTwoFilesDisagreeingNeverGiveLessThanNothingNorMoreThanTheMachine() {
        // this process counted a tick more than the machine did (the two files count on their own schedules)
        OtherPrograms ahead = new CpuCounters(100, 101, SECOND, 2).otherProgramsSince(new CpuCounters(0, 0, 0, 2));
        OtherPrograms over = new CpuCounters(500, 0, SECOND, 2).otherProgramsSince(new CpuCounters(0, 0, 0, 2));

        assertThat(ahead.cores()).isZero();
        assertThat(over.cores()).isEqualTo(2.0);
    }

    @Test
    void noReadingOrARunTooShortToTellIsUnknownAndWarnsNothing() {
        CpuCounters start = new CpuCounters(0, 0, 0, 2);
        OtherPrograms none = CpuCounters.NONE.otherProgramsSince(start);
        OtherPrograms noStart = new CpuCounters(900, 0, 4 * SECOND, 2).otherProgramsSince(CpuCounters.NONE);
        // 0.1 s: a couple of ticks' disagreement would read as a fifth of a core
        OtherPrograms brief = new CpuCounters(20, 0, SECOND / 10, 2).otherProgramsSince(start);

        assertThat(List.of(none, noStart, brief)).allSatisfy(o -> {
            assertThat(o.known()).isFalse();
            assertThat(o.warns()).isFalse();
        });
    }

    @Test
    void aRunGivenOnlyPartOfTheMachineGetsNoReading() {
        // a container of 2 cores on a host of 64: the others' time on cores the run cannot use would read as theirs
        List<String> host = new java.util.ArrayList<>(List.of("cpu  900 0 0 100 0 0 0 0 0 0"));
        for (int i = 0; i < 64; i++) {
            host.add("cpu" + i + " 14 0 0 1 0 0 0 0 0 0");
        }

        assertThat(CpuCounters.of(host, 0, 0, 2)).isEqualTo(CpuCounters.NONE);
        assertThat(CpuCounters.of(host, 380, 7, 64)).isEqualTo(new CpuCounters(900, 380, 7, 64));
    }

    @Test
    void theLinesOfProcAreReadAsTheKernelWritesThem() {
        // user nice system idle iowait irq softirq steal guest guest_nice: idle and iowait are not busy, guest is
        // already inside user
        assertThat(CpuCounters.busyTicks("cpu  44183 6399 10004 1264780 687 0 143 2542 7 0"))
                .isEqualTo(44183 + 6399 + 10004 + 143 + 2542);
        // a command with a space and a parenthesis in its name; utime 1200 and stime 34 are fields 14 and 15
        assertThat(CpuCounters.processTicks("4242 (java (main) x) S 1 4242 1 0 -1 4194560 100 0 0 0 1200 34 0 0 20"
                + " 0 30 0 665065")).isEqualTo(1234);
        // and the children it waited for, cutime 500 and cstime 66 (fields 16 and 17): a Python program's time
        assertThat(CpuCounters.processTicks("4242 (java) S 1 4242 1 0 -1 4194560 100 0 0 0 1200 34 500 66 20"
                + " 0 30 0 665065")).isEqualTo(1800);
        assertThat(CpuCounters.cores(List.of("cpu  1 2 3 4", "cpu0 1 2 3", "cpu1 1 2 3", "intr 5 6", "ctxt 7")))
                .isEqualTo(2);
    }

    @Test
    void aFinishedRunCarriesTheOtherProgramsOfItsClock() throws InterruptedException {
        // given an engine whose clocks read: at the run's start, then 4 s and 900 busy ticks later, 380 of them ours
        Iterator<CpuCounters> readings = List.of(new CpuCounters(10_000, 2_000, 5 * SECOND, 2),
                new CpuCounters(10_900, 2_380, 9 * SECOND, 2)).iterator();
        RunEngine engine = new RunEngine(new EngineSetup(CpuWork::calibrated, LaneThreads.DAEMONS,
                () -> new ReentrantLock(true), JitWarmUp.NONE, readings::next));

        // when a short run ends
        RunResult result = engine.run(new RunConfig(2, 0.01, Mode.THREADS, 0, TaskKind.IO, 1L),
                Workload.ofSeconds(0.01, 0.01));

        // then its result says what the others took
        assertThat(result.otherPrograms().cores()).isCloseTo(1.3, within(1e-9));
        assertThat(readings.hasNext()).isFalse();
    }

    @Test
    void anEngineForTestsReadsNothing() throws InterruptedException {
        RunEngine engine = new RunEngine(new EngineSetup(CpuWork::calibrated, LaneThreads.DAEMONS,
                () -> new ReentrantLock(true)));

        RunResult result = engine.run(new RunConfig(1, 0.01, Mode.SEQUENTIAL, 0, TaskKind.IO, 1L),
                Workload.ofSeconds(0.01));

        assertThat(result.otherPrograms()).isEqualTo(OtherPrograms.UNKNOWN);
    }

    @Test
    void thisMachinesOwnFilesReadAsTheKernelWritesThem() throws IOException {
        // what the kernel writes, not how busy it is: only that the lines parse
        Path machine = Path.of("/proc/stat");
        Path self = Path.of("/proc/self/stat");
        assumeTrue(Files.isReadable(machine) && Files.isReadable(self), "Linux only");

        List<String> lines = Files.readAllLines(machine);

        assertThat(CpuCounters.busyTicks(lines.getFirst())).isPositive();
        assertThat(CpuCounters.cores(lines)).isPositive();
        assertThat(CpuCounters.processTicks(Files.readString(self))).isNotNegative();
    }

    /**
     * A program AsyncLab ran and waited for (a Python run) is counted as ours once reaped: its CPU time was read as
     * other programs', so a Python program that computed warned of a busy machine. The child says what it used.
     */
    @Test
    void aChildWaitedForCountsAsOurs() throws IOException, InterruptedException {
        Path self = Path.of("/proc/self/stat");
        assumeTrue(Files.isReadable(self), "Linux only");
        long before = CpuCounters.processTicks(Files.readString(self));

        Process child = new ProcessBuilder("python3", "-c", "import time\nx = 0\nfor i in range(3_000_000): x += i\n"
                + "print(time.process_time())").redirectErrorStream(true).start();
        String used = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assumeTrue(child.waitFor() == 0, "python3 ran: " + used);
        long after = CpuCounters.processTicks(Files.readString(self));

        // at least the child's own time, within the two clocks' tick each
        long childTicks = Math.round(Double.parseDouble(used.strip()) * CpuCounters.TICKS_PER_SECOND);
        assertThat(childTicks).isPositive();
        assertThat(after - before).isGreaterThanOrEqualTo(childTicks - 2);
    }

    @Test
    void theTestsOwnRunsAreNotMeasuredSoNoWindowDependsOnTheMachinesLoad() {
        assertThat(Boolean.getBoolean(CpuCounters.UNMEASURED_PROPERTY)).as("pom.xml's surefire sets it").isTrue();
        assertThat(CpuCounters.read()).isEqualTo(CpuCounters.NONE);
    }
}
