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
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.asynclab.Launcher");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(folder.toFile());
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
