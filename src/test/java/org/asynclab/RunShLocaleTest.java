package org.asynclab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * run.sh under the C locale (LANG unset, as over ssh or in cron) and under a UTF-8 locale the system lacks, on a copy
 * of the build: a file named with an accent is written where the user stands. The JVM reads file names in the
 * locale's character set, and under C it refused {@code --json résultat.json} as "not a valid file name".
 */
@Execution(ExecutionMode.CONCURRENT)
class RunShLocaleTest {
    @TempDir
    Path dir;

    @Test
    void aFileNamedWithAnAccentIsWrittenUnderTheCLocale() throws Exception {
        String said = runWithLocale("LC_ALL", "C", "--json", "résultat.json");

        assertThat(said).contains("wrote résultat.json");
        assertThat(dir.resolve("cours/résultat.json")).isNotEmptyFile();
    }

    /**
     * A UTF-8 locale the system does not have leaves every program in C, ASCII: run.sh gives the JVM C.UTF-8, and
     * the verdict's "×" and an accented file name come out whole (before: "2.00?", and the name refused).
     */
    @Test
    void underAUtf8LocaleTheSystemDoesNotHaveTheVerdictAndAccentedNamesStayWhole() throws Exception {
        String said = runWithLocale("LANG", "fr_ZZ.UTF-8", "--compare", "threads", "--json", "résultat.json");

        assertThat(said).containsPattern("ratio of totals: .*\\(\\w[\\w ]*: [0-9.]+× faster than")
                .contains("wrote résultat.json");
        assertThat(dir.resolve("cours/résultat.json")).isNotEmptyFile();
    }

    /** Runs run.sh --headless on a copy of the build under the locale {@code name=value} alone; its output. */
    private String runWithLocale(String name, String value, String... more) throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "this JVM cannot name the file itself");
        Path build = Files.createDirectories(dir.resolve("build"));
        StartupCacheTest.copyTheBuild(build);
        Path here = Files.createDirectories(dir.resolve("cours"));
        Path err = dir.resolve("err.txt");

        List<String> command = new ArrayList<>(List.of(build.resolve("run.sh").toString(), "--headless", "-n", "2",
                "-d", "0", "--seed", "1"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(here.toFile()).redirectErrorStream(true).redirectOutput(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(each -> each.equals("LANG") || each.startsWith("LC_"));
        environment.put(name, value);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("HOME", dir.toString());
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        environment.put("ASYNCLAB_CDS", "off");
        environment.remove("ASYNCLAB_JAVA_OPTS");
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String said = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(said).isZero();
        return said;
    }
}
