package org.asynclab.ui.common;

import java.nio.file.Path;
import org.asynclab.engine.python.PythonSettings;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.ServedDelays;

/**
 * "Same delays, two worlds" (issue 11) in the window's words: a Python asyncio program run on AsyncLab's seeded
 * delays, then a Java mode on the same delays. Names each run ("Python · wait-n.py" beside "Java · Event loop"),
 * says the settings line of a Python run (its program, and the delays served when AsyncLab serves them), and
 * says plainly what the program did with the delays offered.
 */
public final class TwoWorlds {
    private static final String DOT = " · ";

    private final UiText text;

    /** Words in the language of {@code text}. */
    public TwoWorlds(UiText text) {
        this.text = text;
    }

    /** A Python run's name beside a Java run: "Python · wait-n.py". */
    public String pythonName(String file) {
        return text.format("twoworlds.python", Path.of(file).getFileName().toString());
    }

    /** A Java run's name beside a Python run: "Java · Event loop". */
    public String javaName(RunConfig config) {
        return text.format("twoworlds.java", text.get("mode." + config.mode().id()));
    }

    /**
     * The folded settings line during (and after) a Python run: the program, then, when AsyncLab serves its
     * delays, their n, max delay and seed, and the Java mode that follows on them. Never the Java settings the
     * program did not use.
     */
    public String settingsLine(PythonSettings settings, Mode compare) {
        return settingsLine(settings.file().toString(), settings.served(), compare);
    }

    /** {@link #settingsLine(PythonSettings, Mode)} of a program not yet started: its file, the delays it is served. */
    public String settingsLine(String file, RunConfig served, Mode compare) {
        StringBuilder line = new StringBuilder(text.format("settings.summary.program",
                Path.of(file).getFileName().toString()));
        if (served != null) {
            line.append(DOT).append(text.format("settings.summary.tasks", text.integer(served.tasks()),
                    served.tasks()));
            line.append(DOT).append(text.format("settings.summary.maxDelay", shortest(served.maxDelaySeconds())));
            line.append(DOT).append(text.format("settings.summary.seed", String.valueOf(served.seed())));
            line.append(DOT).append(text.get("twoworlds.served"));
        }
        if (compare != null) {
            line.append(DOT).append(text.format("settings.summary.compare",
                    text.format("twoworlds.java", text.get("mode." + compare.id()))));
        }
        return line.toString();
    }

    /** What the program did with the delays offered: one call per delay, or the counts and what they mean. */
    public String delaysNote(ServedDelays served) {
        if (served.matches()) {
            return text.format("twoworlds.calls.match", text.integer(served.offered()));
        }
        String counts = text.format("twoworlds.calls.counts", text.integer(served.calls().size()),
                text.integer(served.offered()));
        if (served.unused() > 0) {
            counts += text.format("twoworlds.calls.unused", text.integer(served.unused()));
        }
        if (served.beyond() > 0) {
            counts += text.format("twoworlds.calls.beyond", text.integer(served.beyond()));
        }
        return counts;
    }

    /** A setting in seconds with no more decimals than it has (1, 0.5, 0.125), in this language's decimals. */
    private String shortest(double seconds) {
        for (int decimals = 0; decimals < 3; decimals++) {
            double scaled = seconds * Math.pow(10, decimals);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9) {
                return text.decimal(seconds, decimals);
            }
        }
        return text.decimal(seconds, 3);
    }
}
