package org.asynclab.cli;

import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskOutcome;

/** The failed http requests of a run, for the summary: how many, and the reasons of the first few. */
final class HttpFailures {
    /** Most failures the summary lists by name; the rest are counted. */
    static final int LISTED = 5;

    private HttpFailures() {
    }

    /** How many tasks of {@code result} failed. */
    static int count(RunResult result) {
        PhaseTimeline phases = result.phaseTimeline();
        int failed = 0;
        for (int task = 0; phases != null && task < result.size(); task++) {
            failed += phases.outcome(task) == TaskOutcome.FAILED ? 1 : 0;
        }
        return failed;
    }

    /** Appends a line per failed task ("failed: task 3: GET http://…: Connection refused"), at most {@link #LISTED}. */
    static void describe(RunResult result, boolean nameMode, StringBuilder text) {
        PhaseTimeline phases = result.phaseTimeline();
        if (phases == null) {
            return;
        }
        String which = nameMode ? " (" + result.config().mode().id() + ")" : "";
        int listed = 0;
        for (int task = 0; task < result.size(); task++) {
            if (phases.outcome(task) != TaskOutcome.FAILED) {
                continue;
            }
            if (listed++ == LISTED) {
                text.append("failed").append(which).append(": ").append(count(result) - LISTED).append(" more\n");
                return;
            }
            int last = phases.phaseCount(task) - 1;
            text.append("failed").append(which).append(": task ").append(task).append(": ")
                    .append(last >= 0 ? phases.phaseNote(task, last) : "no request").append('\n');
        }
    }
}
