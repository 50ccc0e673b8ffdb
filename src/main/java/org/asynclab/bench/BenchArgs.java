package org.asynclab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options of a benchmark: {@code --name value} pairs and {@code --flag}s, checked against the names the
 * benchmark knows, with messages that name the option and what it takes instead of a stack trace. A benchmark
 * declares its options once ({@link Opt}); {@code --help} prints them with their meaning and range, laid out by
 * picocli as the main command's help is.
 */
public final class BenchArgs {
    private static final List<String> HELP = List.of("-h", "--help");

    private final Map<String, String> values = new HashMap<>();

    /**
     * One option of a benchmark, for reading and for its help.
     *
     * @param name    the name without the dashes, e.g. {@code runs}
     * @param label   what the value is, e.g. {@code N}; null for a flag, which takes none
     * @param meaning what it does, its range and its default, e.g. "runs per figure, 1 to 100 (default 5)"
     */
    public record Opt(String name, String label, String meaning) {
        /** An option that takes a value. */
        public static Opt value(String name, String label, String meaning) {
            return new Opt(name, label, meaning);
        }

        /** An option that stands alone. */
        public static Opt flag(String name, String meaning) {
            return new Opt(name, null, meaning);
        }
    }

    /**
     * Reads {@code args} against the benchmark's {@code options}; with {@code -h} or {@code --help} among them,
     * prints the benchmark's help instead and returns empty (the benchmark then does not run).
     *
     * @param command the benchmark's name, e.g. {@code engine}
     * @param summary what it measures, one or two sentences
     * @throws IllegalArgumentException naming an unknown option or a missing value
     */
    public static Optional<BenchArgs> parse(String command, String summary, String[] args, List<Opt> options) {
        if (Arrays.stream(args).anyMatch(HELP::contains)) {
            System.out.print(help(command, summary, options));
            System.out.flush();
            return Optional.empty();
        }
        Set<String> valued = options.stream().filter(o -> o.label() != null).map(Opt::name).collect(Collectors.toSet());
        Set<String> flags = options.stream().filter(o -> o.label() == null).map(Opt::name).collect(Collectors.toSet());
        return Optional.of(new BenchArgs(args, valued, flags));
    }

    /** The help of a benchmark: its usage line, what it measures, and each option with its meaning and range. */
    static String help(String command, String summary, List<Opt> options) {
        CommandSpec spec = CommandSpec.create().name("./run.sh bench " + command);
        spec.usageMessage().description(summary).sortOptions(false).abbreviateSynopsis(true);
        for (Opt option : options) {
            OptionSpec.Builder builder = OptionSpec.builder("--" + option.name()).description(option.meaning());
            if (option.label() == null) {
                builder.arity("0").type(boolean.class);
            } else {
                builder.paramLabel(option.label()).type(String.class);
            }
            spec.addOption(builder.build());
        }
        spec.addOption(OptionSpec.builder(HELP.toArray(String[]::new)).usageHelp(true)
                .description("Show this help and exit.").build());
        return new CommandLine(spec).getUsageMessage();
    }

    /**
     * Parses {@code args}.
     *
     * @param valued the options that take a value (without the dashes)
     * @param flags  the options that stand alone
     * @throws IllegalArgumentException naming the unknown option or the missing value
     */
    public BenchArgs(String[] args, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") ? arg.substring(2) : "";
            int equals = name.indexOf('=');
            if (equals > 0 && valued.contains(name.substring(0, equals))) {
                // --runs=3, as the help writes it, is --runs 3.
                values.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (flags.contains(name)) {
                values.put(name, "true");
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + arg + " needs a value");
                }
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option '" + arg + "' (valid: " + describe(valued, flags)
                        + ")");
            }
        }
    }

    private static String describe(Set<String> valued, Set<String> flags) {
        List<String> names = new ArrayList<>();
        valued.stream().sorted().forEach(name -> names.add("--" + name + " VALUE"));
        flags.stream().sorted().forEach(name -> names.add("--" + name));
        return String.join(", ", names);
    }

    /** Whether a flag was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when not given. */
    public long number(String name, long fallback, long min, long max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.replace("_", "").replace(",", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the valid range
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number from " + min + " to " + max
                + " (got '" + text + "')");
    }

    /** A number of seconds from {@code min} to {@code max}, or {@code fallback} when not given. */
    public double seconds(String name, double fallback, double min, double max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the valid range
        }
        throw new IllegalArgumentException("--" + name + " must be a number of seconds from " + min + " to " + max
                + " (got '" + text + "')");
    }

    /** A comma-separated list of whole numbers, each from {@code min} to {@code max}, or {@code fallback}. */
    public List<Long> numbers(String name, List<Long> fallback, long min, long max) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        List<Long> numbers = new ArrayList<>();
        for (String item : list(name, List.of())) {
            numbers.add(new BenchArgs(new String[] {"--" + name, item}, Set.of(name), Set.of())
                    .number(name, 0, min, max));
        }
        return numbers;
    }

    /** A comma-separated list, or {@code fallback} when not given. */
    public List<String> list(String name, List<String> fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("--" + name + " needs at least one value, separated by commas");
        }
        return items;
    }
}
