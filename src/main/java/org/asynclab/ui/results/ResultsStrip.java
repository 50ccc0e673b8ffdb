package org.asynclab.ui.results;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import org.asynclab.ui.common.UiText;

/**
 * The results folded to a strip under the chart, while the code panel takes the side of the stage: a single run's
 * total, average and progress on one line; in a comparison both runs' totals and averages and the totals' ratio,
 * read off the same table the results panel shows. A course lesson's own figure comes first (the race's final count,
 * the tasks a deadline cancelled): with the code open it is the lesson's point, and the strip is all that shows.
 * The panel's other figures wait until the code closes, but not the class's guess: typed before the run, its reveal
 * ("guess 3.500 s · measured 0.940 s · ideal 0.929 s") is the strip's last line, since with the code open the strip is
 * where the class looks for the answer. Under the figures, on a line of its own in the warning's colour, the
 * {@link MachineWarning} when other programs took the machine during the run.
 */
public final class ResultsStrip {
    private static final String NONE = "—";
    /** The table's rows that are the course's, in the order the strip gives them. */
    private static final List<String> COURSE_ROWS = List.of("results.finalCount", "results.cancelled");

    private final ResultsViewModel results;
    private final ComparisonTable table;
    private final ReadOnlyStringProperty guess;
    private final UiText text;
    private final StringBinding line;

    /**
     * The strip of {@code results}, or of {@code table} while it has a comparison, worded by {@code text}, and the
     * {@code guess} revealed after the run (empty without one).
     */
    public ResultsStrip(ResultsViewModel results, ComparisonTable table, ReadOnlyStringProperty guess, UiText text) {
        this.results = results;
        this.table = table;
        this.guess = guess;
        this.text = text;
        this.line = Bindings.createStringBinding(this::withGuess, results.totalProperty(),
                results.averageProperty(), results.progressProperty(), table.columnsProperty(), table.rowsProperty(),
                results.course().verdictProperty(), results.course().cancelledProperty(), guess);
    }

    /**
     * The strip's text: one line for a single run, two (total, average) for a comparison, then the guess's reveal
     * when the class typed one.
     */
    public StringBinding textProperty() {
        return line;
    }

    /** The line under the strip's figures when other programs took the machine during the run; empty otherwise. */
    public ReadOnlyStringProperty warningProperty() {
        return results.machine().lineProperty();
    }

    private String withGuess() {
        String figures = compose();
        return guess.get().isEmpty() ? figures : figures + '\n' + guess.get();
    }

    private String compose() {
        List<String> columns = table.columnsProperty().get();
        StringBuilder out = new StringBuilder();
        if (columns.size() < ComparisonTable.RUNS + 1) {
            CourseFigures course = results.course();
            course(out, "results.counter.name", course.verdictProperty().get());
            course(out, "results.cancelled", course.cancelledProperty().get());
            return out.append(text.format("results.strip.single", results.totalProperty().get(),
                    results.averageProperty().get(), results.progressProperty().get())).toString();
        }
        for (String key : COURSE_ROWS) {
            String name = text.get(key);
            table.rowsProperty().get().stream().filter(row -> row.name().equals(name)).findFirst()
                    .ifPresent(row -> out.append(text.format("results.strip.courseBoth", name, columns.get(0),
                            row.cells().get(0), columns.get(1), row.cells().get(1))).append('\n'));
        }
        return out.append(pair("results.total", "results.strip.total", columns)).append('\n')
                .append(pair("results.average", "results.strip.average", columns)).toString();
    }

    /** "Shared counter: expected 500, got 121 — 379 updates lost" on a line of its own, when the run has it. */
    private void course(StringBuilder out, String nameKey, String figure) {
        if (!figure.isEmpty()) {
            out.append(text.format("results.strip.course", text.get(nameKey), figure)).append('\n');
        }
    }

    /**
     * "Total: Pool 2.61 s · Threads 1.02 s (2.6×)" from the table's row named by {@code rowKey}; without the ratio
     * while there is none (a run going on, or stopped: "(—)" said nothing).
     */
    private String pair(String rowKey, String key, List<String> columns) {
        String name = text.get(rowKey);
        List<String> cells = table.rowsProperty().get().stream().filter(row -> row.name().equals(name))
                .findFirst().map(ComparisonTable.Row::cells).orElse(List.of(NONE, NONE, NONE));
        String both = text.format(key, columns.get(0), cells.get(0), columns.get(1), cells.get(1));
        return cells.get(2).equals(NONE) ? both : text.format("results.strip.ratio", both, cells.get(2));
    }
}
