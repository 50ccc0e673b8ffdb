package org.asynclab.lesson;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * What a code template is filled in with, for one run's settings: the one table of line conditions ({@code {{io}}},
 * {@code {{semaphore}}}, …: a line that starts with one is kept only when it holds) and the values of the
 * placeholders ({@code {{n}}}, {@code {{permits}}}, {@code {{timeout}}}, …). A course lesson's coordination (its
 * semaphore, deadline and shared counter) is part of the settings: the code shows what the run does with them.
 *
 * @param config the run's settings
 * @param delays a lesson's own delays, or null for delays drawn from the seed
 * @param locale the language of the comments
 */
record CodeConditions(RunConfig config, Workload delays, Locale locale) {
    /** The indentation a block adds ({@code async with semaphore:}, {@code with lock:}). */
    private static final String BLOCK = "    ";

    /** Whether the mode is one of the asyncio ones (sequential, event loop, virtual) in Python. */
    boolean asyncio() {
        Mode mode = config.mode();
        return mode == Mode.SEQUENTIAL || mode == Mode.EVENT_LOOP || mode == Mode.VIRTUAL;
    }

    /**
     * The conditions, in the order they are tried: each holds or not for these settings. The coordination's hold
     * only where the run applies them (RunConfig keeps a semaphore only on the event loop).
     */
    Map<String, Boolean> conditions() {
        Coordination rules = config.coordination();
        TaskKind kind = config.kind();
        Map<String, Boolean> table = new LinkedHashMap<>();
        table.put("{{io}}", kind == TaskKind.IO);
        table.put("{{cpu}}", kind == TaskKind.CPU);
        table.put("{{nocpu}}", kind != TaskKind.CPU);
        table.put("{{http}}", kind == TaskKind.HTTP);
        table.put("{{gil}}", config.globalLock());
        table.put("{{nogil}}", !config.globalLock());
        table.put("{{fixed}}", delays != null);
        table.put("{{drawn}}", delays == null);
        table.put("{{few}}", config.tasks() <= CodeSamples.FEW);
        table.put("{{many}}", config.tasks() > CodeSamples.FEW);
        table.put("{{sequential}}", config.mode() == Mode.SEQUENTIAL);
        table.put("{{pool}}", config.mode() == Mode.POOL);
        table.put("{{threads}}", config.mode() == Mode.THREADS);
        table.put("{{async}}", asyncio());
        table.put("{{threaded}}", !asyncio());
        table.put("{{concurrent}}", config.mode() != Mode.SEQUENTIAL);
        // course lessons (issue code11): asyncio.Semaphore, asyncio.wait_for, the shared counter and its lock
        table.put("{{plain}}", !rules.active());
        table.put("{{semaphore}}", rules.semaphore() > 0);
        table.put("{{nosemaphore}}", rules.semaphore() == 0);
        table.put("{{deadline}}", rules.hasDeadline());
        table.put("{{nodeadline}}", !rules.hasDeadline());
        table.put("{{counter}}", rules.hasCounter());
        table.put("{{nocounter}}", !rules.hasCounter());
        table.put("{{lock}}", rules.counter() == SharedCounter.LOCK);
        table.put("{{nolock}}", rules.counter() != SharedCounter.LOCK);
        // on the loop the locked update awaits its gap (the engine's readAndYield), the unlocked one may not
        table.put("{{await}}", rules.counter() == SharedCounter.AWAIT || rules.counter() == SharedCounter.LOCK);
        table.put("{{noawait}}", rules.counter() == SharedCounter.NO_AWAIT);
        table.put("{{cancels}}", cancels());
        table.put("{{locks}}", rules.hasCounter() || config.globalLock());
        return table;
    }

    /**
     * Whether a task may end cancelled at the deadline: an asyncio task only while it awaits (a computation never
     * awaits, so wait_for cannot cancel it), a thread in any kind (it waits or computes until its delay or its
     * deadline, whichever comes first).
     */
    boolean cancels() {
        return config.coordination().hasDeadline() && (config.kind() == TaskKind.IO || !asyncio());
    }

    /** The placeholders that stand for a value (every other whole-line {@code {{name}}} is a fragment). */
    Map<String, String> values() {
        Coordination rules = config.coordination();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{{n}}", CodeSamples.number(config.tasks()));
        values.put("{{maxDelay}}", CodeSamples.seconds(config.maxDelaySeconds()));
        values.put("{{workers}}", String.valueOf(config.workers()));
        values.put("{{seed}}", String.valueOf(config.seed()));
        values.put("{{permits}}", String.valueOf(rules.semaphore()));
        values.put("{{timeout}}", CodeSamples.seconds(rules.deadlineSeconds()));
        values.put("{{timeoutNanos}}", CodeSamples.number(rules.hasDeadline() ? rules.deadlineNanos() : 0) + "L");
        values.put("{{gap}}", CodeSamples.seconds(rules.counterGapSeconds()));
        values.put("{{gapNanos}}", CodeSamples.number(rules.counterGapNanos()) + "L");
        values.put("{{s}}", rules.semaphore() > 0 ? BLOCK : "");
        values.put("{{l}}", rules.counter() == SharedCounter.LOCK ? BLOCK : "");
        values.put("{{result}}", cancels() ? "Optional[float]" : "float");
        values.put("{{typing}}", cancels() ? "List, Optional" : "List");
        return values;
    }
}
