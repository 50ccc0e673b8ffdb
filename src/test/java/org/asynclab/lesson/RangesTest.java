package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.model.Coordination;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

/** A scenario file states each range in the English words of the command line's options: the two never drift. */
class RangesTest {

    @Test
    void theEnglishOfEachRangeIsLimitsOwn() {
        assertThat(english(Ranges.TASKS)).isEqualTo(Limits.checkTasks(Limits.MIN_TASKS - 1L).orElseThrow());
        assertThat(english(Ranges.MAX_DELAY)).isEqualTo(Limits.checkMaxDelay(-1).orElseThrow());
        assertThat(english(Ranges.WORKERS)).isEqualTo(Limits.checkWorkers(Limits.MIN_WORKERS - 1L).orElseThrow());
        assertThat(english(Ranges.TASKS_IN_THREADS))
                .isEqualTo(Limits.checkTasks(Limits.MAX_THREADS_MODE_TASKS + 1L, Mode.THREADS).orElseThrow());
        assertThat(english(Ranges.TASKS_OF_HTTP))
                .isEqualTo(Limits.checkTasks(Limits.MAX_HTTP_TASKS + 1L, TaskKind.HTTP).orElseThrow());
        assertThat(english(Ranges.megabytes(Limits.MAX_SCENARIO_BYTES)))
                .isEqualTo(Limits.megabytes(Limits.MAX_SCENARIO_BYTES));
    }

    @Test
    void theEnglishOfEachCourseRangeIsCoordinationsOwn() {
        assertThat(english(Ranges.GAP)).isEqualTo(Coordination.gapProblem());
        assertThat(english(Ranges.SEMAPHORE)).isEqualTo(Coordination.semaphoreProblem());
        assertThat(english(Ranges.DEADLINE)).isEqualTo(Coordination.deadlineProblem());
    }

    @Test
    void theFrenchGroupsAndWritesDecimalsAsTheWindowDoes() {
        assertThat(Ranges.TASKS.in(Locale.FRENCH)).isEqualTo("doit être un nombre entier de 1 à 1\u202f000\u202f000");
        assertThat(Ranges.DEADLINE.in(Locale.FRENCH)).isEqualTo("doit être un nombre de secondes de 0,001 à"
                + " 3\u202f600 (décimales permises\u00a0; 0 pour aucune)");
    }

    private static String english(Phrase range) {
        return range.in(Locale.ENGLISH);
    }
}
