package org.asynclab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * "The code beside the picture": the Python asyncio code a lesson is about and the Java code AsyncLab runs, for the
 * current settings, as plain text the window shows as is. Both run as they are: the Python with
 * {@code python3}, the Java pasted into {@code jshell} (its helper comes first, and it needs no import beyond
 * JShell's own but {@code LockSupport}, which it imports).
 *
 * <pre>{@code
 * String python = CodeSamples.python(config);  // e.g. wait_n with create_task and as_completed, n and max delay
 * String java = CodeSamples.java(config);      // e.g. Executors.newFixedThreadPool(4) and the same delays
 * }</pre>
 *
 * <p>The code lives in templates, one per language and mode, under {@code code/python/<mode>.py.tmpl} and
 * {@code code/java/<mode>.java.tmpl} beside this class. In a template, {@code {{n}}}, {@code {{maxDelay}}},
 * {@code {{workers}}} and {@code {{seed}}} are the settings; a line that starts with {@code {{io}}} or
 * {@code {{cpu}}} is kept only for that kind of task, one that starts with {@code {{gil}}} only with the
 * simulated global lock; {@code {{fixed}}} / {@code {{drawn}}} with a lesson's own delays ({@code {{delayList}}}) or
 * drawn ones, {@code {{few}}} / {@code {{many}}} with up to {@value #FEW} tasks or more, {@code {{sequential}}} /
 * {@code {{concurrent}}} by mode. A line holding only {@code {{name}}} is the shared fragment
 * {@code _name.<ext>.tmpl}; {@code {{t:key}}} is a comment in the window's language ({@link CodeComments}).
 */
public final class CodeSamples {
    private static final String ROOT = "code/";
    /** Up to this many tasks the Python prints the whole list wait_n returns; beyond, its first ten. */
    static final int FEW = 20;
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    private CodeSamples() {
    }

    /** The Python code the lesson is about, for these settings, with English comments. */
    public static String python(RunConfig config) {
        return python(config, null, Locale.ENGLISH);
    }

    /**
     * The Python code the lesson is about, for these settings, with comments and docstrings in {@code locale}'s
     * language; with a lesson's own {@code delays} (null: drawn from the seed). Two equal delays in an asyncio
     * mode are the course's first example: {@code dire_bonjour} and {@code dire_monde}.
     */
    public static String python(RunConfig config, Workload delays, Locale locale) {
        String name = isBonjourMonde(config, delays) ? "bonjour" : config.mode().id();
        return render("python", ".py", name, new Sample(config, delays, locale));
    }

    /** The Java code AsyncLab runs in this mode (simplified to its executor's shape), for these settings. */
    public static String java(RunConfig config) {
        return java(config, null, Locale.ENGLISH);
    }

    /** The Java code AsyncLab runs in this mode, with a lesson's own {@code delays} (null: drawn from the seed). */
    public static String java(RunConfig config, Workload delays, Locale locale) {
        return render("java", ".java", config.mode().id(), new Sample(config, delays, locale));
    }

    /** What a template is filled in with. */
    private record Sample(RunConfig config, Workload delays, Locale locale) {
    }

    private static boolean isBonjourMonde(RunConfig config, Workload delays) {
        return delays != null && delays.size() == 2 && delays.delayNanos(0) == delays.delayNanos(1)
                && config.kind() == TaskKind.IO && (config.mode() == Mode.SEQUENTIAL
                || config.mode() == Mode.EVENT_LOOP || config.mode() == Mode.VIRTUAL);
    }

    private static String render(String language, String extension, String name, Sample sample) {
        StringBuilder out = new StringBuilder();
        expand(language, extension, name, sample, out);
        RunConfig config = sample.config();
        String code = CodeComments.fill(out.toString(), sample.locale())
                .replace("{{n}}", number(config.tasks()))
                .replace("{{maxDelay}}", seconds(config.maxDelaySeconds()))
                .replace("{{workers}}", String.valueOf(config.workers()))
                .replace("{{seed}}", String.valueOf(config.seed()));
        if (sample.delays() != null) {
            code = code.replace("{{delayList}}", delayList(sample.delays(), language))
                    .replace("{{delay0}}", seconds(sample.delays().delaySeconds(0)));
        }
        return code;
    }

    /** The delays as a list literal: {@code [1.5, 0.5, 1]} in Python, nanoseconds in Java. */
    private static String delayList(Workload delays, String language) {
        StringJoiner list = language.equals("python") ? new StringJoiner(", ", "[", "]")
                : new StringJoiner(", ", "{", "}");
        for (int i = 0; i < delays.size(); i++) {
            list.add(language.equals("python") ? seconds(delays.delaySeconds(i))
                    : number(delays.delayNanos(i)) + "L");
        }
        return list.toString();
    }

    /** Appends the kept lines of a template, with its fragments expanded in place. */
    private static void expand(String language, String extension, String name, Sample sample,
                               StringBuilder out) {
        for (String line : template(language + "/" + name + extension).split("\n", -1)) {
            String kept = keptLine(line, sample);
            if (kept == null) {
                continue;
            }
            String trimmed = kept.strip();
            if (trimmed.startsWith("{{") && trimmed.endsWith("}}") && isFragment(trimmed)) {
                String fragment = "_" + trimmed.substring(2, trimmed.length() - 2);
                expand(language, extension, fragment, sample, out);
            } else {
                out.append(kept).append('\n');
            }
        }
        // Each template ends with a newline, which split leaves as a last empty entry: keep only one.
        if (out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
    }

    private static boolean isFragment(String placeholder) {
        String name = placeholder.substring(2, placeholder.length() - 2);
        return !name.equals("n") && !name.equals("maxDelay") && !name.equals("workers") && !name.equals("seed")
                && !name.equals("delayList") && !name.equals("delay0") && !name.startsWith("t:");
    }

    /** The line without its conditions, or null when one of them does not hold for {@code sample}. */
    private static String keptLine(String line, Sample sample) {
        RunConfig config = sample.config();
        boolean asyncio = config.mode() == Mode.SEQUENTIAL || config.mode() == Mode.EVENT_LOOP
                || config.mode() == Mode.VIRTUAL;
        Map<String, Boolean> conditions = Map.ofEntries(
                // http tasks have no sample of their own yet: they wait like io tasks, so they show the io lines
                Map.entry("{{io}}", config.kind() == TaskKind.IO || config.kind() == TaskKind.HTTP),
                Map.entry("{{cpu}}", config.kind() == TaskKind.CPU),
                Map.entry("{{gil}}", config.globalLock()),
                Map.entry("{{fixed}}", sample.delays() != null),
                Map.entry("{{drawn}}", sample.delays() == null),
                Map.entry("{{few}}", config.tasks() <= FEW),
                Map.entry("{{many}}", config.tasks() > FEW),
                Map.entry("{{sequential}}", config.mode() == Mode.SEQUENTIAL),
                Map.entry("{{async}}", asyncio),
                Map.entry("{{threaded}}", !asyncio),
                Map.entry("{{concurrent}}", config.mode() != Mode.SEQUENTIAL));
        for (Map.Entry<String, Boolean> condition : conditions.entrySet()) {
            if (line.startsWith(condition.getKey())) {
                return condition.getValue() ? keptLine(line.substring(condition.getKey().length()), sample) : null;
            }
        }
        return line;
    }

    private static String template(String path) {
        return TEMPLATES.computeIfAbsent(path + ".tmpl", CodeSamples::read);
    }

    private static String read(String path) {
        try (InputStream in = CodeSamples.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("the code template " + path + " is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code template " + path, e);
        }
    }

    /** A task count as both languages write it: {@code 10_000} from ten thousand on. */
    static String number(long n) {
        return n < 10_000 ? String.valueOf(n) : String.format(Locale.ROOT, "%,d", n).replace(',', '_');
    }

    /** Seconds as both languages write them: {@code 9}, {@code 0.25}, never {@code 9.0} nor {@code 2.5E-4}. */
    static String seconds(double seconds) {
        return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
    }
}
