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
import java.util.regex.Pattern;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * "The code beside the picture": the Python asyncio code a lesson is about and the Java code AsyncLab runs, for the
 * current settings, as plain text the window shows as is. Both run as they are: the Python with
 * {@code python3} (an http sample takes the loopback server's port as its argument), the Java pasted into
 * {@code jshell} (its helper comes first; it imports what JShell does not: the locks, {@code java.net.http}; an
 * http sample states the server's address in one line the reader edits).
 *
 * <pre>{@code
 * String python = CodeSamples.python(config);  // e.g. wait_n with create_task and as_completed, n and max delay
 * String java = CodeSamples.java(config);      // e.g. Executors.newFixedThreadPool(4) and the same delays
 * }</pre>
 *
 * <p>The code lives in templates, one per language and mode, under {@code code/python/<mode>.py.tmpl} and
 * {@code code/java/<mode>.java.tmpl} beside this class (http tasks: {@code http.py.tmpl} and
 * {@code event-loop-http.java.tmpl}; a course lesson's event loop: {@code event-loop-steps.java.tmpl}). In a
 * template, {@code {{n}}}, {@code {{maxDelay}}}, {@code {{permits}}}, {@code {{timeout}}}, … are the settings, and
 * a line that starts with a condition ({@code {{io}}}, {@code {{semaphore}}}, {@code {{lock}}}, …) is kept only
 * when it holds: {@link CodeConditions} has the one table of both. A line holding only {@code {{name}}} is the
 * shared fragment {@code _name.<ext>.tmpl}; {@code {{t:key}}} is a comment in the window's language
 * ({@link CodeComments}), whose key may name the mode ({@code {{t:io.{{mode}}}}}).
 */
public final class CodeSamples {
    private static final String ROOT = "code/";
    /** Up to this many tasks the Python prints the whole list wait_n returns; beyond, its first ten. */
    static final int FEW = 20;
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();
    /** A line that holds only a placeholder: a fragment's name, unless it names a value. */
    private static final Pattern FRAGMENT = Pattern.compile("\\{\\{[\\w-]+}}");

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
        String name = isBonjourMonde(config, delays) ? "bonjour"
                : config.kind() == TaskKind.HTTP ? "http" : config.mode().id();
        return render("python", ".py", name, new CodeConditions(config, delays, locale));
    }

    /** The Java code AsyncLab runs in this mode (simplified to its executor's shape), for these settings. */
    public static String java(RunConfig config) {
        return java(config, null, Locale.ENGLISH);
    }

    /** The Java code AsyncLab runs in this mode, with a lesson's own {@code delays} (null: drawn from the seed). */
    public static String java(RunConfig config, Workload delays, Locale locale) {
        // the loop of a course lesson runs its tasks in steps (a semaphore, a deadline, a counter between awaits)
        String name = config.mode() != Mode.EVENT_LOOP ? config.mode().id()
                : config.kind() == TaskKind.HTTP ? "event-loop-http"
                : config.coordination().active() ? "event-loop-steps" : "event-loop";
        return render("java", ".java", name, new CodeConditions(config, delays, locale));
    }

    private static boolean isBonjourMonde(RunConfig config, Workload delays) {
        return delays != null && delays.size() == 2 && delays.delayNanos(0) == delays.delayNanos(1)
                && config.kind() == TaskKind.IO && (config.mode() == Mode.SEQUENTIAL
                || config.mode() == Mode.EVENT_LOOP || config.mode() == Mode.VIRTUAL);
    }

    private static String render(String language, String extension, String name, CodeConditions sample) {
        StringBuilder out = new StringBuilder();
        expand(language, extension, name, sample, out);
        // {{mode}} first: a comment's key may name the mode ({{t:io.{{mode}}}})
        String code = CodeComments.fill(out.toString().replace("{{mode}}", sample.config().mode().id()),
                sample.locale());
        for (Map.Entry<String, String> value : sample.values().entrySet()) {
            code = code.replace(value.getKey(), value.getValue());
        }
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
    private static void expand(String language, String extension, String name, CodeConditions sample,
                               StringBuilder out) {
        for (String line : template(language + "/" + name + extension).split("\n", -1)) {
            String kept = keptLine(line, sample);
            if (kept == null) {
                continue;
            }
            String trimmed = kept.strip();
            if (FRAGMENT.matcher(trimmed).matches() && isFragment(trimmed, sample)) {
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

    private static boolean isFragment(String placeholder, CodeConditions sample) {
        String name = placeholder.substring(2, placeholder.length() - 2);
        return !sample.values().containsKey(placeholder) && !name.equals("delayList") && !name.equals("delay0");
    }

    /** The line without its conditions, or null when one of them does not hold for {@code sample}. */
    private static String keptLine(String line, CodeConditions sample) {
        for (Map.Entry<String, Boolean> condition : sample.conditions().entrySet()) {
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
