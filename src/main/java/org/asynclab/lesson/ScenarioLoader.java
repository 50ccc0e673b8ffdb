package org.asynclab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asynclab.model.Limits;
import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;

/**
 * Reads a scenario file, bundled or written by a teacher. A scenario is one JSON object:
 *
 * <pre>{@code
 * {
 *   "title": {"en": "Bonjour, Monde", "fr": "Bonjour, Monde"},
 *   "explanation": {"en": "Two tasks of one second…", "fr": "Deux tâches d'une seconde…"},
 *   "lookAt": {"en": "The concurrent run takes half the time.", "fr": "…"},
 *   "tasks": 2, "maxDelay": 1, "mode": "sequential", "kind": "io", "seed": 1,
 *   "delays": [1, 1],
 *   "compare": {"mode": "event-loop"}
 * }
 * }</pre>
 *
 * <p>The settings have the names of the command line's JSON config and default to
 * {@link RunConfig#defaults()}; {@code delays} (seconds) fix every task's delay instead of drawing them, and then
 * give the task count and max delay when those are left out. {@code compare} is a second run given as a partial
 * override of the first one's settings ({@code {"kind": "cpu"}}, {@code {"mode": "pool", "workers": 8}}). A text
 * is {@code {"en": …, "fr": …}} or one string for both. {@code requireGuess} asks the class for a prediction
 * first; {@code notes} is free text for the teacher, never shown. The scenario's id is the file's name without
 * {@code .json}. {@code python} names a Python program beside the file to run instead of a Java mode, and
 * {@code picture} what its run shows (see {@link PythonReader}).
 *
 * <p>Every problem is a one-line {@link ScenarioException} naming the file and the field; unknown fields are
 * refused, so a typo such as {@code maxdelay} never passes silently.
 */
public final class ScenarioLoader {
    /** The file name extension of a scenario. */
    public static final String EXTENSION = ".json";

    private static final List<String> TEXT_FIELDS = List.of("title", "explanation", "lookAt");
    private static final List<String> OTHER_FIELDS = List.of("delays", "compare", "requireGuess", "notes");
    private static final List<String> FIELDS = concat(TEXT_FIELDS, SettingsReader.FIELDS, OTHER_FIELDS,
            PythonReader.FIELDS);

    private ScenarioLoader() {
    }

    /**
     * Loads a scenario file; its id is the file name without {@code .json}. A file that cannot be read (a folder,
     * too large, an endless device, no permission) is refused under the path as given, {@code /dev/zero}, for
     * {@code zero} alone says nothing of where it is; a problem in what it holds names the file, {@code mine.json},
     * unless it is no file of its own ({@code /dev/null}, {@code /dev/stdin}): that is named as given too.
     */
    public static Scenario load(Path file) throws ScenarioException {
        String given = file.toString();
        String name = isOwnFile(file) ? file.getFileName().toString() : given;
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.isRegularFile(file) && Files.size(file) > Limits.MAX_SCENARIO_BYTES) {
                throw tooLarge(given);
            }
            bytes = readBounded(given, in);
        } catch (IOException e) {
            throw new ScenarioException(given, null, UnreadableFiles.problem(file, e), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(name, decode(name, bytes), folder == null ? ScenarioFiles.NONE : ScenarioFiles.in(folder));
    }

    /**
     * Whether {@code file}'s own name says which file it is: a regular file outside {@code /dev} and {@code /proc}.
     * A device or a process's descriptor has a name ({@code null}, {@code stdin}, {@code 0}) that says nothing
     * alone, even when it leads to a regular file (the shell's {@code < lesson.json}).
     */
    private static boolean isOwnFile(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return file.getFileName() != null && Files.isRegularFile(file) && !normal.startsWith("/dev")
                && !normal.startsWith("/proc");
    }

    /** Reads a scenario from a stream (a bundled resource); {@code fileName} names it and gives its id. */
    public static Scenario read(String fileName, InputStream in) throws ScenarioException {
        return read(fileName, in, ScenarioFiles.NONE);
    }

    /** Reads a scenario from a stream; a Python program it names is read from {@code files}. */
    static Scenario read(String fileName, InputStream in, ScenarioFiles files) throws ScenarioException {
        try (in) {
            return parse(fileName, decode(fileName, readBounded(fileName, in)), files);
        } catch (IOException e) {
            throw new ScenarioException(fileName, null, Phrase.of("read.failed", String.valueOf(e.getMessage())), e);
        }
    }

    /** Reads the text of a scenario file named {@code fileName} (which gives its id). */
    public static Scenario parse(String fileName, String json) throws ScenarioException {
        return parse(fileName, json, ScenarioFiles.NONE);
    }

    private static Scenario parse(String fileName, String json, ScenarioFiles files) throws ScenarioException {
        FieldReader fields = FieldReader.parse(fileName, json);
        fields.allowOnly(FIELDS);
        Optional<PythonProgram> python = PythonReader.read(fields, files);
        Scenario.Texts texts = new Scenario.Texts(required(fields, "title"), required(fields, "explanation"),
                fields.text("lookAt").orElse(LocalizedText.of("")));
        fields.string("notes", Phrase.of("expect.plainText"));

        Optional<Workload> delays = SettingsReader.readDelays(fields);
        SettingsReader.Partial given = SettingsReader.read(fields);
        checkDelaysAgainst(fields, given, delays);
        RunConfig settings = SettingsReader.build(given, delays, fields);

        RunConfig compare = null;
        Optional<FieldReader> override = fields.object("compare", Phrase.of("compare.expected"));
        if (override.isPresent()) {
            FieldReader second = override.get();
            // Beside a Python program, the second run is a Java mode on the delays served to it (two worlds).
            second.allowOnly(python.isPresent() ? List.of("mode", "workers") : SettingsReader.FIELDS);
            if (second.isEmpty()) {
                throw fields.problem("compare", Phrase.of("compare.nothing"));
            }
            if (delays.isPresent()) {
                for (String fixed : List.of("tasks", "maxDelay", "seed")) {
                    if (second.has(fixed)) {
                        throw second.problem(fixed, Phrase.of("compare.fixedByDelays"));
                    }
                }
            }
            RunConfig compared = SettingsReader.build(SettingsReader.read(second).over(given), delays, second);
            compare = compared;
            SettingsReader.refuseIdle(second, field -> List.of(compared));
            // a field of the first run's is the second's too, unless the second gives its own
            SettingsReader.refuseIdle(fields, field -> second.has(field) ? List.of(settings)
                    : List.of(settings, compared));
        } else {
            SettingsReader.refuseIdle(fields, field -> List.of(settings));
        }
        boolean guess = fields.bool("requireGuess").orElse(false);
        return new Scenario(idOf(fileName), texts, settings, compare, delays.orElse(null), guess,
                python.orElse(null));
    }

    /** The id of a scenario file: its name without the folder and the {@code .json} extension. */
    public static String idOf(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    private static LocalizedText required(FieldReader fields, String name) throws ScenarioException {
        Optional<LocalizedText> text = fields.text(name);
        if (text.isEmpty() || text.get().isBlank()) {
            throw fields.problem(name, Phrase.of("text.missing", name));
        }
        return text.get();
    }

    private static void checkDelaysAgainst(FieldReader fields, SettingsReader.Partial given,
                                           Optional<Workload> delays) throws ScenarioException {
        if (delays.isEmpty()) {
            return;
        }
        Workload workload = delays.get();
        if (given.tasks() != null && given.tasks() != workload.size()) {
            throw fields.problem("delays", Phrase.of("delays.countMismatch", String.valueOf(workload.size()),
                    String.valueOf(given.tasks())));
        }
        if (given.seed() != null) {
            // it drew nothing and was reported as no seed ("-"), as "compare" refuses one beside "delays"
            throw fields.problem("seed", Phrase.of("delays.seed"));
        }
        if (given.maxDelay() != null && workload.longestNanos() > Math.round(given.maxDelay() * 1e9)) {
            throw fields.problem("delays", Phrase.got(Phrase.of("delays.overMaxDelay", fields.show("maxDelay")),
                    String.valueOf(workload.longestNanos() / 1e9)));
        }
    }

    /**
     * Reads at most {@link Limits#MAX_SCENARIO_BYTES}: a device such as {@code /dev/zero} or a FIFO has no size to
     * ask beforehand, and must not fill the memory before it is refused.
     */
    private static byte[] readBounded(String name, InputStream in) throws IOException, ScenarioException {
        byte[] bytes = in.readNBytes((int) Limits.MAX_SCENARIO_BYTES + 1);
        if (bytes.length > Limits.MAX_SCENARIO_BYTES) {
            throw tooLarge(name);
        }
        return bytes;
    }

    private static ScenarioException tooLarge(String name) {
        return new ScenarioException(name, Phrase.of("file.tooLarge", Ranges.megabytes(Limits.MAX_SCENARIO_BYTES)));
    }

    /** The text of a file, which must be UTF-8; anything else is refused by name. */
    static String decode(String name, byte[] bytes) throws ScenarioException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, null, Phrase.of("file.notUtf8"), e);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
