package org.asynclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

/**
 * A task held at {@code asyncio.Semaphore(k)} waits for a free place, not for a lock; a task at the race lesson's
 * {@code async with lock:} waits for the lock. Legend and tooltips name each what it is, in both languages.
 */
class SemaphoreWordsTest {
    private static final long MS = 1_000_000;

    /** Task 0 waits at the semaphore, then sleeps; task 1 sleeps, then waits for the counter's lock. */
    private static RunResult semaphoreAndLock() {
        RunConfig config = new RunConfig(2, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 1, false,
                new Coordination(SharedCounter.LOCK, Coordination.DEFAULT_GAP, 1, 0));
        long[] finished = {600 * MS, 500 * MS};
        RunResult plain = new RunResult(config, Workload.ofSeconds(0.4, 0.3),
                new RunResult.Timings(new long[2], new long[2], finished, new int[2]), new String[] {"event-loop"},
                new int[] {1, 0}, new RunSummary(0.6, 0.3, 0.7, 0.4, 0.7, 0, 1, 1, 1), false, 600 * MS);
        PhaseRecording phases = new PhaseRecording(2, 3, true);
        phases.begin(0, Phase.SEMAPHORE_WAIT, 0, PhaseTimeline.NO_LINE, "async with semaphore:");
        phases.begin(0, Phase.WAITING, 200 * MS);
        phases.finish(0, TaskOutcome.DONE, 600 * MS);
        phases.begin(1, Phase.WAITING, 0);
        phases.begin(1, Phase.LOCK_WAIT, 300 * MS, PhaseTimeline.NO_LINE, "async with lock:");
        phases.finish(1, TaskOutcome.DONE, 500 * MS);
        return plain.withPhaseTimeline(phases);
    }

    @Test
    void theSemaphoresWaitIsNamedForTheSemaphoreAndTheLocksForTheLock() {
        String svg = SvgExport.render(semaphoreAndLock(), ChartSpec.defaults());

        assertThat(svg).contains(">waiting for the semaphore</text>").contains(">waiting for a lock</text>");
        assertThat(svg).contains("waiting for the semaphore 0 s → 200 ms")
                .contains("waiting for a lock 300 ms → 500 ms");
    }

    @Test
    void inFrenchTooTheSemaphoreIsNotALock() {
        ChartLabels french = ChartLabels.from(ResourceBundle.getBundle("org.asynclab.ui.messages", Locale.FRENCH));

        String svg = SvgExport.render(semaphoreAndLock(), ChartSpec.defaults().withWords(french));

        assertThat(svg).contains(">attend le sémaphore</text>").contains(">attend un verrou</text>")
                .doesNotContain("waiting for");
    }
}
