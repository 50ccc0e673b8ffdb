package org.asynclab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.asynclab.engine.ResourceSample;
import org.asynclab.model.RunResult;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
    private final ComparisonTable table = new ComparisonTable(UiText.forLocale(Locale.ENGLISH));

    @Test
    void aComparisonHasAColumnPerRunAndTheirRatioForEveryFigure() {
        // given a sequential run and an event-loop run of the same delays
        RunResult sequential = Recordings.sequential(0.25, 0.75);
        RunResult eventLoop = Recordings.eventLoop(0.25, 0.75);

        // when both end, the JVM having 20 and then 40 threads at its peak
        table.begin(sequential.config(), eventLoop.config());
        table.settle(0, sequential, new ResourceSample(10, 20, 2_000_000, ResourceSample.UNKNOWN));
        table.settle(1, eventLoop, new ResourceSample(10, 40, 1_000_000, ResourceSample.UNKNOWN));

        // then each run has its column, the ratio is the first over the second, and its heading says so (a bare
        // "ratio" of 0.34× under "Pool: 3.0× faster" had no direction)
        assertThat(table.columnsProperty().get()).containsExactly("Sequential", "Event loop",
                "left\n÷ right");
        assertThat(table.namesProperty().get()).endsWith("Sequential ÷ Event loop");
        ComparisonTable french = new ComparisonTable(UiText.forLocale(Locale.FRENCH));
        french.begin(sequential.config(), eventLoop.config());
        assertThat(french.columnsProperty().get()).endsWith("gauche\n÷ droite");
        List<ComparisonTable.Row> rows = table.rowsProperty().get();
        assertThat(rows).extracting(ComparisonTable.Row::name).containsExactly("Total", "Average (total ÷ n)",
                "Ideal for this mode", "Overhead (total − ideal)", "Speedup (sum ÷ total)", "Peak concurrency",
                "Threads used", "Peak threads (JVM)", "Heap in use");
        assertThat(rows.get(0).cells()).containsExactly("1.00\u00a0s", "750\u00a0ms", "1.3×");
        assertThat(rows.get(1).cells()).containsExactly("500\u00a0ms", "375\u00a0ms", "1.3×");
        assertThat(rows.get(7).cells()).containsExactly("20", "40", "0.50×");
        assertThat(rows.get(8).cells()).containsExactly("2.00\u00a0MB", "1.00\u00a0MB", "2.0×");
    }

    @Test
    void aRatioFarFromOneKeepsTwoDigitsThatMeanSomething() {
        RunResult sequential = Recordings.sequential(0.25, 0.75);
        RunResult eventLoop = Recordings.eventLoop(0.25, 0.75);
        table.begin(sequential.config(), eventLoop.config());
        table.settle(0, sequential, new ResourceSample(1, 4, 2_000_000, ResourceSample.UNKNOWN));
        table.settle(1, eventLoop, new ResourceSample(1, 20_000, 1_000_000, ResourceSample.UNKNOWN));
        // "0.00×" said the first run had none of the second's threads
        assertThat(table.rowsProperty().get().get(7).cells()).containsExactly("4", "20,000", "0.00020×");

        table.settle(0, sequential, new ResourceSample(1, 20_000, 2_000_000, ResourceSample.UNKNOWN));
        table.settle(1, eventLoop, new ResourceSample(1, 2, 1_000_000, ResourceSample.UNKNOWN));
        assertThat(table.rowsProperty().get().get(7).cells()).containsExactly("20,000", "2", "10,000×");

        // a ratio a hair under one reads as one a hair over it does
        table.settle(0, sequential, new ResourceSample(1, 998, 2_000_000, ResourceSample.UNKNOWN));
        table.settle(1, eventLoop, new ResourceSample(1, 1_000, 1_000_000, ResourceSample.UNKNOWN));
        assertThat(table.rowsProperty().get().get(7).cells()).containsExactly("998", "1,000", "1.0×");
    }

    @Test
    void aRunNotEndedYetShowsDashesAndOutsideAComparisonTheTableIsEmpty() {
        RunResult sequential = Recordings.sequential(0.25, 0.75);
        table.begin(sequential.config(), Recordings.eventLoop(0.25, 0.75).config());
        table.settle(0, sequential, null);

        assertThat(table.rowsProperty().get().get(0).cells()).containsExactly("1.00\u00a0s", "—", "—");
        assertThat(table.rowsProperty().get().get(7).cells()).containsExactly("—", "—", "—");

        table.clear();
        table.settle(1, sequential, null);
        assertThat(table.columnsProperty().get()).isEmpty();
        assertThat(table.rowsProperty().get()).isEmpty();
    }
}
