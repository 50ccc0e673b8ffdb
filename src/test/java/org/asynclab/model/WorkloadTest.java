package org.asynclab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void theSameSeedGivesTheSameDelays() {
        Workload first = Workload.generate(1000, 2.5, 7);
        Workload second = Workload.generate(1000, 2.5, 7);

        assertThat(first).isEqualTo(second);
        assertThat(Workload.generate(1000, 2.5, 8)).isNotEqualTo(first);
    }

    @Test
    void delaysAreDrawnWithinZeroAndTheMaxDelay() {
        Workload workload = Workload.generate(10_000, 1.5, 1);

        for (int i = 0; i < workload.size(); i++) {
            assertThat(workload.delayNanos(i)).isBetween(0L, 1_500_000_000L);
        }
        assertThat(workload.longestNanos()).isGreaterThan(1_400_000_000L);
    }

    @Test
    void sumAndLongestDescribeTheDelays() {
        Workload workload = Workload.ofSeconds(1.0, 0.5, 2.0);

        assertThat(workload.sumNanos()).isEqualTo(3_500_000_000L);
        assertThat(workload.longestNanos()).isEqualTo(2_000_000_000L);
        assertThat(workload.delaySeconds(1)).isEqualTo(0.5);
    }

    @Test
    void aZeroMaxDelayGivesZeroDelays() {
        Workload workload = Workload.generate(10, 0, 3);

        assertThat(workload.sumNanos()).isZero();
    }

    @Test
    void outOfRangeSettingsNameTheirField() {
        assertThatThrownBy(() -> new RunConfig(0, 1, Mode.SEQUENTIAL, 0, TaskKind.IO, 1))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("1 to 1,000,000")
                .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("tasks");
        assertThatThrownBy(() -> new RunConfig(5, Double.NaN, Mode.SEQUENTIAL, 0, TaskKind.IO, 1))
                .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("maxDelay");
        assertThatThrownBy(() -> new RunConfig(5, 1, Mode.POOL, 0, TaskKind.IO, 1))
                .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("workers");
        assertThatThrownBy(() -> new RunConfig(50_000, 1, Mode.THREADS, 0, TaskKind.IO, 1))
                .hasMessageContaining("pool or virtual");
    }

    @Test
    void workersAreOnlyKeptForAPool() {
        RunConfig config = new RunConfig(5, 1, Mode.VIRTUAL, 8, TaskKind.IO, 1);

        assertThat(config.workers()).isZero();
        assertThat(config.workersOrNull()).isNull();
        assertThat(config.withMode(Mode.POOL).workersOrNull()).isEqualTo(Limits.DEFAULT_WORKERS);
    }
}
