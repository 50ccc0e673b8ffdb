package org.asynclab.chart.geometry;

/**
 * The horizontal mapping between time (nanoseconds of the recording) and x (points), with its zoom and pan
 * state. Pure arithmetic, no toolkit: the control, the exporters and the tests share it.
 *
 * <p>The axis reads time from an {@linkplain #setOrigin origin}: the instant the run's total counts from (its
 * first task's submission), so that a marker at "total 1.87 s" sits at 1.87 s on the axis, and two runs compared on
 * one axis start together. {@link #timeToX} and {@link #xToTime} take and give instants of the recording; the
 * window, {@link #start()}, {@link #span()}, {@link #end()} and {@link #fit}, are in time from the origin.
 *
 * <p>The visible window is {@code [start, start + span)} mapped onto the plot's {@code [left, left + width)}.
 * After {@link #fit(double)} the axis follows the data ({@link #isFitted()}); any zoom or pan leaves that mode
 * so that a person's choice is not overwritten by the next frame of a live run.
 */
public final class TimeAxis {
    /** Smallest span the axis zooms in to: one microsecond across the whole plot. */
    public static final double MIN_SPAN_NANOS = 1_000;
    /** Largest span: two hours, past the longest run (3600 s delays) with room. */
    public static final double MAX_SPAN_NANOS = 7_200e9;
    /** Span of an empty run, so that a run of zero-length tasks still has a readable axis. */
    public static final double EMPTY_SPAN_NANOS = 1e9;
    /** Room left right of the data after a fit, as a share of the span, so the last bar does not touch the edge. */
    private static final double FIT_MARGIN = 0.04;

    private double origin;
    private double left;
    private double width = 1;
    private double start;
    private double span = EMPTY_SPAN_NANOS;
    private boolean fitted = true;

    /** Places the plot: its left edge and width in points. Keeps the visible time window. */
    public void setPlot(double plotLeft, double plotWidth) {
        this.left = plotLeft;
        this.width = Math.max(1, plotWidth);
    }

    /** Where time 0 of the axis is, in nanoseconds of the recording (0 until the first task is submitted). */
    public void setOrigin(double originNanos) {
        origin = originNanos;
    }

    /** Time 0 of the axis, in nanoseconds of the recording. */
    public double origin() {
        return origin;
    }

    /** The x of an instant of the recording. */
    public double timeToX(double nanos) {
        return left + (nanos - origin - start) / span * width;
    }

    /** The x of a time on the axis (from its origin): a tick's, a duration's end. */
    public double axisTimeToX(double sinceOrigin) {
        return left + (sinceOrigin - start) / span * width;
    }

    /** The instant of the recording at x. */
    public double xToTime(double x) {
        return origin + sinceOriginAt(x);
    }

    private double sinceOriginAt(double x) {
        return start + (x - left) / width * span;
    }

    /** Nanoseconds per point at the current zoom. */
    public double nanosPerPoint() {
        return span / width;
    }

    /** Shows {@code [0, extentNanos]} plus a small margin and follows the data from now on. */
    public void fit(double extentNanos) {
        double extent = extentNanos > 0 ? extentNanos : EMPTY_SPAN_NANOS;
        start = 0;
        span = clampSpan(extent * (1 + FIT_MARGIN));
        fitted = true;
    }

    /** Fits again if the axis follows the data; does nothing after a zoom or pan. */
    public void follow(double extentNanos) {
        if (fitted) {
            fit(extentNanos);
        }
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the instant under {@code anchorX} where it is.
     * The span stays within {@link #MIN_SPAN_NANOS} … {@link #MAX_SPAN_NANOS}.
     */
    public void zoom(double factor, double anchorX) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            return;
        }
        double anchorTime = sinceOriginAt(anchorX);
        double newSpan = clampSpan(span / factor);
        start = anchorTime - (anchorX - left) / width * newSpan;
        span = newSpan;
        fitted = false;
        clampStart();
    }

    /** Moves the window by {@code dx} points: a positive dx shows earlier times (the content follows the mouse). */
    public void pan(double dx) {
        start -= dx / width * span;
        fitted = false;
        clampStart();
    }

    private void clampStart() {
        // Never scroll far before the run's start: half a window of empty past is enough to see time 0.
        start = Math.max(start, -span / 2);
    }

    private static double clampSpan(double s) {
        return Math.max(MIN_SPAN_NANOS, Math.min(MAX_SPAN_NANOS, s));
    }

    /** Shows the same window of time as {@code other} (start, span, and whether it follows the data), from this
     * axis' own origin. */
    public void copyWindow(TimeAxis other) {
        start = other.start;
        span = other.span;
        fitted = other.fitted;
    }

    /** A fingerprint of the window of time alone (not the plot's place), to tell whether a person moved it. */
    public long windowStamp() {
        long h = Double.doubleToLongBits(start);
        h = 31 * h + Double.doubleToLongBits(span);
        return 31 * h + (fitted ? 1 : 0);
    }

    /** First visible instant. */
    public double start() {
        return start;
    }

    /** Visible duration. */
    public double span() {
        return span;
    }

    /** Last visible instant. */
    public double end() {
        return start + span;
    }

    /** Left edge of the plot in points. */
    public double left() {
        return left;
    }

    /** Width of the plot in points. */
    public double width() {
        return width;
    }

    /** Whether the axis follows the data (true after {@link #fit}, false after a zoom or pan). */
    public boolean isFitted() {
        return fitted;
    }

    /** A fingerprint of the mapping, to tell whether a frame must be redrawn. */
    public long stamp() {
        long h = 31 * Double.doubleToLongBits(origin) + Double.doubleToLongBits(start);
        h = 31 * h + Double.doubleToLongBits(span);
        h = 31 * h + Double.doubleToLongBits(left);
        return 31 * h + Double.doubleToLongBits(width);
    }
}
