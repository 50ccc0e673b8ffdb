package org.asynclab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

/** The course's results in words: the counter's verdict, the lock wait, the cancelled tasks, and their table rows. */
class CourseFiguresTest {
    private final UiText english = UiText.forLocale(Locale.ENGLISH);
    private final CourseFigures figures = new CourseFigures(english);

    @Test
    void theVerdictSaysHowManyUpdatesWereLostOrThatNoneWas() {
        assertThat(figures.verdict(new CounterTally(500, 121))).isEqualTo("expected 500, got 121 — 379 updates lost");
        assertThat(figures.verdict(new CounterTally(1000, 999))).isEqualTo("expected 1,000, got 999 — 1 update lost");
        assertThat(figures.verdict(new CounterTally(500, 500))).isEqualTo("500 of 500: nothing lost");
        assertThat(new CourseFigures(UiText.forLocale(Locale.FRENCH)).verdict(new CounterTally(1000, 613)))
                .isEqualTo("attendu 1\u202f000, obtenu 613 — 387 mises à jour perdues");
    }

    @Test
    void aPlainRunHasNoCourseFigures() {
        figures.settle(Recordings.eventLoop(0.25, 0.75));

        assertThat(figures.verdictProperty().get()).isEmpty();
        assertThat(figures.lockWaitProperty().get()).isEmpty();
        assertThat(figures.cancelledProperty().get()).isEmpty();
    }

    @Test
    void aLockedCounterRunShowsItsRecordedVerdictAndLockWait() throws Exception {
        RunResult locked = run(Mode.EVENT_LOOP, new Coordination(SharedCounter.LOCK, 0.002, 0, 0));

        figures.settle(locked);

        CounterTally tally = locked.counterTally();
        assertThat(tally.lost()).isZero();
        assertThat(figures.verdictProperty().get()).isEqualTo("20 of 20: nothing lost");
        assertThat(figures.verdictLost()).isFalse();
        assertThat(figures.lockWaitProperty().get()).isNotEmpty();
        assertThat(figures.cancelledProperty().get()).isEmpty();
    }

    @Test
    void aDeadlineRunSaysHowManyTasksWereCancelled() throws Exception {
        RunResult late = run(Mode.EVENT_LOOP, Coordination.NONE.withDeadline(0.05));

        figures.settle(late);

        assertThat(figures.cancelledProperty().get())
                .isEqualTo(late.outcomeCount(TaskOutcome.CANCELLED) + " of 20");
        assertThat(figures.verdictProperty().get()).isEmpty();
    }

    @Test
    void theComparisonTableGainsTheFinalCountRowWhenEitherRunHasACounter() throws Exception {
        RunResult racing = run(Mode.EVENT_LOOP, new Coordination(SharedCounter.AWAIT, 0.002, 0, 0));
        RunResult locked = run(Mode.EVENT_LOOP, new Coordination(SharedCounter.LOCK, 0.002, 0, 0));
        ComparisonTable table = new ComparisonTable(english);

        table.begin(racing.config(), locked.config());
        table.settle(0, racing, null);
        table.settle(1, locked, null);

        ComparisonTable.Row finalCount = table.rowsProperty().get().stream()
                .filter(r -> r.name().equals("Final count")).findFirst().orElseThrow();
        assertThat(finalCount.cells()).containsExactly(racing.counterTally().finalCount() + " of 20", "20 of 20", "—");
        assertThat(table.rowsProperty().get()).extracting(ComparisonTable.Row::name)
                .startsWith("Final count", "Lock or semaphore wait (added up)", "Total")
                .doesNotContain("Cancelled tasks");
        assertThat(table.columnsProperty().get()).containsExactly("await", "lock", "left\n÷ right");
        assertThat(table.namesProperty().get())
                .containsExactly("Event loop · shared counter, await", "Event loop · shared counter, lock",
                        "Event loop · shared counter, await ÷ Event loop · shared counter, lock");
    }

    @Test
    void withTheCodeOpenTheStripGivesTheLessonsFigureFirst() throws Exception {
        // a single race run: the strip was "Total … · Average … · 20 of 20 tasks finished", the verdict nowhere
        RunResult racing = run(Mode.EVENT_LOOP, new Coordination(SharedCounter.AWAIT, 0.002, 0, 0));
        ResultsViewModel results = new ResultsViewModel(english);
        ComparisonTable table = new ComparisonTable(english);
        ResultsStrip strip = new ResultsStrip(results, table, new SimpleStringProperty(""), english);
        results.settle(racing);
        assertThat(strip.textProperty().get()).startsWith("Shared counter: "
                + results.course().verdict(racing.counterTally()) + "\nTotal ");

        // a comparison: the final count of both runs, then the totals and the averages
        RunResult locked = run(Mode.EVENT_LOOP, new Coordination(SharedCounter.LOCK, 0.002, 0, 0));
        table.begin(racing.config(), locked.config());
        table.settle(0, racing, null);
        table.settle(1, locked, null);
        assertThat(strip.textProperty().get().split("\n")).hasSize(3)
                .startsWith("Final count: await " + racing.counterTally().finalCount() + " of 20 · lock 20 of 20");

        // and a deadline's cancelled tasks
        RunResult late = run(Mode.EVENT_LOOP, Coordination.NONE.withDeadline(0.05));
        table.clear();
        results.settle(late);
        assertThat(strip.textProperty().get()).startsWith("Cancelled tasks: "
                + late.outcomeCount(TaskOutcome.CANCELLED) + " of 20\nTotal ");
    }

    private static RunResult run(Mode mode, Coordination rules) throws InterruptedException {
        RunConfig config = new RunConfig(20, 0.1, mode, 0, TaskKind.IO, 3).withCoordination(rules);
        return new RunEngine().run(config, Workload.generate(config));
    }
}
