package org.asynclab.ui.sweep;

import java.util.List;
import org.asynclab.engine.SweepBudget;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.ui.common.UiText;

/**
 * Why a sweep cannot run, in the window's language: the plan's guard ({@link SweepPlan}) and the step budget
 * ({@link SweepBudget}) refuse with the setting's name and an English sentence for the command line; the window
 * says the same from the setting and the plan, naming the field and the valid range.
 */
final class SweepProblems {
    private final UiText text;

    SweepProblems(UiText text) {
        this.text = text;
    }

    /**
     * The sentence for {@code refused}, a sweep of {@code sizes} with {@code maxDelaySeconds}; {@code plan} is the
     * plan the budget refused (null when the plan itself could not be made).
     */
    String of(InvalidSettingException refused, List<Integer> sizes, double maxDelaySeconds, SweepPlan plan) {
        return switch (refused.field()) {
            case "modes" -> text.get("sweep.error.modes");
            case "sizes" -> sizes(sizes);
            case "maxDelay" -> plan != null && Limits.checkMaxDelay(maxDelaySeconds).isEmpty() ? budget(plan)
                    : text.format("sweep.error.maxDelay", text.integer((long) Limits.MAX_DELAY_SECONDS));
            case "workers" -> text.format("sweep.error.workers", text.integer(Limits.MIN_WORKERS),
                    text.integer(Limits.MAX_WORKERS));
            default -> refused.getMessage();
        };
    }

    private String sizes(List<Integer> sizes) {
        if (sizes.isEmpty() || sizes.size() > SweepPlan.MAX_SIZES) {
            return text.format("sweep.error.sizeCount", text.integer(SweepPlan.MAX_SIZES));
        }
        if (sizes.stream().anyMatch(n -> Limits.checkTasks(n).isPresent())) {
            return text.format("sweep.error.sizeRange", text.integer(Limits.MIN_TASKS),
                    text.integer(Limits.MAX_TASKS));
        }
        return text.get("sweep.error.nothingFits");
    }

    /** The slowest step over the budget, and the largest max delay that fits (the budget's own arithmetic). */
    private String budget(SweepPlan plan) {
        SweepBudget budget = SweepBudget.standard();
        SweepPlan.Step slowest = null;
        double worst = 0;
        for (SweepPlan.Step step : plan.steps()) {
            double expected = budget.expectedSeconds(plan, step);
            if (expected > worst) {
                worst = expected;
                slowest = step;
            }
        }
        if (slowest == null) {
            return text.format("sweep.error.maxDelay", text.integer((long) Limits.MAX_DELAY_SECONDS));
        }
        double fits = Math.floor(plan.maxDelaySeconds() * budget.stepSeconds() / worst * 1000) / 1000;
        Mode mode = slowest.mode();
        return text.format("sweep.error.budget", text.get("mode." + mode.id()), text.integer(slowest.tasks()),
                text.duration(worst), text.duration(budget.stepSeconds()), text.decimal(fits, 3));
    }
}
