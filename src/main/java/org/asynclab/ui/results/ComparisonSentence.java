package org.asynclab.ui.results;

import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.common.TwoWorlds;
import org.asynclab.ui.run.Comparison;

/**
 * The sentence that sums up a comparison ("Event loop was 2.0× faster than Sequential"), naming each run by its mode
 * and, when both share it, by what else tells them apart: the kind, the course's setting, or n.
 */
public final class ComparisonSentence {
    private final UiText text;
    private final CourseFigures course;
    private final TwoWorlds worlds;

    /** Words in {@code text}; the course's settings named as {@code course} names them. */
    public ComparisonSentence(UiText text, CourseFigures course) {
        this.text = text;
        this.course = course;
        this.worlds = new TwoWorlds(text);
    }

    /** The sentence for {@code comparison}, or "" when there is none. */
    public String of(Comparison comparison) {
        if (comparison == null) {
            return "";
        }
        String faster = runName(comparison.faster(), comparison.slower());
        String slower = runName(comparison.slower(), comparison.faster());
        double ratio = comparison.ratio();
        if (Double.isInfinite(ratio)) {
            return text.format("compare.tooFast", faster, slower,
                    text.duration(comparison.slower().summary().totalSeconds()));
        }
        if (text.decimal(ratio, 1).equals(text.decimal(1.0, 1))) {
            return text.format("compare.same", faster, slower);
        }
        return text.format("compare.faster", faster, text.decimal(ratio, 1), slower);
    }

    private String modeName(RunResult result) {
        return text.get("mode." + result.config().mode().id());
    }

    /** A run's name beside another's: its mode, and what else tells them apart (the kind, or n) when needed. */
    private String runName(RunResult result, RunResult other) {
        if (result.program() != null || other.program() != null) {
            // Same delays, two worlds (issue 11): a Python program beside a Java mode
            return result.program() != null ? worlds.pythonName(result.program().file())
                    : worlds.javaName(result.config());
        }
        RunConfig mine = result.config();
        RunConfig theirs = other.config();
        if (mine.mode() != theirs.mode()) {
            return modeName(result);
        }
        if (mine.kind() != theirs.kind()) {
            return modeName(result) + " · " + text.get("kind." + mine.kind().id());
        }
        String difference = course.difference(mine, theirs);
        if (mine.tasks() == theirs.tasks() && !difference.isEmpty()) {
            return modeName(result) + " · " + difference;
        }
        return modeName(result) + " · n = " + text.integer(mine.tasks());
    }
}
