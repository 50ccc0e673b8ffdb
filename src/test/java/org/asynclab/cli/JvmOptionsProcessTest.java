package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.asynclab.export.ResultJson;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The JVM options every start of the app uses ({@code src/package/jvm-options}, read as run.sh reads them): with
 * them, what the JVM itself says goes to standard error, so {@code --json -} stays JSON alone even when the JVM
 * has something to say.
 */
@Execution(ExecutionMode.CONCURRENT)
class JvmOptionsProcessTest {
    /** The option a Java before 23 does not know. */
    private static final String UNSAFE = "--sun-misc-unsafe-memory-access=";

    @TempDir
    Path dir;

    /** The options as run.sh gives them to java: one a line, without comments and blank lines. */
    static List<String> appOptions() throws IOException {
        return Files.readAllLines(Path.of("src/package/jvm-options")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .filter(line -> !line.startsWith(UNSAFE) || Runtime.version().feature() >= 23).toList();
    }


    /**
     * Runs the command line in a JVM with the app's options and {@code jvmOptions}, from {@code dir}; checks it
     * ended well and returns what it wrote on standard output (its standard error is in {@code err.txt}).
     */
    private byte[] launch(List<String> jvmOptions, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(appOptions());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.asynclab.Launcher", "--headless"));
        command.addAll(List.of(arguments));
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return out;
    }

    @Test
    void theJvmsOwnMessagesGoToStandardErrorAndTheJsonStaysAlone() throws Exception {
        // a class archive that is not one: the JVM logs an error about it, then starts without it
        Path archive = Files.writeString(dir.resolve("not-an-archive.jsa"), "no");

        byte[] out = launch(List.of("-XX:SharedArchiveFile=" + archive), "-n", "3", "-d", "0", "-s", "4", "--json",
                "-");

        assertThat(Files.readString(dir.resolve("err.txt"))).contains("not-an-archive.jsa", "wrote -");
        List<RunResult> runs = ResultJson.readAll(Files.write(dir.resolve("out.json"), out));
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.size()).isEqualTo(3));
    }

    @Test
    void withTheAppsOptionsALargeVirtualThreadRunHasItsHeapPreparedByYoungCollectionsOnly() throws Exception {
        Path gcLog = dir.resolve("gc.log");

        // The app's options name G1: the JVM would pick the serial collector by itself on one core or under about
        // 2 GB, and the warm-up would then do nothing (HeapWarmUp).
        String out = new String(launch(List.of("-Xlog:gc:file=" + gcLog), "-n", "10000", "-d", "0.01", "-m",
                "virtual", "-s", "4"));

        assertThat(out).containsPattern("(?m)^warm-up +[0-9.]+ s +before the clock");
        // before the clock: a collection, the touching, a collection; a full one would give the pages back
        assertThat(Files.readString(gcLog)).contains("Pause Young (Concurrent Start) (System.gc())")
                .doesNotContain("Pause Full");
    }

    /**
     * ./run.sh started the window with nine lines of the JVM's warnings on standard error (JavaFX's System.load and
     * sun.misc.Unsafe calls, on Java 24+), which only the package allowed. Both read the one list, and leave out the
     * option a Java before 23 would refuse.
     */
    @Test
    void runShAndThePackageAllowWhatJavaFxDoesFromTheOneList() throws IOException {
        String runSh = Files.readString(Path.of("run.sh"));
        String packageSh = Files.readString(Path.of("src/package/package.sh"));

        assertThat(Files.readAllLines(Path.of("src/package/jvm-options")))
                .contains("--enable-native-access=ALL-UNNAMED", UNSAFE + "allow");
        assertThat(runSh).contains("[[ $line == " + UNSAFE + "* ]] && ((JDK_MAJOR < 23)) && continue");
        // (the package's own copy of the options is gone)
        assertThat(packageSh).contains("[[ $o == " + UNSAFE + "* ]] && ((feature < 23)) && continue")
                .doesNotContain("--enable-native-access");
    }

    @Test
    void hugePagesAreAskedForOnlyWhereRunShGivesThemToTheJvm() throws IOException {
        String runSh = Files.readString(Path.of("run.sh"));

        assertThat(appOptions()).contains("-XX:+UseTransparentHugePages", "-XX:+DisplayVMOutputToStderr");
        // a JVM on another system refuses to start with the option: run.sh keeps it for Linux
        assertThat(runSh).contains("UseTransparentHugePages$ && $OSTYPE != linux* ]] && continue");
    }
}
