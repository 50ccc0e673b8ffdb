package org.asynclab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

class RunTitlesTest {
    private final RunTitles titles = new RunTitles(UiText.forLocale(Locale.ENGLISH));
    private final RunConfig pool = new RunConfig(20, 1.0, Mode.POOL, 4, TaskKind.IO, 1L);

    @Test
    void aSingleRunIsTitledWithAllItsSettings() {
        // when a run has no other run beside it, then its title names every setting
        assertThat(titles.of(pool, null)).isEqualTo(titles.of(pool))
                .isEqualTo("Pool of 4 workers · I/O (waits) · n = 20 · max delay 1.000\u00a0s · seed 1");
    }

    @Test
    void aComparisonChartIsTitledWithItsModeAndOnlyWhatDiffers() {
        // given the pool lesson's comparison: the same tasks, thread per task
        RunConfig threads = pool.withMode(Mode.THREADS);

        // then each title is the run's mode only
        assertThat(titles.of(pool, threads)).isEqualTo("Pool of 4 workers");
        assertThat(titles.of(threads, pool)).isEqualTo("Threads");

        // and a setting that differs is named
        RunConfig otherSeed = threads.withSeed(7);
        assertThat(titles.of(otherSeed, pool)).isEqualTo("Threads · seed 7");
        RunConfig cpu = new RunConfig(20, 1.0, Mode.THREADS, 0, TaskKind.CPU, 1L);
        assertThat(titles.of(cpu, pool)).isEqualTo("Threads · CPU (computes)");
    }
}
