package org.asynclab.chart.geometry;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One time axis for several charts, so that a comparison draws "1 s against 6 s" as lengths: every member shows
 * the same window of time over a plot of the same left edge and width, hence the same seconds per point. The
 * shared extent is the largest of the members' extents; the label column is the widest member's; the plot is the
 * narrowest member's. A zoom, pan or fit on one member moves them all.
 *
 * <pre>{@code
 * SharedTime time = new SharedTime();
 * chartA.setSharedTime(time);
 * chartB.setSharedTime(time);   // both now show the longer run's whole span
 * }</pre>
 *
 * <p>Pure and single-threaded (the FX thread): members {@link #report} their own needs each frame and then
 * {@link #applyTo} the shared window; when a shared figure changes the other members are asked to redraw.
 */
public final class SharedTime {
    private final Map<Object, double[]> members = new IdentityHashMap<>();
    private final Map<Object, Runnable> redraws = new IdentityHashMap<>();
    private final TimeAxis window = new TimeAxis();
    private double extent;
    private double gutter;
    private double plotRight = Double.MAX_VALUE;

    /** Adds a member; {@code redraw} is run when the shared window changes because of another member. */
    public void join(Object member, Runnable redraw) {
        members.put(member, new double[] {0, 0, Double.MAX_VALUE});
        redraws.put(member, redraw);
    }

    /** Removes a member: its extent and label column no longer count. */
    public void leave(Object member) {
        members.remove(member);
        redraws.remove(member);
        recompute(null);
    }

    /** Whether {@code member} takes part. */
    public boolean has(Object member) {
        return members.containsKey(member);
    }

    /**
     * A member's needs for this frame: the span of its data, the width of its row labels and the right edge its
     * surface allows its plot. Other members redraw when a shared figure changes.
     */
    public void report(Object member, double extentNanos, double gutterWidth, double maxPlotRight) {
        double[] needs = members.get(member);
        if (needs == null) {
            return;
        }
        needs[0] = extentNanos;
        needs[1] = gutterWidth;
        needs[2] = maxPlotRight;
        recompute(member);
    }

    private void recompute(Object changedBy) {
        double e = 0;
        double g = 0;
        double w = Double.MAX_VALUE;
        for (double[] needs : members.values()) {
            e = Math.max(e, needs[0]);
            g = Math.max(g, needs[1]);
            w = Math.min(w, needs[2]);
        }
        if (e != extent || g != gutter || w != plotRight) {
            extent = e;
            gutter = g;
            plotRight = w;
            if (window.isFitted()) {
                window.fit(extent);
            }
            others(changedBy);
        }
    }

    /** The widest label column of the members. */
    public double gutter() {
        return gutter;
    }

    /** The leftmost right edge of the members' plots, in points. */
    public double plotRight() {
        return plotRight;
    }

    /** The largest extent of the members, in nanoseconds. */
    public double extent() {
        return extent;
    }

    /** Takes {@code axis}' window (after a zoom, pan or fit on one member) and has the other members follow. */
    public void adopt(Object member, TimeAxis axis) {
        window.setPlot(axis.left(), axis.width());
        window.copyWindow(axis);
        if (window.isFitted()) {
            window.fit(extent);
        }
        others(member);
    }

    /** Puts the shared window on {@code axis}, whose plot is already placed. */
    public void applyTo(TimeAxis axis) {
        axis.copyWindow(window);
    }

    private void others(Object member) {
        List<Runnable> toRun = new ArrayList<>();
        redraws.forEach((m, r) -> {
            if (m != member) {
                toRun.add(r);
            }
        });
        toRun.forEach(Runnable::run);
    }
}
