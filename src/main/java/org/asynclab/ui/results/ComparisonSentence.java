package org.asynclab.ui.results;

import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.Comparison;

/**
 * The sentence that sums up a comparison ("Event loop was 2.0× faster than Sequential"), naming each run by its mode
 * and, when both share it, by what else tells them apart ({@link RunTitles#name}).
 */
public final class ComparisonSentence {
    private final UiText text;
    private final RunTitles titles;

    /** Words in {@code text}; the runs named as {@link RunTitles#name} names them. */
    public ComparisonSentence(UiText text) {
        this.text = text;
        this.titles = new RunTitles(text);
    }

    /** The sentence for {@code comparison}, or "" when there is none. */
    public String of(Comparison comparison) {
        if (comparison == null) {
            return "";
        }
        String faster = titles.name(comparison.faster().config(), comparison.slower().config());
        String slower = titles.name(comparison.slower().config(), comparison.faster().config());
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

}
