package org.asynclab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * run.sh's start-up cache, on a copy of the build: run.sh, its scripts, the app's classes as its jar and the
 * libraries. The cache is made for real (Java 25's AOT cache, trained on JavaFX's headless platform or Xvfb), once:
 * by the first window start, in the background, as a user's first start makes it. What users see must never depend
 * on the cache: a start with a cache that is missing, stale or broken prints exactly what a start without one
 * prints, and {@code --json -} gives JSON alone. It waits on child processes (the training, the starts), so it runs
 * beside the in-JVM classes; its cases run one after another, in order, on one thread (run side by side, the
 * broken cache's case broke the cache while another mapped it, and that one failed in the full suite).
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupCacheTest {
    private static final long TIMEOUT_MINUTES = 10;
    private static final List<String> HELP = List.of("--tasks", "3", "--help");

    @TempDir
    static Path temp;
    /** The copy of the build: in a folder whose name has a space and a quote, as a teacher's folders may have. */
    private static Path repo;
    @TempDir
    static Path home;
    private static Run uncached;

    @BeforeAll
    static void aCopyOfTheBuild() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs Java 25 (older ones: class archive)");
        repo = Files.createDirectories(temp.resolve("Cours d'automne/asynclab"));
        copyTheBuild(repo);
    }

    @Test
    @Order(1)
    @Execution(ExecutionMode.SAME_THREAD)
    void aFirstWindowStartPrintsWhatAStartWithoutOnePrintsAndMakesItsCacheInTheBackground() throws Exception {
        Path older = Files.createDirectories(repo.resolve("target/aot")).resolve("window-1.aot");
        Files.writeString(older, "an older build's cache");
        Path loaded = home.resolve("classes-0.log");

        Run first = run(HELP, "ASYNCLAB_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded);
        awaitBackgroundTraining();

        assertThat(Files.readString(loaded)).doesNotContain("org.asynclab.Launcher source: shared objects file");
        assertThat(first.out()).isEqualTo(uncached().out()).contains("--tasks");
        assertThat(first.err()).isEqualTo(uncached().err());
        assertThat(first.exit()).isEqualTo(uncached().exit()).isZero();
        assertThat(caches()).as(Files.readString(repo.resolve("target/aot/training.log"))).hasSize(1);
        assertThat(older).as("the older build's cache, deleted once this build's is made").doesNotExist();
    }

    @Test
    @Order(2)
    @Execution(ExecutionMode.SAME_THREAD)
    void aWindowStartMapsTheCacheOfItsBuildAndPrintsWhatAStartWithoutOnePrints() throws Exception {
        Path loaded = home.resolve("classes-1.log");

        Run cached = run(HELP, "ASYNCLAB_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded);
        Run uncached = uncached();

        assertThat(caches()).hasSize(1);
        assertThat(Files.readString(loaded)).contains("org.asynclab.Launcher source: shared objects file");
        assertThat(cached.out()).isEqualTo(uncached.out()).contains("--tasks");
        assertThat(cached.err()).isEqualTo(uncached.err());
        assertThat(cached.exit()).isEqualTo(uncached.exit()).isZero();
    }

    /**
     * The stale cache is not mapped. Its build's training is the first case's: here a training of another start is
     * under way (the lock holds this JVM's pid), so the start must neither wait for it nor start a second one.
     */
    @Test
    @Order(3)
    @Execution(ExecutionMode.SAME_THREAD)
    void aNewJarStartsWithoutTheStaleCacheAndNoSecondTrainingWhileOneIsUnderWay() throws Exception {
        List<Path> before = caches();
        String trainingLog = Files.readString(repo.resolve("target/aot/training.log"));
        Path jar = repo.resolve("target/asynclab.jar");
        FileTime built = Files.getLastModifiedTime(jar);
        Path lock = Files.createDirectory(repo.resolve("target/aot/training"));
        Files.writeString(lock.resolve("pid"), Long.toString(ProcessHandle.current().pid()));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(built.toMillis() + 60_000));
        Path loaded = home.resolve("classes-2.log");

        Run stale;
        String holder;
        try {
            stale = run(HELP, "ASYNCLAB_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded);
        } finally {
            // the build of the cache again, for the cases after this one; run.sh keeps the stamp it computed
            Files.setLastModifiedTime(jar, built);
            Files.deleteIfExists(repo.resolve("target/.startup-stamp"));
            holder = Files.readString(lock.resolve("pid"));
            Files.delete(lock.resolve("pid"));
            Files.delete(lock);
        }

        assertThat(Files.readString(loaded)).doesNotContain("org.asynclab.Launcher source: shared objects file");
        assertThat(stale.out()).isEqualTo(uncached().out());
        assertThat(stale.err()).isEmpty();
        assertThat(holder).as("the lock of the training under way")
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        assertThat(caches()).isEqualTo(before);
        assertThat(repo.resolve("target/aot/training.log")).as("a training started in the background writes it anew")
                .hasContent(trainingLog);
    }

    @Test
    @Order(4)
    @Execution(ExecutionMode.SAME_THREAD)
    void aBrokenCacheIsIgnoredAndChangesNothingPrinted() throws Exception {
        Path cache = caches().get(0);
        Files.writeString(cache, "not a cache");

        Run broken = run(HELP);

        assertThat(broken.out()).isEqualTo(uncached().out());
        assertThat(broken.err()).isEmpty();
        assertThat(broken.exit()).isZero();
    }

    @Test
    @Order(5)
    @Execution(ExecutionMode.SAME_THREAD)
    void theCommandLineWritesJsonAloneToStdoutWithAMissingAFreshAndABrokenClassArchive() throws Exception {
        List<String> headless = List.of("--headless", "-n", "3", "-d", "0", "--seed", "1", "--json", "-");

        Run missing = run(headless); // the first start writes the archive as it exits
        Run mapped = run(headless);
        try (Stream<Path> archives = Files.list(repo.resolve("target/cds"))) {
            for (Path archive : archives.toList()) {
                byte[] bytes = Files.readAllBytes(archive);
                Files.write(archive, Arrays.copyOf(bytes, bytes.length / 3)); // a start killed mid-write
            }
        }
        Run broken = run(headless);

        for (Run each : List.of(missing, mapped, broken)) {
            assertThat(each.exit()).as(each.err()).isZero();
            Map<String, Object> json = JSON.std.mapFrom(each.out());
            assertThat(json).containsKeys("config", "summary");
            assertThat(each.out().strip()).startsWith("{").endsWith("}");
        }
        assertThat(mapped.out()).contains("\"tasks\":3");
    }

    /** On a build of its own (the others' starts must keep their cache), without a cache to make. */
    @Test
    @Order(6)
    void javaFxsNativeLibrariesSitBesideItsJarsAndFollowANewJar(@TempDir Path build) throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the Linux jars' libraries");
        copyTheBuild(build);
        Path glass = build.resolve("target/lib/libglass.so");

        Run first = run(build, HELP, "ASYNCLAB_STARTUP_CACHE", "off");
        Path graphics;
        try (Stream<Path> jars = Files.list(build.resolve("target/lib"))) {
            graphics = jars.filter(jar -> jar.getFileName().toString().matches("javafx-graphics-.*-linux\\.jar"))
                    .findFirst().orElseThrow();
        }
        assertThat(glass).as("taken out at the first start").isRegularFile();
        Files.delete(glass);
        Files.setLastModifiedTime(graphics, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run next = run(build, HELP, "ASYNCLAB_STARTUP_CACHE", "off");

        assertThat(glass).as("taken out of the newer jar again").isRegularFile();
        assertThat(next.out()).isEqualTo(first.out()).contains("--tasks");
        assertThat(next.err()).isEqualTo(first.err());
        try (Stream<Path> left = Files.list(build.resolve("target/lib"))) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".natives"));
        }
    }

    /** run.sh, its scripts, the app's classes as its jar and the libraries of the test's class path, in {@code to}. */
    static void copyTheBuild(Path to) throws IOException {
        Files.copy(Path.of("run.sh"), to.resolve("run.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        Path scripts = Files.createDirectories(to.resolve("src/package"));
        for (String script : List.of("train-startup.sh", "jvm-options", "utf8-locale.sh", "start-picture.sh")) {
            Files.copy(Path.of("src/package", script), scripts.resolve(script), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path lib = Files.createDirectories(to.resolve("target/lib"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                Files.copy(path, lib.resolve(path.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        jar(Path.of("target/classes"), to.resolve("target/asynclab.jar"));
    }

    /** What a window start without the cache prints: the same for every build, so one start serves each case. */
    private static synchronized Run uncached() throws IOException, InterruptedException {
        if (uncached == null) {
            uncached = run(HELP, "ASYNCLAB_STARTUP_CACHE", "off");
        }
        return uncached;
    }

    /** The window caches in target/aot. */
    private static List<Path> caches() throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve("target/aot"))) {
            return files.filter(file -> file.getFileName().toString().matches("window-\\d+\\.aot")).toList();
        }
    }

    /** Waits until the training a start began in the background has made its cache, or failed. */
    private static void awaitBackgroundTraining() throws IOException, InterruptedException {
        Path aot = repo.resolve("target/aot");
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
        while (System.nanoTime() < until
                && (Files.exists(aot.resolve("training")) || caches().isEmpty() && !failed())) {
            Thread.sleep(200);
        }
        assertThat(aot.resolve("training")).as("the background training ended").doesNotExist();
    }

    private static boolean failed() throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve("target/aot"))) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".failed"));
        }
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs the copy's run.sh with {@code args} and the environment pairs {@code env}, without a display. */
    private static Run run(List<String> args, String... env) throws IOException, InterruptedException {
        return run(repo, args, env);
    }

    /** Runs the run.sh of the copy in {@code build} with {@code args} and the environment pairs {@code env}. */
    private static Run run(Path build, List<String> args, String... env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(build.resolve("run.sh").toString()));
        command.addAll(args);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("DISPLAY");
        environment.remove("ASYNCLAB_JAVA_OPTS");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        environment.put("PATH", atFullPriority() + File.pathSeparator + environment.getOrDefault("PATH", ""));
        for (int i = 0; i + 1 < env.length; i += 2) {
            environment.put(env[i], env[i + 1]);
        }
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("run.sh " + args + " did not end");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * A folder whose {@code nice} and {@code ionice} run their command as it is. run.sh makes the cache at the
     * lowest priority, and beside busy processes of normal priority (two busy loops next to the suite, load 8-23)
     * the training got no CPU: no window in its 300 s, in each of two loaded suites. This class checks what the
     * cache changes, not how politely it is made.
     */
    private static Path atFullPriority() throws IOException {
        Path bin = home.resolve("full-priority");
        if (!Files.isDirectory(bin)) {
            Files.createDirectories(bin);
            for (String tool : List.of("nice", "ionice")) {
                Path script = bin.resolve(tool);
                Files.writeString(script, "#!/bin/sh\n# " + tool + " without a priority: runs its command as it is\n"
                        + "while [ \"${1#-}\" != \"$1\" ]; do shift 2; done\nexec \"$@\"\n");
                if (!script.toFile().setExecutable(true)) {
                    throw new IOException("cannot make " + script + " executable");
                }
            }
        }
        return bin;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(classes)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        assertThat(Files.size(jar)).isPositive();
        assertThat(new String(Files.readAllBytes(jar), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }
}
