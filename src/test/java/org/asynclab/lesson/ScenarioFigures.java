package org.asynclab.lesson;

import java.util.List;
import java.util.Locale;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.RunSequence;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;

/**
 * Runs bundled scenarios at full scale and prints their figures, to check by eye what each one claims (the
 * tests check the claims themselves, mostly on shortened runs). No arguments: every scenario, about 45 s.
 *
 * <pre>
 * ./run.sh build && java -cp "target/classes:target/test-classes:target/lib/*" \
 *     org.asynclab.lesson.ScenarioFigures [ID...]
 * </pre>
 */
public final class ScenarioFigures {
    private ScenarioFigures() {
    }

    /** Prints one line per run of each scenario named (all when none). */
    public static void main(String[] args) throws Exception {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        List<String> ids = args.length == 0 ? library.ids() : List.of(args);
        RunEngine engine = new RunEngine();
        for (String id : ids) {
            Scenario scenario = library.resolve(id);
            for (RunResult run : RunSequence.run(scenario.configs(), scenario::workloadFor, engine)) {
                RunSummary s = run.summary();
                System.out.printf(Locale.ROOT, "%-22s %-10s %-3s n=%-6d total %6.3f s  average %7.4f s  sum %7.3f"
                                + "  longest %6.3f  peak %5d  threads %5d  ascending %s%n", id, run.config().mode(),
                        run.config().kind(), run.size(), s.totalSeconds(), s.averageSeconds(),
                        s.sumOfDelaysSeconds(), s.longestDelaySeconds(), s.peakConcurrency(), s.threadsUsed(),
                        ScenarioClaims.finishesInDelayOrder(run, 0));
            }
        }
    }
}
