package org.asynclab.ui.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskTimeline;
import org.junit.jupiter.api.Test;

class PausedLinesTest {

    /** Two tasks awaiting asyncio.sleep on line 9 and one on line 14, the way wait_n's tasks are drawn. */
    private static ScriptedPhases threeTasks() {
        ScriptedPhases phases = new ScriptedPhases();
        phases.task().run(0, 10).wait(10, 500, 9).run(500, 510);
        phases.task().run(10, 20).wait(20, 800, 9).run(800, 805);
        phases.task().run(20, 30).wait(30, TaskTimeline.NOT_YET, 14);
        return phases;
    }

    @Test
    void tasksWaitingOnTheSameLineAreCountedTogether() {
        ScriptedPhases phases = threeTasks();

        assertThat(PausedLines.at(phases, phases.size(), 100)).containsExactly(
                entry(9, 2), entry(14, 1));
    }

    @Test
    void aTaskThatRunsOrHasEndedIsPausedNowhere() {
        ScriptedPhases phases = threeTasks();

        assertThat(PausedLines.at(phases, phases.size(), 505)).containsOnlyKeys(9, 14).containsEntry(9, 1);
        assertThat(PausedLines.at(phases, phases.size(), 5_000)).containsOnlyKeys(14);
    }

    @Test
    void aPhaseEndsWhereTheNextBegins() {
        ScriptedPhases phases = threeTasks();

        assertThat(PausedLines.at(phases, 1, 10)).containsEntry(9, 1);
        assertThat(PausedLines.at(phases, 1, 500)).isEmpty();
        assertThat(PausedLines.at(phases, 1, 9)).isEmpty();
    }

    @Test
    void beforeAnyTaskBeganNothingIsPaused() {
        ScriptedPhases phases = threeTasks();

        assertThat(PausedLines.at(phases, phases.size(), -1)).isEmpty();
    }

    @Test
    void aWaitWithoutAKnownLineIsNotMarked() {
        ScriptedPhases phases = new ScriptedPhases();
        phases.task().wait(0, 100, PhaseTimeline.NO_LINE);

        assertThat(PausedLines.at(phases, 1, 50)).isEmpty();
    }

    @Test
    void aTimelineWithoutPhasesMarksNothing() {
        assertThat(PausedLines.at((TaskTimeline) null, 0)).isEmpty();
    }
}
