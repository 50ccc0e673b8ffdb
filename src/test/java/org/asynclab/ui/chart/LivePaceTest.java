package org.asynclab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

/** Live frames: every pulse for tasks that wait, spaced for tasks that compute, the first one of a run at once. */
class LivePaceTest {
    private static final long PULSE = 16_666_667L;
    private static final long START = 5_000_000_000L;

    /** The frames drawn over one second of 60 pulses for a run of {@code kind} tasks. */
    private static int framesInASecond(TaskKind kind) {
        LivePace pace = new LivePace();
        int frames = 0;
        for (int pulse = 0; pulse < 60; pulse++) {
            long now = START + pulse * PULSE;
            if (pace.due(kind, now)) {
                pace.drawn(now);
                frames++;
            }
        }
        return frames;
    }

    @Test
    void waitingTasksAreDrawnEveryPulseAndComputingOnesAtItsPace() {
        assertThat(framesInASecond(TaskKind.IO)).isEqualTo(60);
        assertThat(framesInASecond(TaskKind.HTTP)).isEqualTo(60);
        assertThat(framesInASecond(TaskKind.CPU)).isEqualTo(LivePace.COMPUTING_FRAMES_PER_SECOND);
    }

    @Test
    void aNewRunsFirstFrameIsDueAtOnce() {
        // given a computing run drawn a pulse ago
        LivePace pace = new LivePace();
        pace.drawn(START);
        assertThat(pace.due(TaskKind.CPU, START + PULSE)).isFalse();

        // when the next run starts, its first frame is due in the same pulse
        pace.forget();
        assertThat(pace.due(TaskKind.CPU, START + PULSE)).isTrue();
    }
}
