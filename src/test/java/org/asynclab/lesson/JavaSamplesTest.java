package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import org.asynclab.engine.DelayServer;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every Java sample runs as it is in {@code jshell}, as CodeSamples promises: with drawn delays in every mode and
 * kind, with a lesson's own delays (they change only the delays' lines: checked on the text of each sample, and run
 * once a kind, which spares jshell 12 of 43 samples) and the course lessons'. One jshell runs them all, so the check
 * costs one start-up; after each sample, its snippets are dropped, so the next one sees only jshell's start-up (its
 * import of java.base), as in a jshell of its own.
 * ({@code /reset} did the same at about 0.2 s of CPU each, half of the class's CPU time.)
 */
@Execution(ExecutionMode.CONCURRENT)
class JavaSamplesTest {

    @TempDir
    Path folder;

    @Test
    void everyJavaSampleRunsInJShell() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assumeTrue(Files.isExecutable(jshell), "this Java has no jshell: " + jshell);
        Path file = folder.resolve("samples.jsh");
        Path out = folder.resolve("out.txt");
        List<String> names;
        String stuck;
        // the http samples fetch from AsyncLab's loopback server: the address the reader would edit is its own
        try (DelayServer server = DelayServer.start(0)) {
            String address = "http://127.0.0.1:" + server.address().getPort();
            try (Script script = new Script()) {
                for (Mode mode : Mode.values()) {
                    for (TaskKind kind : TaskKind.values()) {
                        RunConfig config = new RunConfig(3, 0.02, mode, 2, kind, 5, kind == TaskKind.CPU);
                        script.add(mode + " " + kind, CodeSamples.java(config, null, Locale.ENGLISH)
                                .replace(CourseCases.SERVER, address));
                        Workload fixed = Workload.ofSeconds(0.02, 0, 0.01);
                        String drawn = CodeSamples.java(config, null, Locale.ENGLISH);
                        String own = CodeSamples.java(config, fixed, Locale.ENGLISH);
                        assertOnlyTheDelaysDiffer(drawn, own);
                        if (mode == Mode.EVENT_LOOP) { // the delays' lines are the same in every mode: see above
                            script.add(mode + " " + kind + " fixed", own.replace(CourseCases.SERVER, address));
                        }
                    }
                }
                CourseCases.all().forEach(c -> script.add(c.name(), CodeSamples.java(c.config(), c.delays(),
                        Locale.ENGLISH)));
                Files.writeString(file, script.text(), StandardCharsets.UTF_8);
                names = script.names;
            }
            // jshell compiles each snippet apart: with the client compiler alone it spends half the CPU time on that.
            // The samples run in jshell's own JVM, whose modules leave java.net.http out unless asked (a jshell of
            // its own, as a reader starts it, runs them in a JVM that has every java.se module), each on the thread
            // that evaluates it (DirectJshellExecution says why not jshell's local execution: it once waited for ever
            // for an HttpClient's thread, in a whole suite at load 10–12 and in 1 of 12 rounds of the http samples
            // beside six busy loops).
            Process process = new ProcessBuilder(jshell.toString(), "-J-XX:TieredStopAtLevel=1",
                    "-J-XX:+UseSerialGC", "-J--add-modules=java.net.http", "-J--class-path=" + directExecution(),
                    "-q", "--execution", DirectJshellExecution.NAME, file.toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            stuck = awaitWhileItComputes(process);
        }
        String printed = Files.readString(out);
        assertThat(stuck).as("%s%n%s", stuck, printed).isNull();
        assertThat(printed).as(printed).doesNotContain("Error").doesNotContain("Exception").contains("== end");
        // "|  …": a message of jshell's (an error, a drop of no snippet); "  …": what a sample left behind
        assertThat(printed.lines().filter(line -> line.startsWith("|") || line.startsWith("  ")))
                .as(printed).isEmpty();
        for (String name : names) {
            assertThat(printed).contains("== " + name);
        }
        String eventLoop = section(printed, "event-loop io");
        assertThat(eventLoop.lines()).as("each task says when it is done")
                .containsExactlyInAnyOrder("task 0 done", "task 1 done", "task 2 done");
        for (Mode mode : Mode.values()) {
            assertThat(section(printed, mode + " http").lines()).as("each request of %s got its answer", mode)
                    .containsExactly("answer 200", "answer 200", "answer 200");
        }
        CourseCases.all().forEach(c -> c.checkJava().accept(section(printed, c.name())));
    }

    /**
     * A lesson's own delays change a sample's delays and nothing else: the lines that draw them (a seeded
     * {@code Random} and the array it fills) give way to the array written out, under the same name and type, and
     * nothing else uses the {@code Random}. So a sample with its own delays compiles and runs as the drawn one does;
     * jshell runs one of them a kind (the event loop's) to show that the written-out array is valid Java.
     */
    private static void assertOnlyTheDelaysDiffer(String drawn, String own) {
        List<String> drawnLines = drawn.lines().toList();
        List<String> ownLines = own.lines().toList();
        int head = 0;
        while (head < ownLines.size() && ownLines.get(head).equals(drawnLines.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < ownLines.size() - head && ownLines.get(ownLines.size() - 1 - tail)
                .equals(drawnLines.get(drawnLines.size() - 1 - tail))) {
            tail++;
        }
        List<String> drawnPart = drawnLines.subList(head, drawnLines.size() - tail);
        List<String> ownPart = ownLines.subList(head, ownLines.size() - tail);
        assertThat(drawnPart).as(drawn).hasSize(3).element(2).asString().startsWith("long[] delays = LongStream");
        assertThat(drawnPart.get(1)).startsWith("Random random = new Random(");
        assertThat(ownPart).as(own).hasSize(2);
        assertThat(ownPart.get(1)).isEqualTo("long[] delays = {20_000_000L, 0L, 10_000_000L};");
        assertThat(String.join("\n", ownLines)).doesNotContain("random").doesNotContain("Random");
    }

    /** What the sample {@code name} printed. */
    private static String section(String printed, String name) {
        return printed.split("== " + name + "\n", 2)[1].split("==", 2)[0];
    }

    /**
     * Waits for {@code process} to end as long as it keeps computing: jshell compiles a snippet per sample (with a
     * {@code /reset} between two, 36 s at load 1 and more than 5 minutes at load 20 on two cores: a wall-clock limit
     * of 5 minutes failed there). What only a broken sample does is stop computing (a deadlock, a wait that never
     * ends: less than 1 s of CPU in 2 minutes, where an idle JVM spends about 0.2 s and jshell at work, even at load
     * 40 on two cores, about 6 s) or compute far past its work (10 minutes of CPU, about ten times what it needs).
     * Either kills it.
     *
     * @return null when it ended; else why it was killed
     */
    private static String awaitWhileItComputes(Process process) throws InterruptedException {
        long window = TimeUnit.MINUTES.toNanos(2);
        long windowStart = System.nanoTime();
        Duration atWindowStart = Duration.ZERO;
        while (!process.waitFor(2, TimeUnit.SECONDS)) {
            Duration computed = process.info().totalCpuDuration().orElse(null);
            long now = System.nanoTime();
            String stuck = null;
            if (computed == null) {
                stuck = now - windowStart > TimeUnit.MINUTES.toNanos(15)
                        ? "jshell still runs after 15 minutes (its CPU time cannot be read here)" : null;
            } else if (computed.toMinutes() >= 10) {
                stuck = "jshell computed 10 minutes of CPU without ending";
            } else if (now - windowStart >= window) {
                Duration spent = computed.minus(atWindowStart);
                stuck = spent.toMillis() < 1000
                        ? "jshell computed only " + spent.toMillis() + " ms in 2 minutes, after " + computed.toSeconds()
                        + " s of CPU: it waits for something that never comes" : null;
                windowStart = now;
                atWindowStart = computed;
            }
            if (stuck != null) {
                return stuck + threadsOf(process);
            }
        }
        return null;
    }

    /**
     * A class path holding DirectJshellExecution alone and the service file by which jshell finds it (the whole
     * test class path would put AsyncLab's classes within the samples' reach).
     */
    private Path directExecution() throws java.io.IOException {
        String name = DirectJshellExecution.class.getName();
        Path root = folder.resolve("jshell-execution");
        Path services = Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(services.resolve(jdk.jshell.spi.ExecutionControlProvider.class.getName()), name + "\n");
        Path classFile = root.resolve(name.replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        try (var bytes = DirectJshellExecution.class.getResourceAsStream(DirectJshellExecution.class.getSimpleName()
                + ".class")) {
            Files.copy(bytes, classFile);
        }
        return root;
    }

    /**
     * Ends a stuck jshell, after its threads (SIGQUIT: the JVM prints them into its output, which the failure shows)
     * and those of this JVM's loopback server, which answers the http samples: what waited for what (it showed
     * jshell's local execution waiting for an HttpClient's thread: see DirectJshellExecution).
     */
    private static String threadsOf(Process process) throws InterruptedException {
        try {
            new ProcessBuilder("kill", "-QUIT", String.valueOf(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            Thread.sleep(1000); // the dump is written by a thread of jshell's JVM
        } catch (java.io.IOException noKill) {
            // no kill command: the failure says what it can without jshell's threads
        }
        process.destroyForcibly().waitFor();
        StringBuilder server = new StringBuilder("\nthis JVM's server threads:");
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            if (thread.getName().startsWith("delay-server") || thread.getName().startsWith("HTTP-Dispatcher")) {
                server.append("\n").append(thread.getName()).append(' ').append(thread.getState());
                for (StackTraceElement frame : frames) {
                    server.append("\n    at ").append(frame);
                }
            }
        });
        return server.toString();
    }

    /**
     * The script: each sample after a line that prints its name, then the drop of every declaration it made (one
     * snippet id each, counted as jshell splits its input, through jshell's own analysis), then jshell's lists of
     * variables, methods and types, which must print nothing: a sample that used what an earlier one declared
     * would fail as it fails in a jshell of its own.
     */
    private static final class Script implements AutoCloseable {
        final List<String> names = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final JShell shell = JShell.builder().executionEngine("local").build();
        private int lastId;

        void add(String name, String code) {
            names.add(name);
            String sample = "System.out.println(\"== " + name + "\");\n" + code;
            List<Integer> declarations = new ArrayList<>();
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            for (String rest = sample; !rest.isBlank(); ) {
                SourceCodeAnalysis.CompletionInfo unit = analysis.analyzeCompletion(rest);
                assertThat(unit.completeness().isComplete()).as("a whole snippet: %s", rest).isTrue();
                for (Snippet snippet : analysis.sourceToSnippets(unit.source())) {
                    lastId++;
                    if (snippet.kind().isPersistent()) {
                        declarations.add(0, lastId);
                    }
                }
                rest = unit.remaining();
            }
            text.append(sample);
            if (!declarations.isEmpty()) {
                text.append("/drop");
                declarations.forEach(id -> text.append(' ').append(id));
                text.append('\n');
            }
            text.append("/vars\n/methods\n/types\n");
        }

        String text() {
            return text + "System.out.println(\"== end\");\n/exit\n";
        }

        @Override
        public void close() {
            shell.close();
        }
    }
}
