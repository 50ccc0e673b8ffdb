package org.asynclab.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asynclab.export.ExportException;
import org.asynclab.export.ResultCsv;
import org.asynclab.export.ResultJson;
import org.asynclab.model.RunResult;
import org.asynclab.options.OptionConverters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The files a run writes, as options: {@code --json FILE} and {@code --csv FILE}. They are checked before the
 * run ({@link #checkWritable}: the folder exists and takes a new file), so a long run never ends in "cannot
 * write", and written atomically after it, so a failure leaves no half file.
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

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--json", paramLabel = "FILE", converter = OptionConverters.FileName.class,
            description = "Write the run (config, summary, every task, completion order) as JSON to FILE;"
                    + " with --compare as {\"runs\": [first, second]}.")
    private Path json;

    @Option(names = "--csv", paramLabel = "FILE", converter = OptionConverters.FileName.class,
            description = "Write one row per task as CSV to FILE; with --compare both runs, with run and mode"
                    + " columns in front; with --sweep one row per mode and task count.")
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
     * Checks, before a run, that every output can be written: its folder exists, it is not a folder itself, a
     * file can be created beside it (tried, then removed), and no two outputs name the same file.
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

    /** {@link #checkWritable} for files named by their option, e.g. {@code --png → plot.png}, in order. */
    public void checkFiles(Map<String, Path> files) {
        Map<Path, String> seen = new HashMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String option = file.getKey();
            Path absolute = file.getValue().toAbsolutePath().normalize();
            String earlier = seen.putIfAbsent(absolute, option);
            if (earlier != null) {
                throw refusal(option + " names the same file as " + earlier + " (" + file.getValue() + ")");
            }
            String problem = problemWriting(absolute);
            if (problem != null) {
                throw refusal(option + " cannot be written: " + problem);
            }
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

    /** Why {@code file} (absolute) cannot be written, or null when it can. */
    static String problemWriting(Path file) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "the folder " + folder + " does not exist";
        }
        if (Files.isDirectory(file)) {
            return file + " is a folder";
        }
        try {
            Files.delete(Files.createTempFile(folder, ".asynclab-", ".probe"));
            return null;
        } catch (AccessDeniedException e) {
            return "no permission to create files in " + folder;
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "it does not take new files" : e.getReason();
            return "cannot create files in " + folder + ": " + reason;
        } catch (IOException | SecurityException e) {
            return "cannot create files in " + folder + ": " + e.getClass().getSimpleName();
        }
    }

    private ParameterException refusal(String message) {
        return OneLineErrors.withoutHint(command.commandLine(), message);
    }
}
