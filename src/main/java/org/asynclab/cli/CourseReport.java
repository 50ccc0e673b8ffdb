package org.asynclab.cli;

import java.util.List;
import java.util.Locale;
import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.model.Phase;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskOutcome;

/**
 * The course lessons' part of the headless summary: the shared counter, the semaphore and the deadline as rows
 * of the table, and the race lesson's verdict as a line of its own:
 *
 * <pre>
 * counter: expected 1,000, got 613 (387 updates lost)
 * </pre>
 */
final class CourseReport {
    private CourseReport() {
    }

    /** Whether any run had a counter, a semaphore or a deadline. */
    static boolean any(List<RunResult> results) {
        return results.stream().anyMatch(r -> r.config().coordination().active());
    }

    /** The counter's setting: "await, gap 2.000 ms", or "off". */
    static String counterCell(RunResult result) {
        Coordination rules = result.config().coordination();
        return rules.hasCounter() ? rules.counter().id() + ", gap " + SummaryReport.seconds(rules.counterGapSeconds())
                : "off";
    }

    /** The semaphore's size, or "none". */
    static String semaphoreCell(RunResult result) {
        int k = result.config().coordination().semaphore();
        return k > 0 ? Integer.toString(k) : "none";
    }

    /** The deadline, or "none". */
    static String deadlineCell(RunResult result) {
        Coordination rules = result.config().coordination();
        return rules.hasDeadline() ? SummaryReport.seconds(rules.deadlineSeconds()) : "none";
    }

    /** Tasks cancelled at their deadline, of n. */
    static String cancelledCell(RunResult result) {
        return String.format(Locale.ROOT, "%,d of %,d", result.outcomeCount(TaskOutcome.CANCELLED), result.size());
    }

    /** Whether the run's tasks could wait for a lock or a semaphore. */
    static boolean waitsForALock(RunResult result) {
        Coordination rules = result.config().coordination();
        return rules.semaphore() > 0 || rules.counter() == org.asynclab.model.SharedCounter.LOCK;
    }

    /** Time the tasks spent waiting for a lock or the semaphore, added up. */
    static String lockWaitCell(RunResult result) {
        if (result.phaseTimeline() == null) {
            return "-";
        }
        return SummaryReport.seconds((result.phaseNanos(Phase.LOCK_WAIT)
                + result.phaseNanos(Phase.SEMAPHORE_WAIT)) / 1e9);
    }

    /** "counter: expected 1,000, got 613 (387 updates lost)" for each run with a counter; "" when none has. */
    static String counterLines(List<RunResult> results) {
        StringBuilder text = new StringBuilder();
        // two runs named as the table and the ratio name them: "(Event loop · counter await)", not twice "(event-loop)"
        List<String> names = results.size() == 2
                ? RunNames.names(results.get(0).config(), results.get(1).config()) : List.of();
        for (int i = 0; i < results.size(); i++) {
            RunResult result = results.get(i);
            CounterTally tally = result.counterTally();
            if (tally == null) {
                continue;
            }
            String which = names.isEmpty() ? "" : " (" + names.get(i) + ")";
            String lost = tally.lost() == 1 ? "1 update lost" : String.format(Locale.ROOT, "%,d updates lost",
                    tally.lost());
            text.append(String.format(Locale.ROOT, "counter%s: expected %,d, got %,d (%s)%n", which, tally.expected(),
                    tally.finalCount(), lost));
        }
        return text.toString();
    }
}
