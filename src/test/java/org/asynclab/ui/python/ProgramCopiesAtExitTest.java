package org.asynclab.ui.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.asynclab.engine.python.PythonFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A student's program run from the window is written to a temporary folder of its own; the JVM that ends during
 * the run (the window closed, SIGTERM) leaves neither the folder nor the program behind: five of them had stayed in
 * /tmp, deleted only when a run's end came.
 */
class ProgramCopiesAtExitTest {

    @ParameterizedTest(name = "the JVM ended by {0}")
    @ValueSource(strings = {"exit", "SIGTERM"})
    void aStudentsProgramLeavesNothingInTheTemporaryFolderWhenTheJvmEndsDuringItsRun(String end) throws Exception {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        // given a window's run of an endless program, in a JVM of its own
        Process jvm = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ProgramAtExit.class.getName()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Path file;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
                StandardCharsets.UTF_8))) {
            file = Path.of(out.readLine());
            assertThat(out.readLine()).as("the program ran").isEqualTo("running");
            assertThat(file).as("the student's program, written for the run").exists();
            assertThat(file.getParent().getFileName().toString()).startsWith("asynclab-python");

            // when the JVM ends during the run
            if (end.equals("SIGTERM")) {
                jvm.destroy();   // SIGTERM on Linux, as kill sends it
            } else {
                jvm.getOutputStream().write('\n');
                jvm.getOutputStream().flush();
            }
            assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("the JVM ended").isTrue();
        } finally {
            jvm.destroyForcibly();
        }

        // then nothing of the run is left: neither the program nor its folder
        assertThat(Files.exists(file.getParent())).as(file.getParent() + " left behind").isFalse();
    }
}
