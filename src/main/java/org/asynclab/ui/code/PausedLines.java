package org.asynclab.ui.code;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskTimeline;

/**
 * Which lines of the program tasks are paused on at one moment, and how many tasks on each: what the code panel
 * marks in step with the chart's cursor. A task counts on a line when the phase that contains {@code now} is a
 * {@link Phase#WAITING wait} with a known line; a task that has not begun, has ended, runs, or waits on no known
 * line counts nowhere.
 *
 * <pre>{@code
 * SortedMap<Integer, Integer> paused = PausedLines.at(timeline, tasks, cursorNanos);  // {12=3, 18=1}
 * }</pre>
 */
public final class PausedLines {

    private PausedLines() {
    }

    /** The lines the run's tasks wait on at {@code now}, or an empty map when it has no phases. */
    public static SortedMap<Integer, Integer> at(TaskTimeline timeline, long now) {
        PhaseTimeline phases = timeline == null ? null : timeline.phaseTimeline();
        return phases == null ? Collections.emptySortedMap() : at(phases, timeline.size(), now);
    }

    /** The lines tasks {@code 0 … tasks − 1} of {@code phases} wait on at {@code now}: line → number of tasks. */
    public static SortedMap<Integer, Integer> at(PhaseTimeline phases, int tasks, long now) {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        for (int task = 0; task < tasks; task++) {
            int phase = phaseAt(phases, task, now);
            if (phase >= 0 && phases.phase(task, phase) == Phase.WAITING) {
                int line = phases.phaseLine(task, phase);
                if (line != PhaseTimeline.NO_LINE) {
                    counts.merge(line, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The index of the phase of {@code task} that contains {@code now}, or −1. Phases are in start order. */
    static int phaseAt(PhaseTimeline phases, int task, long now) {
        int low = 0;
        int high = phases.phaseCount(task) - 1;
        int last = -1;
        while (low <= high) {  // the last phase that began at or before now
            int middle = (low + high) >>> 1;
            if (phases.phaseStartNanos(task, middle) <= now) {
                last = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (last < 0) {
            return -1;
        }
        long end = phases.phaseEndNanos(task, last);
        return end == TaskTimeline.NOT_YET || now < end ? last : -1;
    }
}
