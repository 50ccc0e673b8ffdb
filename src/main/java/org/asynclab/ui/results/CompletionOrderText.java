package org.asynclab.ui.results;

import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.asynclab.ui.common.UiText;

/**
 * Words the order in which tasks finished (the {@code wait_n} list) as task numbers with their delays:
 * {@code #3 0.120 s · #7 0.250 s · …}, a task cancelled or failed with that instead of a delay it did not wait out
 * ({@code #0 cancelled}: the course's sample puts {@code None} in its list there; a deadline lesson's list said
 * "#0 0.731 s" for a task its deadline cut at 0.5 s), numbered from 0 like the chart's rows, the JSON's {@code id}
 * and the command line's summary. Past {@link #HEAD} + {@link #TAIL}
 * tasks only both ends are written, with the number left out in between, so 10⁶ tasks make one readable line
 * and not a megabyte of text.
 */
public final class CompletionOrderText {
    /** Tasks written at the start of a long list. */
    public static final int HEAD = 12;
    /** Tasks written at the end of a long list. */
    public static final int TAIL = 3;

    private final UiText text;

    /** Creates the formatter in the language of {@code text}. */
    public CompletionOrderText(UiText text) {
        this.text = text;
    }

    /** Writes the list of {@code timeline}'s tasks, their delays and outcomes read off it; see below. */
    public String format(int[] order, int total, TaskTimeline timeline) {
        PhaseTimeline phases = timeline.phaseTimeline();
        return format(order, total, timeline::delayNanos, phases == null ? task -> null : phases::outcome);
    }

    /**
     * Writes the list.
     *
     * @param order      task ids, first finished first (may be only the start of the list while a run goes on)
     * @param total      how many finished in all: when more than {@code order} holds, the rest is counted
     * @param delayNanos the delay of a task
     * @param outcome    how a task ended (null: done, or not recorded)
     */
    public String format(int[] order, int total, IntToLongFunction delayNanos, IntFunction<TaskOutcome> outcome) {
        if (total == 0) {
            return text.get("order.none");
        }
        StringBuilder out = new StringBuilder();
        int head = total <= HEAD + TAIL ? Math.min(total, order.length) : Math.min(HEAD, order.length);
        for (int i = 0; i < head; i++) {
            append(out, order[i], delayNanos, outcome);
        }
        int tailFrom = total <= HEAD + TAIL || order.length < total ? order.length : order.length - TAIL;
        int skipped = total - head - (order.length - tailFrom);
        if (skipped > 0) {
            out.append(text.get("order.separator")).append(text.format("order.more", text.integer(skipped)));
        }
        for (int i = tailFrom; i < order.length; i++) {
            append(out, order[i], delayNanos, outcome);
        }
        return out.toString();
    }

    private void append(StringBuilder out, int task, IntToLongFunction delayNanos, IntFunction<TaskOutcome> outcome) {
        if (!out.isEmpty()) {
            out.append(text.get("order.separator"));
        }
        // Numbered from 0, as the chart labels its rows and the JSON numbers its tasks.
        TaskOutcome ended = outcome.apply(task);
        String what = ended == TaskOutcome.CANCELLED ? text.get("order.cancelled")
                : ended == TaskOutcome.FAILED ? text.get("order.failed")
                : text.seconds(delayNanos.applyAsLong(task) / 1e9);
        out.append(text.format("order.item", String.valueOf(task), what));
    }
}
