package org.asynclab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code python3} on a program, for the tests that check the samples do what they say. */
final class PythonTool {
    /** What a run printed and how it ended. */
    record Outcome(int exitCode, String out, String err) {
    }

    private PythonTool() {
    }

    /** True when {@code python3} works on this machine. */
    static boolean pythonFound() {
        return Python3.onPath().isPresent() || works(List.of("python3", "-c", "pass"));
    }

    /** The command that runs pycodestyle, or null when no Python here has it. */
    static List<String> pycodestyle() {
        for (String python : new String[] {Python3.onPath().orElse("python3"), "/usr/bin/python3"}) {
            if (works(List.of(python, "-m", "pycodestyle", "--version"))) {
                return List.of(python, "-m", "pycodestyle");
            }
        }
        return null;
    }

    /** Runs {@code command} followed by the program, written to a file in {@code folder}. */
    static Outcome run(List<String> command, Path folder, String name, String program) throws IOException,
            InterruptedException {
        return run(command, folder, name, program, List.of());
    }

    /** Runs {@code command} followed by the program, written to a file in {@code folder}, and {@code args}. */
    static Outcome run(List<String> command, Path folder, String name, String program, List<String> args)
            throws IOException, InterruptedException {
        Path file = folder.resolve(name);
        Files.writeString(file, program, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(command);
        if (all.get(0).equals("python3")) {
            // the interpreter python3 stands for, without a pyenv shim's search at every start
            Python3.onPath().ifPresent(real -> all.set(0, real));
        }
        all.add(file.toString());
        all.addAll(args);
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        Process process = new ProcessBuilder(all).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not end within 60 s");
        }
        return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static boolean works(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
