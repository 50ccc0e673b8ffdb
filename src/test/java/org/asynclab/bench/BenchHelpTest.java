package org.asynclab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ./run.sh bench NAME --help}: every benchmark prints its options with meaning and range, and runs nothing. */
@ResourceLock(Resources.SYSTEM_OUT)
class BenchHelpTest {
    /** A benchmark's entry point. */
    @FunctionalInterface
    private interface Entry {
        void run(String[] args) throws Exception;
    }

    private static String printed(Entry bench, String... args) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            bench.run(args);
        } finally {
            System.setOut(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Entry named(String name) {
        return switch (name) {
            case "engine" -> EngineBenchmark::run;
            case "http" -> HttpBenchmark::run;
            case "chart" -> ChartBenchmark::run;
            case "python" -> PythonTracerBenchmark::run;
            case "startup" -> StartupBenchmark::run;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"engine", "http", "chart", "python", "startup"})
    void helpPrintsEveryOptionWithItsRangeAndRunsNothing(String name) throws Exception {
        String help = printed(named(name), "--help");

        assertThat(help).startsWith("Usage: ./run.sh bench " + name).contains("-h, --help")
                .containsPattern("[0-9] to [0-9,.]+")
                .containsPattern("\\(default [^)]+\\)").doesNotContain("unknown option");
        // Nothing was measured: the help is all it printed.
        assertThat(help.strip()).endsWith("Show this help and exit.");
        assertThat(printed(named(name), "-h")).isEqualTo(help);
    }

    @Test
    void theHelpNamesTheOptionsTheBenchmarkReads() {
        List<BenchArgs.Opt> options = List.of(BenchArgs.Opt.value("runs", "N", "Runs per figure, 1 to 9 (default 3)."),
                BenchArgs.Opt.flag("quick", "Fewer sizes."));

        String help = BenchArgs.help("demo", "Measures a demo.", options);

        assertThat(help).contains("--runs=N", "Runs per figure, 1 to 9 (default 3).", "--quick", "Fewer sizes.",
                "Measures a demo.");
        assertThat(BenchArgs.parse("demo", "", new String[] {"--runs=4", "--quick"}, options)).get()
                .satisfies(args -> assertThat(args.number("runs", 3, 1, 9)).isEqualTo(4))
                .satisfies(args -> assertThat(args.has("quick")).isTrue());
        assertThat(new BenchArgs(new String[] {"--runs=5"}, Set.of("runs"), Set.of()).number("runs", 3, 1, 9))
                .isEqualTo(5);
    }
}
