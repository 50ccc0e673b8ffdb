package org.asynclab.engine.python;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ServedDelays;

/**
 * What a traced program printed and what went wrong, as it happens. Written by the event reader and the standard
 * error reader, read by the window once per pulse ({@link #outputSince}) and by the result at the end. The lists
 * are guarded by this object; every method holds it only to copy or append.
 */
public final class ProgramLog {
    private final List<ProgramOutput> output = new ArrayList<>();
    private final List<ProgramProblem> problems = new ArrayList<>();
    private final List<ServedDelays.Call> draws = new ArrayList<>();

    synchronized void add(ProgramOutput line) {
        output.add(line);
    }

    synchronized void add(ProgramProblem problem) {
        problems.add(problem);
    }

    synchronized void add(ServedDelays.Call draw) {
        draws.add(draw);
    }

    /** Every call of {@code random.uniform} so far, when AsyncLab serves its delays (none otherwise). */
    public synchronized List<ServedDelays.Call> draws() {
        return List.copyOf(draws);
    }

    /** Lines written so far. */
    public synchronized int outputCount() {
        return output.size();
    }

    /** The lines written after the first {@code from}, in order: a pane appends them each pulse. */
    public synchronized List<ProgramOutput> outputSince(int from) {
        return from >= output.size() ? List.of() : List.copyOf(output.subList(Math.max(0, from), output.size()));
    }

    /** Every line written so far. */
    public synchronized List<ProgramOutput> output() {
        return List.copyOf(output);
    }

    /** Every problem reported so far (warnings, the error that ended the program, a stop). */
    public synchronized List<ProgramProblem> problems() {
        return List.copyOf(problems);
    }
}
