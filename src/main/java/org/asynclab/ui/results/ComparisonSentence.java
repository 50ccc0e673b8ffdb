package org.asynclab.ui.results;

import org.asynclab.model.RunResult;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.TwoWorlds;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.Comparison;

/**
 * The sentence that sums up a comparison ("Event loop: 2.0× faster than Sequential"), naming each run as the
 * results table's column above it names it ({@link RunTitles#column}): by its mode, or, when both share it, by what
 * tells them apart alone ("await: 3.8× faster than lock"; the charts' titles beside it say the mode). With the
 * mode and the difference twice, the French race lesson's sentence ran four lines in the results panel. A name
 * that opens the sentence takes a capital there ({@link UiText#sentence}), as a sentence does.
 */
public final class ComparisonSentence {
    private final UiText text;
    private final RunTitles titles;
    private final TwoWorlds worlds;

    /** Words in {@code text}; the runs named as {@link RunTitles#column} names them. */
    public ComparisonSentence(UiText text) {
        this.text = text;
        this.titles = new RunTitles(text);
        this.worlds = new TwoWorlds(text);
    }

    /** The sentence for {@code comparison}, or "" when there is none. */
    public String of(Comparison comparison) {
        if (comparison == null) {
            return "";
        }
        String faster = runName(comparison.faster(), comparison.slower(), comparison);
        String slower = runName(comparison.slower(), comparison.faster(), comparison);
        double ratio = comparison.ratio();
        if (Double.isInfinite(ratio)) {
            return text.sentence("compare.tooFast", faster, slower,
                    text.duration(comparison.slower().summary().totalSeconds()));
        }
        if (text.decimal(ratio, 1).equals(text.decimal(1.0, 1))) {
            return text.sentence("compare.same", faster, slower);
        }
        return text.sentence("compare.faster", faster, text.decimal(ratio, 1), slower);
    }

    /** A run's name beside another's: a Python program beside a Java mode (two worlds), else what differs. */
    private String runName(RunResult result, RunResult other, Comparison comparison) {
        if (result.program() != null || other.program() != null) {
            return result.program() != null ? worlds.pythonName(result.program().file())
                    : worlds.javaName(result.config());
        }
        return titles.columnInOrder(result.config(), other.config(), result == comparison.first() ? 1 : 2);
    }
}
