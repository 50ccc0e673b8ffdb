package org.asynclab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.Workload;

/**
 * The ideal total of a sweep's steps, known from the plan before anything runs: the delays of a step are those of
 * the plan's seed ({@link SweepPlan#workloadFor}), the same in every mode, and its ideal is what the run's summary
 * records for them ({@link IdealTotal#nanos(org.asynclab.model.RunConfig, Workload, int)}, on this machine's
 * cores), not a second formula. A plot's dashed "without overhead" lines go through these figures, so a class sees
 * each measured point sit on (or just above) the ideal its own row of the CSV states.
 *
 * <pre>{@code
 * List<SweepIdeal.Point> sums = SweepIdeal.of(plan, Set.of(Mode.SEQUENTIAL));   // one per n that mode runs
 * }</pre>
 */
public final class SweepIdeal {
    private SweepIdeal() {
    }

    /** The ideal total of {@code mode}'s run at n = {@code tasks} tasks, in seconds. */
    public record Point(Mode mode, int tasks, double seconds) {
    }

    /**
     * The ideal total at each n of the plan, in order of n, of the first mode of {@code modes} (in the plan's order)
     * that runs at that n; an n none of them runs has no point. Modes whose ideals are equal for the same delays
     * (sequential and a computing event loop: the sum; the waiting event loop, threads and virtual threads: the
     * longest delay) so make one line, whichever of them a plan leaves out at an n.
     */
    public static List<Point> of(SweepPlan plan, Set<Mode> modes) {
        List<Point> points = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();
        int n = -1;
        for (SweepPlan.Step step : plan.steps()) {
            if (step.tasks() != n && modes.contains(step.mode())) {
                n = step.tasks();
                long nanos = IdealTotal.nanos(plan.configFor(step), plan.workloadFor(n), cores);
                points.add(new Point(step.mode(), n, nanos / 1e9));
            }
        }
        return points;
    }
}
