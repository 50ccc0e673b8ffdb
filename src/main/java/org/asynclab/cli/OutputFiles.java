package org.asynclab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asynclab.export.ExportException;
import org.asynclab.export.OutputTarget;
import org.asynclab.export.ResultCsv;
import org.asynclab.export.ResultJson;
import org.asynclab.model.RunResult;
import org.asynclab.options.OptionConverters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The files a run writes, as options: {@code --json FILE} and {@code --csv FILE} ({@code -} for standard output).
 * They are checked before the run ({@link #checkWritable}: the folder exists and takes the name), so a long run
 * never ends in "cannot write", and written by {@link org.asynclab.export.AtomicFiles} after it, so a failure
 * leaves no half file.
 *
 * <p>A new kind of file (an image, a trace) is one more option here, or in a mixin of its own, plus one more
 * {@link Output} in {@link #requested()}: the command checks and writes whatever is requested.
 */
public final class OutputFiles {

    /** Writes runs into a file, atomically. */
    @FunctionalInterface
    public interface Writer {
        /** Writes {@code results} to {@code file}. */
        void write(Path file, List<RunResult> results) throws ExportException;
    }

    /**
     * One file to write.
     *
     * @param option the option that asked for it, e.g. {@code --json}, to name in messages
     * @param file   where it goes
     * @param writer how it is written
     */
    public record Output(String option, Path file, Writer writer) {
    }

    /** A file that takes any number of outputs: what is written there is thrown away. */
    private static final Path DISCARD = Path.of("/dev/null");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--json", paramLabel = "FILE", converter = OptionConverters.FileName.class,
            description = "Write the run (config, summary, every task, completion order) as JSON to FILE"
                    + " (- for standard output); with --compare as {\"runs\": [first, second]}.")
    private Path json;

    @Option(names = "--csv", paramLabel = "FILE", converter = OptionConverters.FileName.class,
            description = "Write one row per task as CSV to FILE (- for standard output); with --compare both"
                    + " runs, with run, mode and language (python, java) columns in front; with --sweep one row per"
                    + " mode and task count.")
    private Path csv;

    /** The files asked for, in the order of the options above. */
    public List<Output> requested() {
        List<Output> outputs = new ArrayList<>();
        if (json != null) {
            outputs.add(new Output("--json", json, ResultJson::write));
        }
        if (csv != null) {
            outputs.add(new Output("--csv", csv, ResultCsv::write));
        }
        return outputs;
    }

    /**
     * Checks, before a run, that every output can be written ({@link OutputTarget#problemWriting}: its links, its
     * folder, its name, the permission), and that no two outputs lead to the same file.
     *
     * @throws ParameterException naming the option and the reason
     */
    public void checkWritable(List<Output> outputs) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Output output : outputs) {
            files.put(output.option(), output.file());
        }
        checkFiles(files);
    }

    /**
     * {@link #checkWritable} for files named by what asked for them, e.g. {@code --png → plot.png} or
     * {@code --png (the virtual run) → plot-virtual.png}, in order. Two names for one file (a link and its target,
     * {@code -} twice) are refused; {@code /dev/null} may take any number.
     */
    public void checkFiles(Map<String, Path> files) {
        Map<Path, String> seen = new HashMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String option = file.getKey();
            OutputTarget.problemWriting(file.getValue()).ifPresent(problem -> {
                throw refusal(option + " cannot be written: " + problem);
            });
            Path same = sameFileKey(file.getValue());
            String earlier = same.equals(DISCARD) ? null : seen.putIfAbsent(same, option);
            if (earlier != null) {
                throw refusal(option + " names the same file as " + earlier + " (" + file.getValue() + "): each"
                        + " output needs a file of its own");
            }
        }
    }

    /** What identifies the file {@code named} leads to: {@code -}, or the end of its links. */
    private static Path sameFileKey(Path named) {
        try {
            return OutputTarget.of(named).path();
        } catch (ExportException e) {
            return named.toAbsolutePath().normalize(); // already refused by problemWriting
        }
    }

    /** The file of {@code --csv}, or null. */
    public Path csv() {
        return csv;
    }

    /** The file of {@code --json}, or null. */
    public Path json() {
        return json;
    }

    /**
     * Whether any of {@code outputs} goes to standard output ({@code -}, or a name of it such as
     * {@code /dev/stdout}); then the summary goes to stderr, so that the file's text is not mixed with it.
     */
    static boolean anyToStandardOutput(List<Output> outputs) {
        return outputs.stream().anyMatch(o -> OutputTarget.isStandardOutput(o.file())
                || STANDARD_OUTPUT_NAMES.contains(o.file().toString()));
    }

    /** Names of the process's own standard output on Linux and macOS. */
    private static final java.util.Set<String> STANDARD_OUTPUT_NAMES = java.util.Set.of("/dev/stdout", "/dev/fd/1",
            "/proc/self/fd/1");

    private ParameterException refusal(String message) {
        return OneLineErrors.withoutHint(command.commandLine(), message);
    }
}
