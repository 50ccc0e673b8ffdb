package org.asynclab.ui.results;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.asynclab.ui.common.UiText;

/**
 * The results folded to a strip under the chart, while the code panel takes the side of the stage: a single run's
 * total, average and progress on one line; in a comparison both runs' totals and averages and the totals' ratio,
 * read off the same table the results panel shows. The panel's other figures wait until the code closes.
 */
public final class ResultsStrip {
    private static final String NONE = "—";

    private final ResultsViewModel results;
    private final ComparisonTable table;
    private final UiText text;
    private final StringBinding line;

    /** The strip of {@code results}, or of {@code table} while it has a comparison, worded by {@code text}. */
    public ResultsStrip(ResultsViewModel results, ComparisonTable table, UiText text) {
        this.results = results;
        this.table = table;
        this.text = text;
        this.line = Bindings.createStringBinding(this::compose, results.totalProperty(), results.averageProperty(),
                results.progressProperty(), table.columnsProperty(), table.rowsProperty());
    }

    /** The strip's text: one line for a single run, two (total, average) for a comparison. */
    public StringBinding textProperty() {
        return line;
    }

    private String compose() {
        List<String> columns = table.columnsProperty().get();
        if (columns.size() < ComparisonTable.RUNS + 1) {
            return text.format("results.strip.single", results.totalProperty().get(),
                    results.averageProperty().get(), results.progressProperty().get());
        }
        return pair("results.total", "results.strip.total", columns) + "\n"
                + pair("results.average", "results.strip.average", columns);
    }

    /** "Total: Pool 2.61 s · Threads 1.02 s (2.6×)" from the table's row named by {@code rowKey}. */
    private String pair(String rowKey, String key, List<String> columns) {
        String name = text.get(rowKey);
        List<String> cells = table.rowsProperty().get().stream().filter(row -> row.name().equals(name))
                .findFirst().map(ComparisonTable.Row::cells).orElse(List.of(NONE, NONE, NONE));
        return text.format(key, columns.get(0), cells.get(0), columns.get(1), cells.get(1), cells.get(2));
    }
}
