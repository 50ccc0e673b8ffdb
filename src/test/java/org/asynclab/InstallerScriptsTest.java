package org.asynclab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The .deb's maintainer scripts (src/package/linux, which package.sh checks are the ones in the .deb), run by
 * {@code /bin/sh} as dpkg runs them, on a system whose menu tool is missing, fails, or works. The install and the
 * removal must succeed in every case: a failing script leaves dpkg with a package it can neither finish nor remove.
 */
@Execution(ExecutionMode.CONCURRENT)
class InstallerScriptsTest {
    private static final Path SCRIPTS = Path.of("src/package/linux");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postinst configure", "prerm remove", "prerm upgrade"})
    void aMissingMenuToolNeverFailsTheInstallOrTheRemoval(String call) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin")); // no xdg-desktop-menu here

        Outcome outcome = run(bin, call);

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postinst configure", "prerm remove", "prerm upgrade"})
    void aFailingMenuToolNeverFailsTheInstallOrTheRemoval(String call) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        tool(bin, "echo 'xdg-desktop-menu: No writable system menu directory found.' >&2; exit 3");

        Outcome outcome = run(bin, call);

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("No writable system menu directory found");
    }

    @Test
    void theInstallSaysWhyThereIsNoMenuEntryAndHowToStartTheApp() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));

        Outcome outcome = run(bin, "postinst configure");

        assertThat(outcome.output()).contains("no menu entry", "xdg-desktop-menu is not installed",
                "/opt/asynclab/bin/AsyncLab");
    }

    @Test
    void aWorkingMenuToolRegistersTheEntryAtInstallAndRemovesItAtRemoval() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path calls = dir.resolve("calls");
        tool(bin, "echo \"$@\" >> '" + calls + "'");

        assertThat(run(bin, "postinst configure").exitCode()).isZero();
        assertThat(run(bin, "prerm remove").exitCode()).isZero();

        assertThat(Files.readAllLines(calls)).containsExactly(
                "install /opt/asynclab/lib/asynclab-AsyncLab.desktop",
                "uninstall /opt/asynclab/lib/asynclab-AsyncLab.desktop");
    }

    @Test
    void anUnknownCallIsStillRefusedAsDpkgExpects() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));

        assertThat(run(bin, "postinst bogus").exitCode()).isEqualTo(1);
    }

    private record Outcome(int exitCode, String output) {
    }

    /** Runs {@code call} ("script argument") with only {@code bin} and the system's basic tools on the PATH. */
    private Outcome run(Path bin, String call) throws IOException, InterruptedException {
        String[] words = call.split(" ");
        Path script = SCRIPTS.resolve(words[0]).toAbsolutePath();
        // The scripts need only the shell's built-ins (echo, command -v); /bin may hold a real xdg-desktop-menu.
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", script.toString(), words[1])
                .redirectErrorStream(true).directory(dir.toFile());
        builder.environment().put("PATH", bin.toString());
        Process started = builder.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Outcome(started.exitValue(), output);
    }

    private static void tool(Path bin, String body) throws IOException {
        Path tool = bin.resolve("xdg-desktop-menu");
        Files.writeString(tool, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
