package org.asynclab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * run.sh under the C locale (LANG unset, as over ssh or in cron), on a copy of the build: a file named with an accent
 * is written where the user stands. The JVM reads file names in the locale's character set, and under C it refused
 * {@code --json résultat.json} as "not a valid file name".
 */
@Execution(ExecutionMode.CONCURRENT)
class RunShLocaleTest {
    @TempDir
    Path dir;

    @Test
    void aFileNamedWithAnAccentIsWrittenUnderTheCLocale() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "this JVM cannot name the file itself");
        Path build = Files.createDirectories(dir.resolve("build"));
        StartupCacheTest.copyTheBuild(build);
        Path here = Files.createDirectories(dir.resolve("cours"));
        Path err = dir.resolve("err.txt");

        ProcessBuilder builder = new ProcessBuilder(List.of(build.resolve("run.sh").toString(), "--headless", "-n",
                "2", "-d", "0", "--seed", "1", "--json", "résultat.json"))
                .directory(here.toFile()).redirectErrorStream(true).redirectOutput(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        environment.put("LC_ALL", "C");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("HOME", dir.toString());
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        environment.put("ASYNCLAB_CDS", "off");
        environment.remove("ASYNCLAB_JAVA_OPTS");
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String said = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(said).isZero();
        assertThat(said).contains("wrote résultat.json");
        assertThat(here.resolve("résultat.json")).isNotEmptyFile();
    }
}
