package org.asynclab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line in a JVM of its own, started in a chosen folder: real stdout, real signals, a real exit. */
final class ChildProcess {
    private ChildProcess() {
    }

    /** Starts {@code org.asynclab.Launcher args} in {@code folder}, with this JVM's class path. */
    static ProcessBuilder launcher(Path folder, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // A short run: the client compiler alone and the serial collector halve what its start costs the suite's
        // two cores, and change nothing the command line prints or writes.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        // As the tests' own JVM (pom.xml): no note on the other programs' share of the CPU, whatever the load.
        String unmeasured = "asynclab.otherPrograms.unmeasured";
        command.add("-D" + unmeasured + "=" + Boolean.getBoolean(unmeasured));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.asynclab.Launcher");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(folder.toFile());
    }

    /** Whether this JVM runs as root, who may write any file. */
    static boolean asRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        return id.waitFor() == 0 && uid.equals("0");
    }

    /**
     * {@code builder}'s command run as the user {@code nobody}, from a copy in {@code copy} of this JVM's class
     * path (Maven's repository in root's home is not readable to others).
     */
    static ProcessBuilder asNobody(ProcessBuilder builder, Path copy) throws IOException {
        List<String> command = new ArrayList<>(builder.command());
        int cp = command.indexOf("-cp") + 1;
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : command.get(cp).split(java.io.File.pathSeparator)) {
            Path from = Path.of(entry);
            Path to = copy.resolve(i++ + "-" + from.getFileName());
            if (java.nio.file.Files.isDirectory(from)) {
                try (var files = java.nio.file.Files.walk(from)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Path target = to.resolve(from.relativize(file).toString());
                        if (java.nio.file.Files.isDirectory(file)) {
                            java.nio.file.Files.createDirectories(target);
                        } else {
                            java.nio.file.Files.copy(file, target);
                        }
                    }
                }
            } else if (java.nio.file.Files.isRegularFile(from)) {
                java.nio.file.Files.createDirectories(copy);
                java.nio.file.Files.copy(from, to);
            } else {
                continue;
            }
            entries.add(to.toString());
        }
        command.set(cp, String.join(java.io.File.pathSeparator, entries));
        try {
            new ProcessBuilder("chmod", "-R", "a+rX", copy.toString()).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the copy readable", e);
        }
        command.addAll(0, List.of("runuser", "-u", "nobody", "--"));
        return new ProcessBuilder(command).directory(builder.directory());
    }

    /** Sends SIGINT (what Ctrl-C sends) to {@code process}. */
    static void interrupt(Process process) throws IOException, InterruptedException {
        signal(process, "INT");
    }

    /** Sends the signal {@code name} (INT, STOP, CONT) to {@code process}. */
    static void signal(Process process, String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
    }
}
