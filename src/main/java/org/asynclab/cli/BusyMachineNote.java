package org.asynclab.cli;

import java.util.List;
import java.util.Locale;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.RunResult;

/**
 * The summary's word on a run that the machine, not the model, made longer: other programs kept at least
 * {@link OtherPrograms#WARNING_CORES} of a core busy while it ran (a build beside it, a browser), and a CPU-bound
 * run then comes out slower than its ideal. Nothing when the runs were not measured (not Linux, too short).
 *
 * <pre>
 * note: other programs used 1.3 of 2 cores during this run; the total may be longer than the model's
 * </pre>
 */
final class BusyMachineNote {
    private BusyMachineNote() {
    }

    /** One line per run of {@code results} the other programs bent, named by {@code names} in a comparison. */
    static String lines(List<RunResult> results, List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            OtherPrograms others = results.get(i).otherPrograms();
            if (others.warns()) {
                String run = names.isEmpty() ? "this run; the total" : "the " + names.get(i) + " run; its total";
                text.append(String.format(Locale.ROOT, "note: other programs used %.1f of %d cores during %s may be"
                        + " longer than the model's", others.cores(), others.machineCores(), run)).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The line for a Python program's run, which has no model to be longer than, or nothing:
     * {@code note: other programs used 1.3 of 2 cores during this run; its times may be longer than on a quiet
     * machine}.
     */
    static String program(RunResult result) {
        OtherPrograms others = result.otherPrograms();
        return !others.warns() ? "" : String.format(Locale.ROOT, "note: other programs used %.1f of %d cores during"
                + " this run; its times may be longer than on a quiet machine\n", others.cores(),
                others.machineCores());
    }
}
