package org.asynclab.options;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.asynclab.engine.HttpTargets;
import org.asynclab.model.Coordination;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.TaskKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parsers for the options' values. Each refuses a bad value with the valid range in words and the value it got;
 * the front end's error handler puts the option's name in front. The ranges come from {@link Limits}, so the command
 * line, the window and {@link org.asynclab.model.RunConfig} never disagree.
 */
public final class OptionConverters {
    /** A plain decimal number: no NaN, no Infinity, no hex and no Java suffix such as {@code 1d}. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** A decimal written the French way, {@code 1,5}: said to need a dot rather than called "not a number". */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    private OptionConverters() {
    }

    /** {@code --tasks}: a whole number in the range of {@link Limits#checkTasks(long)}. */
    public static final class Tasks implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, Limits::checkTasks);
        }
    }

    /** {@code --workers}: a whole number in the range of {@link Limits#checkWorkers(long)}. */
    public static final class Workers implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, Limits::checkWorkers);
        }
    }

    /** {@code --seed}: any 64-bit whole number, negative ones too. */
    public static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw refusal("must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE, value);
            }
        }
    }

    /** {@code --max-delay}: seconds in the range of {@link Limits#checkMaxDelay(double)}, decimals allowed. */
    public static final class MaxDelay implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return seconds(value, Limits::checkMaxDelay);
        }
    }

    /** {@code --step-limit}: seconds from 1 to 3600, decimals allowed. */
    public static final class StepLimit implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String text = value.strip();
            double seconds = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
            if (!(seconds >= 1 && seconds <= 3600)) {
                throw refusal("must be a number of seconds from 1 to 3600", value);
            }
            return seconds;
        }
    }

    /**
     * A plain decimal number from {@code min} to {@code max}; anything else (text, NaN, out of range) is refused
     * with the range in words, e.g. "must be a number from 1 to 4 (got abc)"; {@code what} is "a number", or says
     * its unit.
     */
    public static double decimal(String value, double min, double max, String what) {
        String text = value.strip();
        double number = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
        if (!(number >= min && number <= max)) {
            throw refusal("must be " + what + " from " + plain(min) + " to " + plain(max), value);
        }
        return number;
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    /** {@code --mode} and {@code --compare}: a mode's id. */
    public static final class ModeId implements ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            return byId(value, Mode::fromId, new ModeNames());
        }
    }

    /** {@code --timeout}: seconds in the range of {@link HttpTargets#checkTimeout(double)} (issue 12, http). */
    public static final class Timeout implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return seconds(value, HttpTargets::checkTimeout);
        }
    }

    /** {@code --kind}: io, cpu or http. */
    public static final class KindId implements ITypeConverter<TaskKind> {
        @Override
        public TaskKind convert(String value) {
            return byId(value, TaskKind::fromId, new KindNames());
        }
    }

    /** An output file: any name the file system accepts; whether it can be written is checked before a run. */
    public static final class FileName implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw refusal("must name a file", "nothing");
            }
            try {
                // run.sh and the packaged launcher start Java in the user's folder: a relative name is theirs.
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw refusal("must be a valid file name: " + e.getReason(), "'" + value + "'");
            }
        }
    }

    /** {@code --sweep}: task counts separated by commas, each in the range of {@link Limits#checkTasks(long)}. */
    public static final class TaskCounts implements ITypeConverter<SweepOptions.Sizes> {
        @Override
        public SweepOptions.Sizes convert(String value) {
            String words = "must be task counts from " + Limits.MIN_TASKS + " to " + Limits.grouped(Limits.MAX_TASKS)
                    + " separated by commas, e.g. 1,10,100,1000";
            List<Integer> sizes = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                try {
                    sizes.add((int) wholeNumber(part, Limits::checkTasks));
                } catch (TypeConversionException e) {
                    throw refusal(words, "'" + value + "'");
                }
            }
            if (sizes.size() > SweepPlan.MAX_SIZES) {
                throw refusal("must list at most " + SweepPlan.MAX_SIZES + " task counts", sizes.size());
            }
            return new SweepOptions.Sizes(sizes);
        }
    }

    /** {@code --modes}: mode ids separated by commas. */
    public static final class ModeList implements ITypeConverter<SweepOptions.Modes> {
        @Override
        public SweepOptions.Modes convert(String value) {
            List<Mode> modes = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                try {
                    modes.add(Mode.fromId(part));
                } catch (IllegalArgumentException e) {
                    throw refusal("must be modes separated by commas, each one of " + Mode.validIds(),
                            "'" + value + "'");
                }
            }
            return new SweepOptions.Modes(modes);
        }
    }

    /** The ids of the modes, for help ({@code ${COMPLETION-CANDIDATES}}) and shell completion. */
    public static final class ModeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Mode.values()).map(Mode::id).iterator();
        }
    }

    /** The ids of the task kinds. */
    public static final class KindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(TaskKind.values()).map(TaskKind::id).iterator();
        }
    }

    /**
     * Parses a whole number ({@code 1_000} allowed) and checks it. Text that is no number at all gets the words of
     * the range too: the check is asked about {@link Long#MIN_VALUE}, which every bounded range here refuses.
     */
    private static long wholeNumber(String value, LongFunction<Optional<String>> check) {
        long number;
        try {
            number = Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw refusal(check.apply(Long.MIN_VALUE).orElse("must be a whole number"), value);
        }
        check.apply(number).ifPresent(problem -> {
            throw refusal(problem, value);
        });
        return number;
    }

    /** Parses an id with the model's own parser, whose refusal becomes the list of valid ids. */
    public static <T> T byId(String value, Function<String, T> parse, Iterable<String> ids) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw refusal("must be one of " + String.join(", ", ids), "'" + value + "'");
        }
    }

    /** A number of seconds that {@code check} accepts; anything else is refused in {@code check}'s words. */
    private static double seconds(String value, DoubleFunction<Optional<String>> check) {
        String text = value.strip();
        if (DECIMAL_COMMA.matcher(text).matches()) {
            throw refusal("must use a dot for decimals, e.g. " + text.replace(',', '.'), value);
        }
        // NaN fails the range check, so its words are the message for anything that is not a number.
        double seconds = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
        check.apply(seconds).ifPresent(problem -> {
            throw refusal(problem, value);
        });
        // -0 is 0: "-0.000 s" in the summary would be a delay that does not exist.
        return seconds == 0 ? 0.0 : seconds;
    }

    private static TypeConversionException refusal(String problem, Object value) {
        return new TypeConversionException(problem + " (got " + value + ")");
    }

    // --- course lessons (issue 12): --counter, --counter-gap, --semaphore, --deadline ---

    /** {@code --counter}: off, no-await, await or lock. */
    static final class CounterId implements ITypeConverter<SharedCounter> {
        @Override
        public SharedCounter convert(String value) {
            return byId(value, SharedCounter::fromId, new CounterNames());
        }
    }

    /** The ids of the shared counter's variants. */
    static final class CounterNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SharedCounter.values()).map(SharedCounter::id).iterator();
        }
    }

    /** {@code --counter-gap}: seconds from 0 to 10, decimals allowed. */
    static final class CounterGap implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double seconds = decimal(value);
            if (!(seconds >= Coordination.MIN_GAP && seconds <= Coordination.MAX_GAP)) {
                throw refusal(Coordination.gapProblem(), value);
            }
            return seconds;
        }
    }

    /** {@code --semaphore}: a whole number from 1 to 10,000, or 0 for none. */
    static final class SemaphoreSize implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, n -> n >= 0 && n <= Coordination.MAX_SEMAPHORE ? Optional.empty()
                    : Optional.of(Coordination.semaphoreProblem()));
        }
    }

    /** {@code --deadline}: seconds from 0.001 to 3600, decimals allowed, or 0 for none. */
    static final class Deadline implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double seconds = decimal(value);
            boolean none = seconds == 0;
            if (!none && !(seconds >= Coordination.MIN_DEADLINE && seconds <= Limits.MAX_DELAY_SECONDS)) {
                throw refusal(Coordination.deadlineProblem(), value);
            }
            return seconds;
        }
    }

    /** A plain decimal number, or NaN for anything else (which every range refuses). */
    private static double decimal(String value) {
        String text = value.strip();
        return DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    }
    // --- end of course lessons ---
}
