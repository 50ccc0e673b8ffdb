package org.asynclab.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.asynclab.engine.ResourceSample;
import org.asynclab.engine.RunHandle;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.model.Phase;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.TwoWorlds;
import org.asynclab.ui.common.UiText;

/**
 * The results of a comparison side by side: one column per run and their ratio, figure by figure (total,
 * average, ideal, overhead, speedup, peak concurrency, threads used, JVM threads, heap), so the class reads both
 * totals, both averages and both thread counts at once. Empty outside a comparison.
 */
public final class ComparisonTable {
    /** The number of runs a comparison has. */
    public static final int RUNS = 2;
    private static final String NONE = "—";

    /**
     * One line of the table.
     *
     * @param name  the figure's name
     * @param cells its value in each run, then the first divided by the second
     */
    public record Row(String name, List<String> cells) {
    }

    /** One figure: its name's key, how to read it and how to word it. */
    private record Figure(String key, ToDoubleFunction<Measured> value, Kind kind) {
    }

    private enum Kind { DURATION, COUNT, TIMES, BYTES }

    private record Measured(RunSummary summary, ResourceSample sample) {
    }

    /** The total: a stopped run's is worded as the time it stopped after. */
    private static final Figure TOTAL = new Figure("results.total", m -> m.summary().totalSeconds(), Kind.DURATION);

    private static final List<Figure> FIGURES = List.of(TOTAL,
            new Figure("results.average", m -> m.summary().averageSeconds(), Kind.DURATION),
            new Figure("results.ideal", m -> m.summary().idealSeconds(), Kind.DURATION),
            new Figure("results.overhead", m -> m.summary().overheadSeconds(), Kind.DURATION),
            new Figure("results.speedup", m -> m.summary().speedup(), Kind.TIMES),
            new Figure("results.peak", m -> m.summary().peakConcurrency(), Kind.COUNT),
            new Figure("results.threads", m -> m.summary().threadsUsed(), Kind.COUNT),
            new Figure("results.peakThreads", m -> m.sample() == null ? Double.NaN : m.sample().peakThreads(),
                    Kind.COUNT),
            new Figure("results.heap", m -> m.sample() == null ? Double.NaN : m.sample().heapUsedBytes(),
                    Kind.BYTES));

    private final ReadOnlyObjectWrapper<List<String>> columns = new ReadOnlyObjectWrapper<>(this, "columns",
            List.of());
    private final ReadOnlyObjectWrapper<List<String>> names = new ReadOnlyObjectWrapper<>(this, "names", List.of());
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final UiText text;
    private final Measured[] measured = new Measured[RUNS];
    /** The runs themselves, for the course's rows (shared counter, deadline, lock wait). */
    private final RunResult[] runs = new RunResult[RUNS];
    private final CourseFigures course;
    private final RunTitles titles;
    private final TwoWorlds worlds;

    /** An empty table worded by {@code text}. */
    public ComparisonTable(UiText text) {
        this.text = text;
        this.course = new CourseFigures(text);
        this.titles = new RunTitles(text);
        this.worlds = new TwoWorlds(text);
    }

    /** Not a comparison: no columns, no rows. */
    public void clear() {
        measured[0] = null;
        measured[1] = null;
        runs[0] = null;
        runs[1] = null;
        columns.set(List.of());
        names.set(List.of());
        rows.set(List.of());
    }

    /** A comparison begins: its two columns, every figure a dash until its run ends. */
    public void begin(RunConfig first, RunConfig second) {
        begin(List.of(titles.columnInOrder(first, second, 1), titles.columnInOrder(second, first, 2)),
                List.of(titles.inOrder(titles.name(first, second), first, second, 1),
                        titles.inOrder(titles.name(second, first), second, first, 2)));
    }

    /**
     * A Python program's run beside a Java mode's (issue 11, two worlds): columns headed "Python" and "Java", their
     * full names ("Python · two-worlds.py") in the tooltips.
     */
    public void beginProgramBeside(String file, RunConfig java) {
        begin(List.of(text.get("twoworlds.column.python"), text.get("twoworlds.column.java")),
                List.of(worlds.pythonName(file), worlds.javaName(java)));
    }

    /** Begins with the columns' short headings and their full names (the headings' tooltips). */
    private void begin(List<String> headings, List<String> fullNames) {
        clear();
        // The ratio says which run it divides by which ("ratio (left ÷ right)", the names in its tooltip): "ratio
        // 0.34×" under a headline "Threads: 3.0× faster" read as a contradiction. Short words: the runs' names
        // there ("Pool ÷ Boucle d’événements") widened the panel past a 1024 px window.
        String ratio = text.get("results.table.ratioLeftRight");
        columns.set(List.of(headings.get(0), headings.get(1), ratio));
        names.set(List.of(fullNames.get(0), fullNames.get(1), text.format("results.table.ratioOf", fullNames.get(0),
                fullNames.get(1))));
        refresh();
    }

    /**
     * A run's live handle, its first: a comparison's columns (a Python program beside Java as two worlds), none for a
     * single run.
     */
    public void follow(RunHandle handle, RunConfig second) {
        if (second == null) {
            clear();
        } else if (handle instanceof PythonRun program) {
            beginProgramBeside(program.settings().file().toString(), second);
        } else {
            begin(handle.config(), second);
        }
    }

    /**
     * {@link #settle} with the figures sampled {@code now} but the sequence's {@code peak} threads, counted from the
     * run's start to its end: read when the run ended, the JVM's count already held the next run's threads (a pool of
     * 4 workers said 35).
     */
    public void settle(int slot, RunResult result, ResourceSample now, ResourceSample peak) {
        settle(slot, result, now == null || peak == null ? now
                : new ResourceSample(now.liveThreads(), peak.peakThreads(), now.heapUsedBytes(), now.residentBytes()));
    }

    /** The run of {@code slot} (0 first, 1 second) ended with these figures; the JVM's when it ended. */
    public void settle(int slot, RunResult result, ResourceSample sample) {
        if (columns.get().isEmpty()) {
            return;
        }
        measured[slot] = new Measured(result.summary(), sample);
        runs[slot] = result;
        refresh();
    }

    private void refresh() {
        List<Row> out = new ArrayList<>();
        // The course's rows come first: in the race lesson the final count is the point, not the total.
        courseRows(out);
        // A run stopped before its tasks ended has figures up to its stop: divided by a finished run's, "6.0×" read
        // as if both had run to the end. No ratio then, and the stopped run's total says that it stopped.
        boolean divisible = runs[0] == null || runs[1] == null || runs[0].comparableWith(runs[1]);
        for (Figure figure : FIGURES) {
            double a = value(figure, 0);
            double b = value(figure, 1);
            double ratio = !divisible || Double.isNaN(a) || Double.isNaN(b) || b == 0 ? Double.NaN : a / b;
            out.add(new Row(text.get(figure.key()), List.of(cell(figure, 0, a), cell(figure, 1, b), times(ratio))));
        }
        rows.set(List.copyOf(out));
    }

    /** The figure's {@code value} in the run of {@code slot}: a stopped run's total is when it stopped. */
    private String cell(Figure figure, int slot, double value) {
        boolean stopped = figure == TOTAL && runs[slot] != null && runs[slot].cancelled();
        return stopped && !Double.isNaN(value) ? text.format("results.total.stopped", text.duration(value))
                : word(figure.kind(), value);
    }

    // --- issue 12 (branch courseui): the course's rows, when either run has them --------------------------------

    /** Final count, lock wait and cancelled tasks, each only when one of the runs had a counter, a lock, a deadline. */
    private void courseRows(List<Row> out) {
        if (any(r -> r.counterTally() != null)) {
            out.add(courseRow("results.finalCount", course::finalCount));
        }
        if (any(CourseFigures::waitsForALock)) {
            out.add(courseRow("results.lockWait", r -> CourseFigures.waitsForALock(r)
                    ? text.duration((r.phaseNanos(Phase.LOCK_WAIT)
                            + r.phaseNanos(Phase.SEMAPHORE_WAIT)) / 1e9) : ""));
        }
        if (any(r -> r.config().coordination().hasDeadline())) {
            out.add(courseRow("results.cancelled", r -> r.config().coordination().hasDeadline()
                    ? course.cancelledOf(r) : ""));
        }
    }

    private boolean any(Predicate<RunResult> has) {
        return (runs[0] != null && has.test(runs[0])) || (runs[1] != null && has.test(runs[1]));
    }

    /** A row whose cells are words, not ratios: "121 of 500" beside "500 of 500". */
    private Row courseRow(String key, Function<RunResult, String> word) {
        List<String> cells = new ArrayList<>();
        for (RunResult run : runs) {
            String value = run == null ? "" : word.apply(run);
            cells.add(value.isEmpty() ? NONE : value);
        }
        cells.add(NONE);
        return new Row(text.get(key), List.copyOf(cells));
    }

    private double value(Figure figure, int slot) {
        return measured[slot] == null ? Double.NaN : figure.value().applyAsDouble(measured[slot]);
    }

    private String word(Kind kind, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        return switch (kind) {
            case DURATION -> text.duration(value);
            case COUNT -> text.integer(Math.round(value));
            case TIMES -> times(value);
            case BYTES -> text.memory(value);
        };
    }

    private String times(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return NONE;
        }
        // Two significant digits under 1 ("0.0018×", where two decimals wrote "0.00×"), none from 100 on
        // ("10,000×", not "10,000.0×"), one between.
        double abs = Math.abs(ratio);
        // (0.998 reads "1.0×" as 1.002 does, not "1.00×" beside it)
        int decimals = abs >= 100 ? 0 : abs >= 0.995 || abs == 0 ? 1
                : Math.max(2, 1 - (int) Math.floor(Math.log10(abs)));
        return text.format("results.times", text.decimal(ratio, decimals));
    }

    /** What the table shows, for its tooltip: both runs, and the first divided by the second. */
    public String explanation() {
        return text.get("tooltip.results.table");
    }

    /** The runs' names and the ratio's ("ratio (left ÷ right)"); empty outside a comparison. */
    public ReadOnlyObjectProperty<List<String>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** The runs' full names ("Event loop · shared counter, await"), then the ratio's ("await ÷ lock"): tooltips. */
    public ReadOnlyObjectProperty<List<String>> namesProperty() {
        return names.getReadOnlyProperty();
    }

    /** A row per figure; empty outside a comparison. */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }
}
