package org.asynclab.ui.settings;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.asynclab.model.Coordination;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.UiText;

/**
 * Reads what a person typed in a settings field and says, in the window's language, what is wrong with it.
 * Whether a value is in range is decided by {@link Limits} alone; this class only parses the text (accepting the
 * habits of both languages: {@code 1.5} and {@code 1,5}, {@code 100 000} and {@code 100_000}) and words the
 * problem with the range in it.
 */
public final class SettingsInput {
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,19}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.]\\d*)?|[.]\\d+)");
    /** Spaces (also the no-break ones French uses to group digits), underscores and apostrophes group digits. */
    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F_']");

    private final UiText text;

    /** Creates a reader whose messages are in the language of {@code text}. */
    public SettingsInput(UiText text) {
        this.text = text;
    }

    /** A whole number, or empty when the text is not one (or does not fit in a long). */
    public static OptionalLong parseWhole(String typed) {
        String cleaned = typed == null ? "" : GROUPING.matcher(typed).replaceAll("");
        if (!WHOLE.matcher(cleaned).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(cleaned));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * A number as a field shows it, in the window's language: {@code 2}, not {@code 2.0}; {@code 0.002}, and
     * {@code 0,002} in French, as a French teacher types it ({@link #parseDecimal} reads both).
     */
    public String shown(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                .replace('.', DecimalFormatSymbols.getInstance(text.locale()).getDecimalSeparator());
    }

    /** A decimal number written with a point or a comma, or empty when the text is not one. */
    public static OptionalDouble parseDecimal(String typed) {
        String cleaned = typed == null ? "" : GROUPING.matcher(typed).replaceAll("").replace(',', '.');
        if (!DECIMAL.matcher(cleaned).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(cleaned));
    }

    /** The problem with a typed task count for {@code mode}, or empty. */
    public Optional<String> tasksProblem(String typed, Mode mode) {
        OptionalLong tasks = parseWhole(typed);
        if (tasks.isEmpty() || Limits.checkTasks(tasks.getAsLong()).isPresent()) {
            return Optional.of(text.format("error.tasks", text.integer(Limits.MIN_TASKS),
                    text.integer(Limits.MAX_TASKS)));
        }
        if (Limits.checkTasks(tasks.getAsLong(), mode).isPresent()) {
            return Optional.of(text.format("error.tasks.threads", text.integer(Limits.MAX_THREADS_MODE_TASKS)));
        }
        return Optional.empty();
    }

    /** The problem with a typed max delay in seconds, or empty. */
    public Optional<String> maxDelayProblem(String typed) {
        OptionalDouble seconds = parseDecimal(typed);
        if (seconds.isEmpty() || Limits.checkMaxDelay(seconds.getAsDouble()).isPresent()) {
            return Optional.of(text.format("error.maxDelay", text.integer((long) Limits.MAX_DELAY_SECONDS)));
        }
        return Optional.empty();
    }

    /** The problem with a typed pool size, or empty; only a pool has one, so other modes never complain. */
    public Optional<String> workersProblem(String typed, Mode mode) {
        if (mode != Mode.POOL) {
            return Optional.empty();
        }
        OptionalLong workers = parseWhole(typed);
        if (workers.isEmpty() || Limits.checkWorkers(workers.getAsLong()).isPresent()) {
            return Optional.of(text.format("error.workers", text.integer(Limits.MIN_WORKERS),
                    text.integer(Limits.MAX_WORKERS)));
        }
        return Optional.empty();
    }

    /** The problem with a typed seed (any whole number that fits in 64 bits), or empty. */
    public Optional<String> seedProblem(String typed) {
        return parseWhole(typed).isPresent() ? Optional.empty() : Optional.of(text.get("error.seed"));
    }

    // --- issue 12 (branch courseui): the course's settings, in the ranges of model.Coordination ----------------

    /** The problem with a typed counter gap in seconds, or empty. */
    public Optional<String> counterGapProblem(String typed) {
        OptionalDouble seconds = parseDecimal(typed);
        if (seconds.isEmpty() || !(seconds.getAsDouble() >= Coordination.MIN_GAP
                && seconds.getAsDouble() <= Coordination.MAX_GAP)) {
            return Optional.of(text.format("error.counterGap", text.integer((long) Coordination.MAX_GAP)));
        }
        return Optional.empty();
    }

    /** The problem with a typed semaphore size (0 for none), or empty. */
    public Optional<String> semaphoreProblem(String typed) {
        OptionalLong k = parseWhole(typed);
        if (k.isEmpty() || k.getAsLong() < 0 || k.getAsLong() > Coordination.MAX_SEMAPHORE) {
            return Optional.of(text.format("error.semaphore", text.integer(Coordination.MAX_SEMAPHORE)));
        }
        return Optional.empty();
    }

    /** The problem with a typed deadline in seconds (0 for none), or empty. */
    public Optional<String> deadlineProblem(String typed) {
        OptionalDouble seconds = parseDecimal(typed);
        double s = seconds.orElse(-1);
        if (seconds.isEmpty() || s != 0 && !(s >= Coordination.MIN_DEADLINE && s <= Limits.MAX_DELAY_SECONDS)) {
            return Optional.of(text.format("error.deadline", text.decimal(Coordination.MIN_DEADLINE, 3),
                    text.integer((long) Limits.MAX_DELAY_SECONDS)));
        }
        return Optional.empty();
    }
}
