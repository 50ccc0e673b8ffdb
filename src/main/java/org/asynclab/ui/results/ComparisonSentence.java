package org.asynclab.ui.results;

import java.util.Optional;
import org.asynclab.model.CorrectnessGap;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.TwoWorlds;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.Comparison;

/**
 * The sentence that sums up a comparison ("Event loop: 2.0× faster than Sequential"), naming each run
 * ({@link RunTitles#headlineInOrder}) by its mode, a pool with its size ("Threads: 2.7× faster than Pool of 4"), or,
 * when both share the mode, as the results table's column above it does: by what tells them apart alone ("await:
 * 3.8× faster than lock"; the charts' titles beside it say the mode). With the mode and the difference twice, the
 * French race lesson's sentence ran four lines in the results panel. A name that opens the sentence takes a capital
 * there ({@link UiText#sentence}), as a sentence does.
 *
 * <p>When the runs differ in what they got right ({@link CorrectnessGap}: updates lost, tasks cancelled), the
 * sentence says that first and the time after it ("Await: 398 of 500 updates lost · Lock: none lost, 2.2×
 * slower"): a headline that said "Await: 2.2× faster than lock" praised the program that lost the updates.
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
        Optional<CorrectnessGap> gap = CorrectnessGap.between(comparison.first(), comparison.second());
        if (gap.isPresent()) {
            return ofGap(gap.get(), comparison);
        }
        String faster = runName(comparison.faster(), comparison.slower(), comparison);
        String slower = runName(comparison.slower(), comparison.faster(), comparison);
        double ratio = comparison.ratio();
        if (Double.isInfinite(ratio)) {
            return text.sentence("compare.tooFast", faster, slower,
                    text.duration(comparison.slower().summary().totalSeconds()));
        }
        if (text.decimal(ratio, 1).equals(text.decimal(1.0, 1))) {
            // No winner to name first: the runs in their order, as the table's columns stand. The one a hair
            // faster first put one tie "Sequential and Event loop", the next "Event loop and Sequential".
            return text.sentence("compare.same", runName(comparison.first(), comparison.second(), comparison),
                    runName(comparison.second(), comparison.first(), comparison));
        }
        return text.sentence("compare.faster", faster, text.decimal(ratio, 1), slower);
    }

    /** "Await: 398 of 500 updates lost · Lock: none lost, 2.2× slower": what went wrong first, then the time. */
    private String ofGap(CorrectnessGap gap, Comparison comparison) {
        String key = gap.measure() == CorrectnessGap.Measure.LOST_UPDATES ? "compare.gap.lost"
                : "compare.gap.cancelled";
        RunResult worse = gap.worse();
        RunResult better = gap.better();
        int kept = gap.wrong(better);
        String betterSide = kept == 0 ? text.get(key + ".none") : text.format(key + ".some", text.integer(kept), kept);
        double worseTotal = worse.summary().totalSeconds();
        double betterTotal = better.summary().totalSeconds();
        if (worseTotal > 0 && betterTotal > 0) {
            double ratio = betterTotal / worseTotal;
            boolean slower = ratio >= 1;
            String times = text.decimal(slower ? ratio : 1 / ratio, 1);
            betterSide = times.equals(text.decimal(1.0, 1)) ? text.format("compare.gap.sameTime", betterSide)
                    : text.format(slower ? "compare.gap.slower" : "compare.gap.faster", betterSide, times);
        }
        int wrong = gap.wrong(worse);
        return text.sentence(key, runName(worse, better, comparison), text.integer(wrong),
                text.integer(gap.outOf(worse)), text.capitalized(runName(better, worse, comparison)), betterSide,
                wrong);
    }

    /** A run's name beside another's: a Python program beside a Java mode (two worlds), else what differs. */
    private String runName(RunResult result, RunResult other, Comparison comparison) {
        if (result.program() != null || other.program() != null) {
            return result.program() != null ? worlds.pythonName(result.program().file())
                    : worlds.javaName(result.config());
        }
        return titles.headlineInOrder(result.config(), other.config(), result == comparison.first() ? 1 : 2);
    }
}
