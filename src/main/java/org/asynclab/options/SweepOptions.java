package org.asynclab.options;

import java.util.List;
import org.asynclab.engine.SweepBudget;
import org.asynclab.model.Mode;
import picocli.CommandLine.Option;

/**
 * The options of a sweep: {@code --sweep N,N,…} (which turns a run into a sweep), {@code --modes M,M,…} and the
 * plot's files {@code --png FILE} and {@code --svg FILE}. The run options {@code -d}, {@code -k}, {@code -s},
 * {@code -w} and {@code --gil} apply to every step; {@code --csv} writes the sweep's table instead of tasks.
 */
public final class SweepOptions {
    /** The modes of a sweep without {@code --modes}: one after another, an event loop, virtual threads. */
    static final List<Mode> DEFAULT_MODES = List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.VIRTUAL);

    /** The task counts of {@code --sweep}, as typed. */
    record Sizes(List<Integer> values) {
    }

    /** The modes of {@code --modes}, as typed. */
    record Modes(List<Mode> values) {
    }

    @Option(names = "--sweep", paramLabel = "N,N,...", converter = OptionConverters.TaskCounts.class, order = 50,
            description = "Run every mode of --modes for each task count, e.g. 1,10,100,1000, on the same delays for"
                    + " one count, and report total and average against n. Mode threads skips counts over 20,000.")
    private Sizes sizes;

    @Option(names = "--modes", paramLabel = "M,M,...", converter = OptionConverters.ModeList.class, order = 51,
            description = "The modes of a sweep, separated by commas: any of sequential, event-loop, threads, pool,"
                    + " virtual. Default: sequential,event-loop,virtual.")
    private Modes modes;

    @Option(names = "--step-limit", paramLabel = "SECONDS", converter = OptionConverters.StepLimit.class,
            order = 52, description = "With --sweep: the longest a step may be expected to take (n x max delay / 2"
                    + " one after another), 1 to 3600 s; a sweep with a slower step is refused before it runs."
                    + " Default: ${DEFAULT-VALUE}.")
    private double stepLimit = SweepBudget.DEFAULT_STEP_SECONDS;

    /** Whether {@code --sweep} was given. */
    public boolean isSweep() {
        return sizes != null;
    }

    /** The task counts of {@code --sweep}; only for a sweep. */
    public List<Integer> sizes() {
        return sizes.values();
    }

    /** The modes of {@code --modes}, or {@link #DEFAULT_MODES}. */
    public List<Mode> modes() {
        return modes == null ? DEFAULT_MODES : modes.values();
    }

    /** The budget of {@code --step-limit} on this machine. */
    public SweepBudget budget() {
        return new SweepBudget(stepLimit, Runtime.getRuntime().availableProcessors());
    }

    /** Whether {@code --modes} was given. */
    boolean modesGiven() {
        return modes != null;
    }
}
