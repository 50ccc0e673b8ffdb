package org.asynclab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.export.HandBuiltResults;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.asynclab.ui.testing.Recordings;
import org.junit.jupiter.api.Test;

class RunTitlesTest {
    private final RunTitles titles = new RunTitles(UiText.forLocale(Locale.ENGLISH));
    private final RunConfig pool = new RunConfig(20, 1.0, Mode.POOL, 4, TaskKind.IO, 1L);

    @Test
    void aSingleRunIsTitledWithAllItsSettings() {
        // when a run has no other run beside it, then its title names every setting
        assertThat(titles.of(pool, null)).isEqualTo(titles.of(pool))
                .isEqualTo("Pool of 4 · I/O (waits) · n = 20 · max delay 1.000\u00a0s · seed 1");
    }

    @Test
    void aStoppedRunsPictureSaysWhenItWasStoppedAndGivesNoTotalNorAverage() {
        // given a run stopped after its first task, of 0.2 s, while its second (1 s) still waited
        RunResult stopped = Recordings.stopped(1, 0.2, 1.0);

        // then its slide says it was stopped and when, not "total 200 ms · average 100 ms", in both languages
        assertThat(titles.ofPicture(stopped, null, 1)).endsWith(" · stopped after 200\u00a0ms")
                .doesNotContain("total").doesNotContain("average");
        assertThat(titles.of(stopped)).endsWith(" · stopped after 200\u00a0ms");
        assertThat(new RunTitles(UiText.forLocale(Locale.FRENCH)).ofPicture(stopped, null, 1))
                .endsWith(" · arrêt à 200\u00a0ms").doesNotContain("moyenne");
    }

    @Test
    void aPictureStatesTheSeedAndMaxDelayOnlyWhereTheyDrewTheDelays() {
        // given the same settings run on drawn delays and on a scenario's own (bonjour-monde's)
        RunResult drawn = HandBuiltResults.simulate(pool, Workload.generate(pool));
        RunResult given = HandBuiltResults.simulate(pool, Workload.ofSeconds(new double[20]));

        // then only the drawn run's picture names them, in both languages
        assertThat(titles.ofPicture(drawn, null, 1)).startsWith(titles.of(pool) + " · total ");
        assertThat(titles.ofPicture(given, null, 1)).startsWith("Pool of 4 · I/O (waits) · n = 20 · total ")
                .doesNotContain("seed").doesNotContain("max delay");
        assertThat(new RunTitles(UiText.forLocale(Locale.FRENCH)).of(given)).doesNotContain("graine")
                .doesNotContain("délai max");
    }

    @Test
    void aPoolOfOneIsNamedByItsSize() {
        RunConfig one = new RunConfig(20, 1.0, Mode.POOL, 1, TaskKind.IO, 1L);
        assertThat(titles.of(one, null)).startsWith("Pool of 1 · ");
        assertThat(new RunTitles(UiText.forLocale(Locale.FRENCH)).of(one, null)).startsWith("Pool de 1 · ");
    }

    @Test
    void aComparisonChartIsTitledWithItsModeAndOnlyWhatDiffers() {
        // given the pool lesson's comparison: the same tasks, thread per task
        RunConfig threads = pool.withMode(Mode.THREADS);

        // then each title is the run's mode only
        assertThat(titles.of(pool, threads)).isEqualTo("Pool of 4");
        assertThat(titles.of(threads, pool)).isEqualTo("Threads");

        // and a setting that differs is named
        RunConfig otherSeed = threads.withSeed(7);
        assertThat(titles.of(otherSeed, pool)).isEqualTo("Threads · seed 7");
        RunConfig cpu = new RunConfig(20, 1.0, Mode.THREADS, 0, TaskKind.CPU, 1L);
        assertThat(titles.of(cpu, pool)).isEqualTo("Threads · CPU (computes)");
    }

    @Test
    void twoRunsOfTheSameModeAreTitledByWhatDiffers() {
        // given the race lesson: the same 500 tasks on the event loop, an await between read and write, then a lock
        RunConfig loop = new RunConfig(500, 0.5, Mode.EVENT_LOOP, 0, TaskKind.IO, 12L);
        RunConfig await = loop.withCoordination(new Coordination(SharedCounter.AWAIT, 0.002, 0, 0));
        RunConfig lock = loop.withCoordination(new Coordination(SharedCounter.LOCK, 0.002, 0, 0));

        // then the charts' titles (what differs first: a title cut at 1024×768 keeps it), the table's columns and
        // the sentence's names tell them apart
        assertThat(titles.of(await, lock)).isEqualTo("shared counter, await · Event loop");
        assertThat(titles.of(lock, await)).isEqualTo("shared counter, lock · Event loop");
        assertThat(titles.name(await, lock)).isEqualTo("Event loop · shared counter, await");
        assertThat(titles.of(loop, lock)).isEqualTo("shared counter, off · Event loop");
        // and the results table's narrow columns say the counter's word alone
        assertThat(titles.column(await, lock)).isEqualTo("await");
        assertThat(titles.column(lock, await)).isEqualTo("lock");
    }

    @Test
    void theSemaphoreTheDeadlineTheGilAndThePoolSizeNameTheirRuns() {
        RunConfig loop = new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 1L);
        RunConfig semaphore = loop.withCoordination(new Coordination(SharedCounter.OFF, 0.002, 4, 0));
        RunConfig deadline = loop.withCoordination(new Coordination(SharedCounter.OFF, 0.002, 0, 0.5));
        assertThat(titles.of(semaphore, loop)).isEqualTo("semaphore 4 · Event loop");
        assertThat(titles.of(loop, semaphore)).isEqualTo("no semaphore · Event loop");
        assertThat(titles.of(deadline, loop)).isEqualTo("deadline 0.500\u00a0s · Event loop");
        assertThat(titles.of(loop, deadline)).isEqualTo("no deadline · Event loop");

        RunConfig gil = new RunConfig(4, 1.0, Mode.THREADS, 0, TaskKind.CPU, 1L, true);
        RunConfig free = new RunConfig(4, 1.0, Mode.THREADS, 0, TaskKind.CPU, 1L, false);
        assertThat(titles.of(gil, free)).isEqualTo("GIL · Threads");
        assertThat(titles.of(free, gil)).isEqualTo("no GIL · Threads");

        // two pools of different sizes: the title's mode says the size, once ("4 workers · Pool of 4 workers" said
        // it twice), and so does the short name
        RunConfig eight = pool.withMode(Mode.POOL, 8);
        assertThat(titles.of(pool, eight)).isEqualTo("Pool of 4");
        assertThat(titles.of(eight.withSeed(7), pool)).isEqualTo("seed 7 · Pool of 8");
        assertThat(titles.name(pool, eight)).isEqualTo("Pool of 4");
        RunTitles french = new RunTitles(UiText.forLocale(Locale.FRENCH));
        assertThat(french.of(pool, eight)).isEqualTo("Pool de 4");
    }

    @Test
    void runsThatDifferInNothingAreNamedByTheirModeAlone() {
        assertThat(titles.of(pool, pool)).isEqualTo("Pool of 4");
        assertThat(titles.differences(pool, pool)).isEmpty();
    }

    /**
     * One set of names: the command line's pictures and sentences name a mode as the English window does ("Event
     * loop", not "event-loop"), and a pool and its size are written one way: "Pool of 4" in the titles, the
     * settings line, the sweep's legend and the command line's tables, which said "Pool of 4 workers" and "pool of
     * 4".
     */
    @Test
    void modesAreNamedAlikeEverywhere() {
        UiText english = UiText.forLocale(Locale.ENGLISH);
        for (Mode mode : Mode.values()) {
            assertThat(mode.englishName()).isEqualTo(english.get("mode." + mode.id()));
        }
        for (int workers : new int[] {1, 4, 10_000}) {
            assertThat(english.modeName(Mode.POOL, workers)).isEqualTo(Mode.POOL.englishName(workers));
            assertThat(Mode.EVENT_LOOP.englishName(workers)).isEqualTo(english.modeName(Mode.EVENT_LOOP, workers));
        }
        assertThat(Mode.POOL.englishName(4)).isEqualTo("Pool of 4");
        assertThat(Mode.POOL.englishName(1)).isEqualTo("Pool of 1");
        assertThat(Mode.POOL.englishName(10_000)).isEqualTo("Pool of 10,000");
        UiText french = UiText.forLocale(Locale.FRENCH);
        assertThat(french.modeName(Mode.POOL, 4)).isEqualTo("Pool de 4");
        assertThat(french.modeName(Mode.POOL, 1)).isEqualTo("Pool de 1");
        assertThat(english.bundle().containsKey("settings.summary.pool")).as("a second rule").isFalse();
    }
}
