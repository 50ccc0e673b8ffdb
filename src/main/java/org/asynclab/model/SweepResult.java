package org.asynclab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The points a sweep has measured so far, or all of them: one per step that finished, in the order they ran.
 * Immutable; a live sweep hands out a new one after each step.
 *
 * @param plan      the sweep's settings
 * @param points    the measured points, in the order of {@link SweepPlan#steps()}
 * @param cancelled whether the sweep was stopped before its last step
 */
public record SweepResult(SweepPlan plan, List<SweepPoint> points, boolean cancelled) {

    /** Copies the points. */
    public SweepResult {
        Objects.requireNonNull(plan, "plan");
        points = List.copyOf(points);
    }

    /** The points of {@code mode}, by growing n. */
    public List<SweepPoint> pointsOf(Mode mode) {
        return points.stream().filter(p -> p.mode() == mode).sorted((a, b) -> Integer.compare(a.tasks(), b.tasks()))
                .toList();
    }

    /** The point of {@code mode} at {@code tasks} tasks, if it was measured. */
    public Optional<SweepPoint> point(Mode mode, int tasks) {
        return points.stream().filter(p -> p.mode() == mode && p.tasks() == tasks).findFirst();
    }

    /** Whether every step of the plan was measured. */
    public boolean isComplete() {
        return points.size() == plan.steps().size();
    }
}
