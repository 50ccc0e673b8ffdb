package org.asynclab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * src/package/linux/deb-times.sh on a small .deb made by dpkg-deb, laid out as jpackage lays out AsyncLab's: the
 * installed app maps its start-up cache only if its jars carry the times they had when the cache was made, and
 * jpackage's copy into the .deb gives them the time of the copy (every installed AsyncLab started without its
 * cache, and said so on standard error, until package.sh ran this script).
 */
@Execution(ExecutionMode.CONCURRENT)
class DebTimesTest {
    private static final Instant TRAINED = Instant.parse("2026-01-02T03:04:05Z");
    private static final Instant COPIED = Instant.parse("2026-06-07T08:09:10Z");

    @TempDir
    Path dir;

    @Test
    void theDebsFilesTakeTheImagesTimesAndTheRestIsLeftAsItIs() throws Exception {
        assumeTrue(onPath("dpkg-deb") && onPath("fakeroot"), "needs dpkg-deb and fakeroot, as a .deb does");
        Path image = dir.resolve("image");
        file(image.resolve("bin/AsyncLab"), "launcher", TRAINED);
        file(image.resolve("lib/app/asynclab.jar"), "app", TRAINED);
        file(image.resolve("lib/app/lib/javafx-base.jar"), "fx", TRAINED);
        file(image.resolve("lib/app/asynclab.aot"), "cache", TRAINED);
        Path root = dir.resolve("root");
        file(root.resolve("DEBIAN/control"), "Package: asynclab\nVersion: 1.0.0\nArchitecture: all\n"
                + "Maintainer: AsyncLab <nobody@example.org>\nDescription: a test\n", COPIED);
        Path opt = root.resolve("opt/asynclab");
        file(opt.resolve("bin/AsyncLab"), "launcher", COPIED);
        file(opt.resolve("lib/app/asynclab.jar"), "app", COPIED);
        file(opt.resolve("lib/app/lib/javafx-base.jar"), "fx", COPIED);
        file(opt.resolve("lib/app/asynclab.aot"), "cache", COPIED);
        file(opt.resolve("lib/asynclab-AsyncLab.desktop"), "[Desktop Entry]\n", COPIED); // not in the image
        Path deb = dir.resolve("asynclab.deb");
        run("fakeroot", "dpkg-deb", "-b", root.toString(), deb.toString());

        run("src/package/linux/deb-times.sh", deb.toString(), image.toString());

        Path installed = dir.resolve("installed");
        run("dpkg-deb", "-x", deb.toString(), installed.toString());
        Path app = installed.resolve("opt/asynclab");
        for (String each : List.of("bin/AsyncLab", "lib/app/asynclab.jar", "lib/app/lib/javafx-base.jar",
                "lib/app/asynclab.aot")) {
            assertThat(Files.getLastModifiedTime(app.resolve(each)).toInstant()).as(each).isEqualTo(TRAINED);
        }
        assertThat(Files.getLastModifiedTime(app.resolve("lib/asynclab-AsyncLab.desktop")).toInstant())
                .isEqualTo(COPIED);
        assertThat(app.resolve("lib/app/asynclab.jar")).hasContent("app");
        String listing = run("dpkg-deb", "-c", deb.toString());
        assertThat(listing.lines()).allMatch(line -> line.contains(" root/root "), "every file root's");
    }

    @Test
    void aDebWithoutTheImagesLauncherIsRefusedAndLeftAsItWas() throws Exception {
        assumeTrue(onPath("dpkg-deb") && onPath("fakeroot"), "needs dpkg-deb and fakeroot, as a .deb does");
        Path image = dir.resolve("image");
        file(image.resolve("bin/AsyncLab"), "launcher", TRAINED);
        Path root = dir.resolve("root");
        file(root.resolve("DEBIAN/control"), "Package: other\nVersion: 1\nArchitecture: all\n"
                + "Maintainer: AsyncLab <nobody@example.org>\nDescription: a test\n", COPIED);
        file(root.resolve("usr/share/other/readme"), "other", COPIED);
        Path deb = dir.resolve("other.deb");
        run("fakeroot", "dpkg-deb", "-b", root.toString(), deb.toString());
        byte[] before = Files.readAllBytes(deb);

        Process refused = new ProcessBuilder("src/package/linux/deb-times.sh", deb.toString(), image.toString())
                .redirectErrorStream(true).start();
        String said = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(1);
        assertThat(said).contains("holds no bin/AsyncLab");
        assertThat(Files.readAllBytes(deb)).isEqualTo(before);
    }

    private static void file(Path path, String content, Instant time) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        Files.setLastModifiedTime(path, FileTime.from(time));
    }

    private static boolean onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command}, which must succeed; what it printed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
        return output;
    }
}
