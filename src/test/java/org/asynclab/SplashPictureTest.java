package org.asynclab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asynclab.ui.SplashPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The picture shown from a start's first milliseconds until the window's first frames (src/package/splash): the JVM
 * shows it, at its size, on a real X display (Xvfb); the app closes it only where the launcher said it asked for it;
 * run.sh asks for it for a window's start, not for the command line or the help.
 */
@Execution(ExecutionMode.CONCURRENT)
class SplashPictureTest {
    private static final long TIMEOUT_SECONDS = 120;
    private static final Path PICTURE = Path.of("src/package/splash/splash.png");

    @TempDir
    Path dir;

    @Test
    void theJvmShowsThePictureAndTheAppClosesItWhereTheLauncherAskedForIt() throws Exception {
        assumeTrue(onPath("Xvfb"), "needs Xvfb, a display to show the picture on");
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten",
                "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = ":" + new String(readLine(xvfb), StandardCharsets.US_ASCII).strip();

            assertThat(probe(display, true)).isEqualTo("shown 560x240, then closed: true");
            assertThat(probe(display, false)).as("not asked: left to the JVM").isEqualTo("shown 560x240, then"
                    + " closed: false");
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * run.sh's picture is the one shown above, asked for (the property set) for a window's start only
     * (src/package/start-picture.sh; the package smoke test checks the packaged app's launcher, which carries it).
     */
    @Test
    void runShAsksForThePictureForAWindowStartOnly() throws Exception {
        Matcher splash = Pattern.compile("start_picture \"\\$here/([^\"]+)\"").matcher(Files.readString(
                Path.of("run.sh")));
        assertThat(splash.find()).as("run.sh names its picture").isTrue();
        assertThat(Path.of(splash.group(1))).isEqualTo(PICTURE);

        Path build = Files.createDirectories(dir.resolve("build"));
        StartupCacheTest.copyTheBuild(build);
        assertThat(properties(build, "--tasks", "3")).contains(SplashPicture.ASKED + " = true");
        assertThat(properties(build, "--headless", "-n", "1", "-d", "0")).doesNotContain(SplashPicture.ASKED);
        assertThat(properties(build, "--tasks", "3", "--help")).doesNotContain(SplashPicture.ASKED);
    }

    /** What the probe says, on {@code display}, started with the picture and the property {@code asked} or not. */
    private static String probe(String display, boolean asked) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-splash:" + PICTURE.toAbsolutePath(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (asked) {
            command.add("-D" + SplashPicture.ASKED + "=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SplashProbe.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        return said;
    }

    /** The system properties of the copy's run.sh started with {@code args}, without a display or a cache. */
    private String properties(Path build, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(build.resolve("run.sh").toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("DISPLAY");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        environment.put("ASYNCLAB_STARTUP_CACHE", "off");
        environment.put("ASYNCLAB_JAVA_OPTS", "-XshowSettings:properties");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("run.sh " + List.of(args) + " did not end");
        }
        String said = Files.readString(err);
        assertThat(said).as("the JVM's settings printed").contains("java.home = ");
        return said;
    }

    private static byte[] readLine(Process process) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        for (int b = process.getInputStream().read(); b != -1 && b != '\n'; b = process.getInputStream().read()) {
            out.write(b);
        }
        return out.toByteArray();
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    /** Started with the picture: says its size as the JVM shows it, then whether the app's close closed it. */
    static final class SplashProbe {
        private SplashProbe() {
        }

        public static void main(String[] args) {
            java.awt.SplashScreen shown = java.awt.SplashScreen.getSplashScreen();
            String size = shown == null ? "nothing" : shown.getSize().width + "x" + shown.getSize().height;
            SplashPicture.close();
            System.out.println("shown " + size + ", then closed: " + (java.awt.SplashScreen.getSplashScreen() == null));
        }
    }
}
