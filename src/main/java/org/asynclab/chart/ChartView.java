package org.asynclab.chart;

import java.util.Locale;

/** What a row of the chart is. */
public enum ChartView {
    /** One row per task, labelled with its number and delay. */
    TASKS("tasks"),
    /** One row per thread (lane); tasks that overlap on a thread are stacked inside its row. */
    THREADS("threads");

    private final String id;

    ChartView(String id) {
        this.id = id;
    }

    /** The name used on the command line. */
    public String id() {
        return id;
    }

    /**
     * Parses {@code tasks} or {@code threads} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the valid values otherwise
     */
    public static ChartView fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ChartView v : values()) {
            if (v.id.equals(wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + id + "' (valid: tasks, threads)");
    }

    @Override
    public String toString() {
        return id;
    }
}
