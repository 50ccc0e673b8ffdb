package org.asynclab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.asynclab.model.Mode;
import org.junit.jupiter.api.Test;

class BenchArgsTest {
    private static final Set<String> VALUED = Set.of("sizes", "runs", "max-delay", "modes");
    private static final Set<String> FLAGS = Set.of("no-python");

    @Test
    void optionsAreReadWithTheirDefaults() {
        BenchArgs args = new BenchArgs(new String[] {"--sizes", "10000,1_000_000", "--no-python"}, VALUED, FLAGS);

        assertThat(args.numbers("sizes", List.of(), 1, 1_000_000)).containsExactly(10_000L, 1_000_000L);
        assertThat(args.number("runs", 5, 1, 100)).isEqualTo(5);
        assertThat(args.seconds("max-delay", 1.0, 0, 60)).isEqualTo(1.0);
        assertThat(args.list("modes", List.of("event-loop"))).containsExactly("event-loop");
        assertThat(args.has("no-python")).isTrue();
    }

    @Test
    void badOptionsAreNamedWithWhatTheyTake() {
        assertThatThrownBy(() -> new BenchArgs(new String[] {"--bogus"}, VALUED, FLAGS))
                .hasMessageContaining("unknown option '--bogus'").hasMessageContaining("--runs VALUE");
        assertThatThrownBy(() -> new BenchArgs(new String[] {"--runs"}, VALUED, FLAGS))
                .hasMessageContaining("--runs needs a value");
        assertThatThrownBy(() -> new BenchArgs(new String[] {"--runs", "0"}, VALUED, FLAGS).number("runs", 5, 1, 100))
                .hasMessageContaining("--runs must be a whole number from 1 to 100 (got '0')");
        assertThatThrownBy(() -> new BenchArgs(new String[] {"--sizes", "10,x"}, VALUED, FLAGS)
                .numbers("sizes", List.of(), 1, 1_000_000)).hasMessageContaining("--sizes must be a whole number");
        assertThatThrownBy(() -> new BenchArgs(new String[] {"--max-delay", "-1"}, VALUED, FLAGS)
                .seconds("max-delay", 1, 0, 60)).hasMessageContaining("--max-delay must be a number of seconds");
    }

    @Test
    void theMedianIsTheMiddleValue() {
        assertThat(EngineBenchmark.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(EngineBenchmark.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(EngineBenchmark.seconds(0.0123)).isEqualTo("12.3 ms");
        assertThat(EngineBenchmark.seconds(2.5)).isEqualTo("2.50 s");
        assertThat(EngineBenchmark.seconds(Double.NaN)).isEqualTo("-");
    }

    @Test
    void theTableComparesEachModeWithAsyncioAndChecksTheTargets() {
        BenchTable table = new BenchTable(List.of(Mode.EVENT_LOOP, Mode.VIRTUAL), List.of(100_000, 1_000_000),
                List.of(new double[] {0.01, 0.5, 2.0}, new double[] {0.2, 12.0, Double.NaN}));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("100,000").contains("0.5 %").contains("25.0 %")
                .contains("event-loop <= 10 % of asyncio's overhead: 0.5 % -> met")
                .contains("virtual <= 25 % of asyncio's overhead: 25.0 % -> met")
                .contains("n=10^6 event-loop overhead <= 1 s: 200.0 ms -> met");
    }
}
