package org.asynclab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;

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
 * simulated global lock; a line holding only {@code {{name}}} is the shared fragment {@code _name.<ext>.tmpl}.
 */
public final class CodeSamples {
    private static final String ROOT = "code/";
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    private CodeSamples() {
    }

    /** The Python code the lesson is about, for these settings. */
    public static String python(RunConfig config) {
        return render("python", ".py", config);
    }

    /** The Java code AsyncLab runs in this mode (simplified to its executor's shape), for these settings. */
    public static String java(RunConfig config) {
        return render("java", ".java", config);
    }

    private static String render(String language, String extension, RunConfig config) {
        StringBuilder out = new StringBuilder();
        expand(language, extension, config.mode().id(), config, out);
        return out.toString()
                .replace("{{n}}", number(config.tasks()))
                .replace("{{maxDelay}}", seconds(config.maxDelaySeconds()))
                .replace("{{workers}}", String.valueOf(config.workers()))
                .replace("{{seed}}", String.valueOf(config.seed()));
    }

    /** Appends the kept lines of a template, with its fragments expanded in place. */
    private static void expand(String language, String extension, String name, RunConfig config,
                               StringBuilder out) {
        for (String line : template(language + "/" + name + extension).split("\n", -1)) {
            String kept = keptLine(line, config);
            if (kept == null) {
                continue;
            }
            String trimmed = kept.strip();
            if (trimmed.startsWith("{{") && trimmed.endsWith("}}") && isFragment(trimmed)) {
                String fragment = "_" + trimmed.substring(2, trimmed.length() - 2);
                expand(language, extension, fragment, config, out);
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
        return !name.equals("n") && !name.equals("maxDelay") && !name.equals("workers") && !name.equals("seed");
    }

    /** The line without its condition, or null when its condition does not hold for {@code config}. */
    private static String keptLine(String line, RunConfig config) {
        for (TaskKind kind : TaskKind.values()) {
            String marker = "{{" + kind.id() + "}}";
            if (line.startsWith(marker)) {
                // http tasks have no sample of their own yet: they wait like io tasks, so they show the io lines
                boolean kept = config.kind() == kind || kind == TaskKind.IO && config.kind() == TaskKind.HTTP;
                return kept ? keptLine(line.substring(marker.length()), config) : null;
            }
        }
        if (line.startsWith("{{gil}}")) {
            return config.globalLock() ? line.substring("{{gil}}".length()) : null;
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
    static String number(int n) {
        return n < 10_000 ? String.valueOf(n) : String.format(Locale.ROOT, "%,d", n).replace(',', '_');
    }

    /** Seconds as both languages write them: {@code 9}, {@code 0.25}, never {@code 9.0} nor {@code 2.5E-4}. */
    static String seconds(double seconds) {
        return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
    }
}
