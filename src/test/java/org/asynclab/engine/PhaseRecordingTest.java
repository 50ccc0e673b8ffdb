package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.junit.jupiter.api.Test;

class PhaseRecordingTest {

    @Test
    void aNewPhaseClosesTheOpenOneAndFinishClosesTheLast() {
        PhaseRecording record = new PhaseRecording(2, 3, true);
        record.name(1, "fetch 1");
        record.begin(1, Phase.CONNECT, 10);
        record.begin(1, Phase.AWAIT_ANSWER, 25, 7, "GET /delay/5");

        assertThat(record.phaseCount(0)).isZero();
        assertThat(record.phaseCount(1)).isEqualTo(2);
        assertThat(record.phaseEndNanos(1, 0)).isEqualTo(25);
        assertThat(record.phaseEndNanos(1, 1)).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(record.outcome(1)).isNull();

        record.finish(1, TaskOutcome.DONE, 40);

        assertThat(record.phase(1, 1)).isEqualTo(Phase.AWAIT_ANSWER);
        assertThat(record.phaseLine(1, 1)).isEqualTo(7);
        assertThat(record.phaseNote(1, 1)).isEqualTo("GET /delay/5");
        assertThat(record.phaseLine(1, 0)).isEqualTo(PhaseTimeline.NO_LINE);
        assertThat(record.phaseEndNanos(1, 1)).isEqualTo(40);
        assertThat(record.outcome(1)).isEqualTo(TaskOutcome.DONE);
        assertThat(record.taskName(1)).isEqualTo("fetch 1");
        assertThat(record.complete()).isTrue();
    }

    @Test
    void aTaskPastItsSlotsKeepsItsFirstPhasesAndSaysSo() {
        PhaseRecording record = new PhaseRecording(1, 1, false);

        assertThat(record.begin(0, Phase.READ_WRITE, 1)).isZero();
        assertThat(record.begin(0, Phase.RUNNING, 5)).isEqualTo(-1);
        record.end(0, -1, 9);

        assertThat(record.phaseCount(0)).isEqualTo(1);
        assertThat(record.phaseEndNanos(0, 0)).isEqualTo(5);
        assertThat(record.complete()).isFalse();
        assertThat(record.phaseNote(0, 0)).isNull();
        assertThat(record.taskName(0)).isNull();
    }
}
