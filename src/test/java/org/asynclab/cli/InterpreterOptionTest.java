package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.asynclab.engine.LaneThreadsResource;
import org.asynclab.engine.python.PythonFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code --interpreter}: a name without a folder is found on the PATH, as a shell finds it; a Python that cannot be
 * used is refused in one line that says why, before the program runs.
 */
@Execution(ExecutionMode.CONCURRENT)
// its runs of the engine in this JVM (the Java side of two worlds) must not be alive where a class looks for lanes
@ResourceLock(value = LaneThreadsResource.KEY, mode = ResourceAccessMode.READ)
class InterpreterOptionTest {
    @TempDir
    Path folder;

    private CommandOutcome run(String interpreter) throws Exception {
        Path program = Files.writeString(folder.resolve("hello.py"), "print('hello')\n");
        return CommandOutcome.runOnEngine("--headless", "--python", program.toString(), "--interpreter", interpreter);
    }

    @Test
    void aNameWithoutAFolderIsTheCommandOnThePath() throws Exception {
        assumeTrue(PythonFinder.named(Path.of("python3")).getParent() != null, "no python3 on the PATH");

        CommandOutcome outcome = run("python3");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("| hello");
    }

    @Test
    void aNameFoundNowhereSaysWhereItWasLookedFor() throws Exception {
        CommandOutcome outcome = run("python3.99");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err().strip()).isEqualTo(
                "asynclab: --interpreter: python3.99: no such file here, nor a command of that name on the PATH");
    }

    @Test
    void aMissingFileIsNamedAsMissing() throws Exception {
        Path missing = folder.resolve("nope/python3");

        CommandOutcome outcome = run(missing.toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err().strip()).isEqualTo("asynclab: --interpreter: " + missing
                + ": no such file (looked for " + missing + ")");
    }

    @Test
    void aFolderANonExecutableFileAndAProgramThatIsNoPythonEachSayWhat() throws Exception {
        Path plain = Files.writeString(folder.resolve("python-text"), "not a program\n");
        Path script = Files.writeString(folder.resolve("fake-python"), "#!/bin/sh\necho hello\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(run(folder.toString()).err()).contains("--interpreter: " + folder + ": it is a folder; name the"
                + " python3 in it (e.g. " + folder.resolve("bin/python3") + ")");
        assertThat(run(plain.toString()).err()).contains("--interpreter: " + plain + ": it is not executable");
        CommandOutcome fake = run(script.toString());
        assertThat(fake.exitCode()).isEqualTo(2);
        assertThat(fake.err()).contains("--interpreter: " + script
                + ": it does not run as a Python (asked its version, it did not answer one)");
    }
}
