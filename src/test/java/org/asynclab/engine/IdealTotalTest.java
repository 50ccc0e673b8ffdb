package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.model.Mode;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

class IdealTotalTest {
    private static final long SUM = 10_000;
    private static final long LONGEST = 1_000;

    private static long ideal(Mode mode, TaskKind kind, int workers, boolean lock, int cores) {
        return IdealTotal.nanos(mode, kind, workers, lock, SUM, LONGEST, cores);
    }

    @Test
    void ioTasksWaitTogetherExceptInSequence() {
        assertThat(ideal(Mode.SEQUENTIAL, TaskKind.IO, 0, false, 2)).isEqualTo(SUM);
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, 0, false, 2)).isEqualTo(LONGEST);
        assertThat(ideal(Mode.THREADS, TaskKind.IO, 0, false, 2)).isEqualTo(LONGEST);
        assertThat(ideal(Mode.VIRTUAL, TaskKind.IO, 0, false, 2)).isEqualTo(LONGEST);
    }

    @Test
    void aPoolSharesTheSumAmongItsWorkersButNeverBeatsTheLongestDelay() {
        assertThat(ideal(Mode.POOL, TaskKind.IO, 4, false, 2)).isEqualTo(SUM / 4);
        assertThat(ideal(Mode.POOL, TaskKind.IO, 100, false, 2)).isEqualTo(LONGEST);
    }

    @Test
    void cpuTasksShareOnlyTheCores() {
        assertThat(ideal(Mode.SEQUENTIAL, TaskKind.CPU, 0, false, 2)).isEqualTo(SUM);
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.CPU, 0, false, 8)).isEqualTo(SUM);
        assertThat(ideal(Mode.THREADS, TaskKind.CPU, 0, false, 2)).isEqualTo(SUM / 2);
        assertThat(ideal(Mode.VIRTUAL, TaskKind.CPU, 0, false, 64)).isEqualTo(LONGEST);
        assertThat(ideal(Mode.POOL, TaskKind.CPU, 8, false, 2)).isEqualTo(SUM / 2);
        assertThat(ideal(Mode.POOL, TaskKind.CPU, 1, false, 2)).isEqualTo(SUM);
    }

    @Test
    void theGlobalLockLetsOnlyOneComputeAtATime() {
        assertThat(ideal(Mode.THREADS, TaskKind.CPU, 0, true, 2)).isEqualTo(SUM);
        assertThat(ideal(Mode.POOL, TaskKind.CPU, 4, true, 2)).isEqualTo(SUM);
    }
}
