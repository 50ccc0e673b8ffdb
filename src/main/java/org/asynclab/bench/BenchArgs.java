package org.asynclab.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a benchmark: {@code --name value} pairs and {@code --flag}s, checked against the names the
 * benchmark knows, with messages that name the option and what it takes instead of a stack trace.
 */
public final class BenchArgs {
    private final Map<String, String> values = new HashMap<>();

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
            if (flags.contains(name)) {
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
