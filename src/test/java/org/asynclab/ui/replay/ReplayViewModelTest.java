package org.asynclab.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.Phase;
import org.asynclab.ui.testing.Recordings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplayViewModelTest {
    private final ReplayViewModel replay = new ReplayViewModel();

    @BeforeEach
    void loadASequentialRunOfThreeAndAHalfSeconds() {
        replay.load(Recordings.sequential(1.0, 2.0, 0.5));
    }

    @Test
    void aLoadedReplayStartsOnTheFinalPicture() {
        assertThat(replay.isAvailable()).isTrue();
        assertThat(replay.endProperty().get()).isCloseTo(3.5, within(1e-9));
        assertThat(replay.positionProperty().get()).isCloseTo(3.5, within(1e-9));
        assertThat(replay.timelines().get(0).nowNanos()).isEqualTo(3_500_000_000L);
    }

    @Test
    void playingFromTheEndStartsOverAndAdvancesBySpeedTimesWallClock() {
        replay.speedProperty().set(2.0);
        replay.play();
        assertThat(replay.positionProperty().get()).isZero();

        replay.advance(500_000_000L);

        assertThat(replay.positionProperty().get()).isCloseTo(1.0, within(1e-9));
        assertThat(replay.timelines().get(0).nowNanos()).isEqualTo(1_000_000_000L);
    }

    @Test
    void playingStopsAtTheEnd() {
        replay.play();

        replay.advance(10_000_000_000L);

        assertThat(replay.positionProperty().get()).isCloseTo(3.5, within(1e-9));
        assertThat(replay.playingProperty().get()).isFalse();
    }

    @Test
    void aPausedReplayDoesNotMove() {
        replay.play();
        replay.pause();

        replay.advance(1_000_000_000L);

        assertThat(replay.positionProperty().get()).isZero();
    }

    @Test
    void speedIsKeptBetweenAQuarterAndFour() {
        replay.speedProperty().set(10);
        assertThat(replay.speedProperty().get()).isEqualTo(4.0);

        replay.speedProperty().set(0.01);
        assertThat(replay.speedProperty().get()).isEqualTo(0.25);
    }

    @Test
    void stepsGoFromOneTaskEventToTheNext() {
        replay.positionProperty().set(0);

        replay.stepForward();
        assertThat(replay.positionProperty().get()).isCloseTo(1.0, within(1e-9));
        replay.stepForward();
        assertThat(replay.positionProperty().get()).isCloseTo(3.0, within(1e-9));
        replay.stepBack();
        assertThat(replay.positionProperty().get()).isCloseTo(1.0, within(1e-9));
        replay.stepBack();
        assertThat(replay.positionProperty().get()).isZero();
    }

    /**
     * A traced program's task that ticks (long.py, stopped) has no start or finish for seconds: steps stop at its
     * running slices' starts and ends too, not only back at 0.
     */
    @Test
    void stepsStopAtARunningSlicesStartAndEnd() {
        PhaseRecording phases = new PhaseRecording(3, 4, true);
        phases.begin(1, Phase.WAITING, 0);
        int slice = phases.begin(1, Phase.RUNNING, 2_000_000_000L);
        phases.end(1, slice, 2_000_300_000L);
        phases.begin(1, Phase.WAITING, 2_000_300_000L);
        replay.load(Recordings.sequential(1.0, 2.0, 0.5).withPhaseTimeline(phases));
        replay.positionProperty().set(3.0);

        // then back from 3 s: the slice's end, its start, then the task's start
        for (double expected : new double[] {2.0003, 2.0, 1.0}) {
            replay.stepBack();
            assertThat(replay.positionProperty().get()).isCloseTo(expected, within(1e-9));
        }
    }

    /**
     * Every view that hears the cursor move reads the recordings at the cursor: the chart and the results listened
     * to the position and heard it before the recordings had moved, so stepping drew the chart and wrote the
     * results one step behind the bar.
     */
    @Test
    void whoeverHearsTheCursorMoveReadsTheRecordingsAtIt() {
        List<Long> heard = new ArrayList<>();
        replay.positionProperty().addListener(o -> heard.add(replay.timelines().get(0).nowNanos()));
        List<Long> changed = new ArrayList<>();
        replay.positionProperty().addListener((o, was, now) -> changed.add(replay.timelines().get(0).nowNanos()));

        replay.stepBack();
        replay.stepBack();
        replay.stepForward();
        replay.positionProperty().set(99);

        assertThat(heard).as("invalidation listeners").endsWith(3_500_000_000L)
                .startsWith(3_000_000_000L, 1_000_000_000L, 3_000_000_000L);
        assertThat(changed).as("change listeners")
                .containsExactly(3_000_000_000L, 1_000_000_000L, 3_000_000_000L, 3_500_000_000L);
    }

    @Test
    void scrubbingPastTheEndIsClamped() {
        replay.positionProperty().set(99);

        assertThat(replay.positionProperty().get()).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void twoRecordingsShareOneCursorUpToTheLongerEnd() {
        replay.load(Recordings.eventLoop(1.0, 2.0), Recordings.sequential(1.0, 2.0));
        replay.positionProperty().set(2.5);

        assertThat(replay.endProperty().get()).isCloseTo(3.0, within(1e-9));
        assertThat(replay.timelines()).extracting(ReplayTimeline::nowNanos)
                .containsExactly(2_000_000_000L, 2_500_000_000L);
    }
}
