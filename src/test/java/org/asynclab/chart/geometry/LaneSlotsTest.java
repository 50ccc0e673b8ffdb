package org.asynclab.chart.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.bench.SyntheticRuns;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.junit.jupiter.api.Test;

class LaneSlotsTest {

    @Test
    void aPoolWorkersTasksFollowEachOtherInOneSlot() {
        LaneSlots slots = new LaneSlots();

        slots.update(TestRuns.pool());

        assertThat(slots.slot(0)).isZero();
        assertThat(slots.slot(2)).isZero();
        assertThat(slots.slotCount(0)).isEqualTo(1);
        assertThat(slots.slotCount(1)).isEqualTo(1);
    }

    @Test
    void tasksThatOverlapOnTheEventLoopGetOneSlotEach() {
        LaneSlots slots = new LaneSlots();

        slots.update(TestRuns.eventLoop());

        assertThat(slots.slotCount(0)).isEqualTo(3);
        assertThat(new int[] {slots.slot(0), slots.slot(1), slots.slot(2)}).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void noTwoTasksOfASlotOverlap() {
        RunResult run = SyntheticRuns.finished(new RunConfig(500, 1.0, Mode.VIRTUAL, 0, TaskKind.IO, 3));
        LaneSlots slots = new LaneSlots();

        slots.update(run);

        for (int a = 0; a < run.size(); a++) {
            for (int b = a + 1; b < run.size(); b++) {
                if (run.lane(a) == run.lane(b) && slots.slot(a) == slots.slot(b) && slots.slot(a) >= 0) {
                    boolean apart = run.finishedNanos(a) <= run.startedNanos(b)
                            || run.finishedNanos(b) <= run.startedNanos(a);
                    assertThat(apart).as("tasks %d and %d share slot %d", a, b, slots.slot(a)).isTrue();
                }
            }
        }
    }

    @Test
    void aLaneWithMoreOverlapThanSlotsBecomesDense() {
        RunResult run = SyntheticRuns.finished(new RunConfig(1000, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 3));
        LaneSlots slots = new LaneSlots();

        slots.update(run);

        assertThat(slots.isDense(0)).isTrue();
        assertThat(slots.slot(999)).isEqualTo(LaneSlots.DENSE);
        assertThat(slots.maxSlots()).isEqualTo(LaneSlots.MAX_SLOTS);
    }

    @Test
    void aLiveRunPlacesTasksAsTheyStartAndKeepsEarlierPlaces() {
        long no = TaskTimeline.NOT_YET;
        RunResult early = TestRuns.run(TaskKind.IO, 100, new long[] {0, 0}, new long[] {0, no},
                new long[] {no, no}, new int[] {0, -1}, "event-loop");
        RunResult later = TestRuns.run(TaskKind.IO, 200, new long[] {0, 0}, new long[] {0, 150},
                new long[] {no, no}, new int[] {0, 0}, "event-loop");
        LaneSlots slots = new LaneSlots();

        slots.update(early);
        assertThat(slots.slot(1)).isEqualTo(LaneSlots.UNPLACED);

        slots.update(later);
        assertThat(slots.slot(0)).isZero();
        assertThat(slots.slot(1)).isEqualTo(1);
    }
}
