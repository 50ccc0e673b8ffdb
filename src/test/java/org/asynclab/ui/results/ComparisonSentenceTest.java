package org.asynclab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.Mode;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.Comparison;
import org.junit.jupiter.api.Test;

class ComparisonSentenceTest {
    private static final RunConfig LOOP = new RunConfig(500, 0.5, Mode.EVENT_LOOP, 0, TaskKind.IO, 12L);

    /** A finished run of one task under {@code config} that took {@code total} seconds. */
    private static RunResult run(RunConfig config, double total) {
        RunSummary summary = new RunSummary(total, total, 0, 0, 0, 0, 0, 1, 1);
        long end = (long) (total * 1e9);
        return new RunResult(config, Workload.ofSeconds(new double[] {total}),
                new RunResult.Timings(new long[] {0}, new long[] {0}, new long[] {end}, new int[] {0}),
                new String[] {"main"}, new int[] {0}, summary, false, end);
    }

    @Test
    void twoRunsOfOneModeAreNamedByWhatTellsThemApartOnly() {
        // given the race lesson: 500 tasks on the event loop, an await between read and write, then a lock
        RunConfig await = LOOP.withCoordination(new Coordination(SharedCounter.AWAIT, 0.002, 0, 0));
        RunConfig lock = LOOP.withCoordination(new Coordination(SharedCounter.LOCK, 0.002, 0, 0));
        Comparison race = new Comparison(run(await, 0.548), run(lock, 2.06));

        // then the sentence names them as the table's columns do, the shared mode not said twice
        String french = new ComparisonSentence(UiText.forLocale(Locale.FRENCH)).of(race);
        assertThat(french).isEqualTo("Await\u00a0: 3,8× plus rapide que verrou");
        assertThat(new ComparisonSentence(UiText.forLocale(Locale.ENGLISH)).of(race))
                .isEqualTo("Await: 3.8× faster than lock");
    }

    /** A mode compared with itself, to show the run-to-run noise: "Event loop … than Event loop" named neither. */
    @Test
    void twoRunsOfTheVerySameSettingsAreNamedByTheirOrder() {
        Comparison noise = new Comparison(run(LOOP, 0.55), run(LOOP, 0.5));

        assertThat(new ComparisonSentence(UiText.forLocale(Locale.ENGLISH)).of(noise))
                .isEqualTo("Run 2: 1.1× faster than run 1");
        ComparisonTable table = new ComparisonTable(UiText.forLocale(Locale.FRENCH));
        table.begin(LOOP, LOOP);
        assertThat(table.columnsProperty().get()).startsWith("exécution 1", "exécution 2");
        assertThat(table.namesProperty().get()).startsWith("Boucle d’événements · exécution 1",
                "Boucle d’événements · exécution 2");
    }

    /** The column says "exécution 1" in lowercase; the sentence that begins with it begins with a capital. */
    @Test
    void aSentenceThatBeginsWithARunsNameBeginsWithACapital() {
        Comparison tie = new Comparison(run(LOOP, 0.5), run(LOOP, 0.5));

        assertThat(new ComparisonSentence(UiText.forLocale(Locale.FRENCH)).of(tie))
                .isEqualTo("Exécution 1 et exécution 2 ont pris le même temps");
        Comparison instant = new Comparison(run(LOOP, 0), run(LOOP, 0.5));
        assertThat(new ComparisonSentence(UiText.forLocale(Locale.FRENCH)).of(instant))
                .startsWith("Exécution 1 n’a pris aucun temps mesurable, exécution 2 a pris");
    }

    /**
     * Two runs that took the same time, to the figure shown, have no winner to name first: the headline named the
     * one a hair faster first, so one tie read "Sequential and Event loop took the same time" and the next, the
     * French window's, "Boucle d’événements et Séquentiel ont pris le même temps". Both languages name them as the
     * runs came and the table's columns stand: the first run, then the second.
     */
    @Test
    void runsThatTookTheSameTimeAreNamedInTheirOrderInBothLanguages() {
        RunConfig sequential = new RunConfig(2, 1.0, Mode.SEQUENTIAL, 0, TaskKind.IO, 1L);
        RunConfig loop = sequential.withMode(Mode.EVENT_LOOP);
        for (double second : new double[] {0.99, 1.0, 1.01}) {
            Comparison tie = new Comparison(run(sequential, 1.0), run(loop, second));
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
                UiText text = UiText.forLocale(locale);
                String headline = new ComparisonSentence(text).of(tie);
                String first = text.get("mode.sequential");
                String then = text.get("mode.event-loop");

                assertThat(headline).as("%s, second run %s s", locale, second)
                        .isEqualTo(text.format("compare.same", first, then));
                assertThat(headline.indexOf(first)).as("%s, second run %s s: %s", locale, second, headline)
                        .isZero().isLessThan(headline.indexOf(then));
            }
        }
    }

    @Test
    void twoModesAreNamedByTheirMode() {
        // given the pool lesson: a pool of 4 workers and a thread per task on the same delays
        RunConfig pool = new RunConfig(20, 1.0, Mode.POOL, 4, TaskKind.IO, 1L);
        Comparison lesson = new Comparison(run(pool, 2.78), run(pool.withMode(Mode.THREADS), 1.0));

        // then each run is its mode's name, the pool with its size, as the chart titles name it: the sentence
        // stands alone under the charts, and "than Pool" left the class asking which pool
        assertThat(new ComparisonSentence(UiText.forLocale(Locale.ENGLISH)).of(lesson))
                .isEqualTo("Threads: 2.8× faster than Pool of 4");
        assertThat(new ComparisonSentence(UiText.forLocale(Locale.FRENCH)).of(lesson))
                .isEqualTo("Threads\u00a0: 2,8× plus rapide que Pool de 4");
    }

    /**
     * The race lesson's await run is 2.2× faster and lost 398 of 500 updates: the headline says the lost updates
     * first, and that the lock's run, correct, took longer; it never says the wrong program was "faster".
     */
    @Test
    void runsThatDifferInLostUpdatesAreComparedByTheLostUpdatesFirst() {
        RunConfig await = LOOP.withCoordination(new Coordination(SharedCounter.AWAIT, 0.002, 0, 0));
        RunConfig lock = LOOP.withCoordination(new Coordination(SharedCounter.LOCK, 0.002, 0, 0));
        Comparison race = new Comparison(run(await, 0.558).withCounterTally(new CounterTally(500, 102)),
                run(lock, 1.222).withCounterTally(new CounterTally(500, 500)));

        assertThat(new ComparisonSentence(UiText.forLocale(Locale.ENGLISH)).of(race))
                .isEqualTo("Await: 398 of 500 updates lost · Lock: none lost, 2.2× slower");
        assertThat(new ComparisonSentence(UiText.forLocale(Locale.FRENCH)).of(race))
                .isEqualTo("Await\u00a0: 398 mises à jour perdues sur 500 · Verrou\u00a0: aucune perdue, 2,2× plus"
                        + " de temps");

        // the race with threads: the event loop's run, correct, was the faster one here
        RunConfig threads = LOOP.withMode(Mode.THREADS)
                .withCoordination(new Coordination(SharedCounter.NO_AWAIT, 0.002, 0, 0));
        Comparison modes = new Comparison(run(threads, 1.0).withCounterTally(new CounterTally(500, 499)),
                run(threads.withMode(Mode.EVENT_LOOP), 0.5).withCounterTally(new CounterTally(500, 500)));
        assertThat(new ComparisonSentence(UiText.forLocale(Locale.FRENCH)).of(modes))
                .isEqualTo("Threads\u00a0: 1 mise à jour perdue sur 500 · Boucle d’événements\u00a0: aucune perdue,"
                        + " 2,0× moins de temps");
    }

    /** A deadline's run did less of the work: its cancelled tasks come first, never "2× faster". */
    @Test
    void runsThatDifferInCancelledTasksAreComparedByTheCancelledTasksFirst() throws Exception {
        RunConfig plain = new RunConfig(20, 0.1, Mode.EVENT_LOOP, 0, TaskKind.IO, 3);
        RunConfig deadline = plain.withCoordination(Coordination.NONE.withDeadline(0.05));
        RunResult late = new RunEngine().run(deadline, Workload.generate(deadline));
        RunResult whole = new RunEngine().run(plain, Workload.generate(plain));
        int cancelled = late.outcomeCount(TaskOutcome.CANCELLED);
        assertThat(cancelled).isPositive();

        assertThat(new ComparisonSentence(UiText.forLocale(Locale.ENGLISH)).of(new Comparison(late, whole)))
                .startsWith("Deadline 0.050\u00a0s: " + cancelled
                        + " of 20 tasks cancelled · No deadline: none cancelled, ")
                .containsPattern("(slower|faster|same time)$");
    }
}
