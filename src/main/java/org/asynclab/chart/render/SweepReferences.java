package org.asynclab.chart.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.asynclab.chart.geometry.PlotAxis;
import org.asynclab.engine.SweepIdeal;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.TaskKind;

/**
 * The dashed reference lines of a sweep panel: what the modes shown would reach without overhead, so that a class
 * sees the measured points sit on (or just above) them. Each line goes through the ideal totals of the plan's own
 * steps ({@link SweepIdeal}: the figure the run's summary and the CSV's {@code idealSeconds} state), one point per n
 * of the plan, straight between them as the modes' lines are, and only over the plan's n: known before anything
 * runs, as the delays are the seed's. Two lines at most:
 *
 * <ul>
 * <li>"sum of the delays": the ideal of the modes that run one task after another (sequential; on cpu tasks the
 * event loop too, and every mode under the simulated GIL);</li>
 * <li>"longest delay": the ideal of the modes that wait for all their tasks at once (io and http tasks on the event
 * loop, threads or virtual threads).</li>
 * </ul>
 *
 * On the average panel each is ÷ n. A pool of K gets no line of its own: its ideal depends on K and on the order the
 * delays come in (its summary's first-free schedule), between the two lines, and a third dashed line would crowd the
 * plot; its points read against both. Computing tasks all at once get none either: their ideal depends on the cores.
 * Until 2 Dec 2026 the lines were drawn from the max delay alone (n × max delay / 2 and the max delay): at n = 1
 * they said 50 ms and 100 ms for the same 73.1 ms task, the concurrent points sat under the "floor", and at
 * n = 100 sequential's 5.28 s looked 280 ms over its line where the recorded overhead was 56.8 ms.
 */
final class SweepReferences {
    /** A lone point's line (a plan of one n) is drawn this far on each side of it, in points. */
    private static final double LONE_HALF_WIDTH = 24;
    /** A curve's dashes and gaps, in points: those of the surfaces' dashed lines. */
    static final double DASH_ON = 9;
    static final double DASH_OFF = 6;
    /** Where along its line a label is tried, in shares of the line's width: the middle first, then outwards. */
    private static final double[] LABEL_AT = {0.5, 0.35, 0.65, 0.2, 0.8, 0.42, 0.58, 0.27, 0.73, 0.12, 0.88, 0.05,
        0.95};
    /** How far from its line a label is tried: near it first. */
    private static final double[] GAPS = {6, 16, 28};
    /** The room a label keeps on each side from the values and other labels: "317 ms max delay" read as one. */
    static final double TEXT_CLEARANCE = 8;
    /** Room kept between a label and the y axis. */
    private static final double AXIS_CLEARANCE = 4;
    /** Room kept between a label and any line. */
    private static final double CLEARANCE = 2;
    /** A piece of line rising less than this (px per px) is flat: its label centres on the place tried. */
    private static final double FLAT = 0.05;

    private final ChartSurface s;
    private final Palette p;
    private final PlotAxis x;
    private final PlotAxis y;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    /** The boxes of the labels written so far: a label that would cover one is left out, its line stays. */
    private final List<double[]> labels = new ArrayList<>();
    /** The boxes of the measured points and their values, which a label goes around. */
    private final List<double[]> taken;
    /** Every line of the plot, {x0, y0, x1, y1}: the modes' and, once known, the references'; no label crosses one. */
    private final List<double[]> segments;

    /**
     * References for a plot of axes {@code x} and {@code y} in {@code plot} = {left, top, right, bottom}, whose
     * measured points and value labels fill the boxes {@code taken} ({left, top, right, bottom} each) and whose
     * modes' lines are {@code modeLines} ({x0, y0, x1, y1} each).
     */
    SweepReferences(ChartSurface surface, Palette palette, PlotAxis x, PlotAxis y, double[] plot,
                    List<double[]> taken, List<double[]> modeLines) {
        this.s = surface;
        this.p = palette;
        this.x = x;
        this.y = y;
        this.left = plot[0];
        this.top = plot[1];
        this.right = plot[2];
        this.bottom = plot[3];
        this.taken = taken;
        this.segments = new ArrayList<>(modeLines);
    }

    /**
     * The ideals a plan's dashed lines go through: the one-after-another modes' (the sum of the delays) and the
     * all-at-once modes' (the longest delay), each empty when the plan shows no such mode. Worked out once per plan
     * (a step of 1,000,000 tasks draws its delays anew) and kept by the painter.
     */
    record Ideals(SweepPlan plan, List<SweepIdeal.Point> sums, List<SweepIdeal.Point> longest) {
        static Ideals of(SweepPlan plan) {
            if (!(plan.maxDelaySeconds() > 0)) {
                return new Ideals(plan, List.of(), List.of());
            }
            return new Ideals(plan, SweepIdeal.of(plan, oneAfterAnother(plan.kind(), plan.globalLock())),
                    SweepIdeal.of(plan, allAtOnce(plan.kind())));
        }

        /** Whether there is any line to draw (and to name in the legend). */
        boolean any() {
            return !sums.isEmpty() || !longest.isEmpty();
        }
    }

    /**
     * The modes that run their tasks one after another: sequential; on computing tasks the event loop (one core),
     * and under the simulated GIL every mode.
     */
    static Set<Mode> oneAfterAnother(TaskKind kind, boolean globalLock) {
        if (kind != TaskKind.CPU) {
            return EnumSet.of(Mode.SEQUENTIAL);
        }
        return globalLock ? EnumSet.allOf(Mode.class) : EnumSet.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP);
    }

    /** The modes that wait for all their tasks at once: waiting tasks on an event loop, threads, virtual threads. */
    static Set<Mode> allAtOnce(TaskKind kind) {
        return kind.waits() ? EnumSet.of(Mode.EVENT_LOOP, Mode.THREADS, Mode.VIRTUAL) : EnumSet.noneOf(Mode.class);
    }

    /** The figures the modes shown would reach without overhead ({@code ideals}), as dashed lines. */
    void paint(Ideals ideals, boolean total, ChartLabels words) {
        List<Reference> shown = shown(ideals, total, words);
        // Every line first, then the labels: a label goes around the lines drawn after it too.
        List<List<double[]>> drawn = new ArrayList<>();
        for (Reference reference : shown) {
            List<double[]> line = segments(reference.points());
            segments.addAll(line);
            drawn.add(line);
        }
        for (int i = 0; i < shown.size(); i++) {
            dashes(drawn.get(i));
            if (!drawn.get(i).isEmpty()) {
                label(drawn.get(i), shown.get(i).label());
            }
        }
    }

    /**
     * Draws a line made of {@code pieces} end to end, dashed along its whole length. Each piece drawn dashed on its
     * own started the pattern again, and a curve's short pieces near n = 1 (48 of them) then drew as a solid line:
     * the dashes are cut here, {@value #DASH_ON} on and {@value #DASH_OFF} off, across the pieces' joints.
     */
    private void dashes(List<double[]> pieces) {
        if (pieces.size() == 1) {
            double[] seg = pieces.get(0);
            s.line(seg[0], seg[1], seg[2], seg[3], 2, p.of(ChartColor.TEXT_MUTED), true);
            return;
        }
        double along = 0; // where the pattern is, 0 … DASH_ON + DASH_OFF
        for (double[] seg : pieces) {
            double length = Math.hypot(seg[2] - seg[0], seg[3] - seg[1]);
            double at = 0;
            while (at < length) {
                boolean on = along < DASH_ON;
                double step = Math.min(length - at, on ? DASH_ON - along : DASH_ON + DASH_OFF - along);
                if (on && step > 0) {
                    double t0 = at / length;
                    double t1 = (at + step) / length;
                    s.line(seg[0] + (seg[2] - seg[0]) * t0, seg[1] + (seg[3] - seg[1]) * t0,
                            seg[0] + (seg[2] - seg[0]) * t1, seg[1] + (seg[3] - seg[1]) * t1, 2,
                            p.of(ChartColor.TEXT_MUTED), true);
                }
                at += step;
                along = (along + step) % (DASH_ON + DASH_OFF);
            }
        }
    }

    /** The lines {@link #paint} draws, {x0, y0, x1, y1} each, drawing nothing: the values written go around them. */
    List<double[]> lines(Ideals ideals, boolean total) {
        List<double[]> lines = new ArrayList<>();
        for (Reference reference : shown(ideals, total, ChartLabels.ENGLISH)) {
            lines.addAll(segments(reference.points()));
        }
        return lines;
    }

    /**
     * The lines of a panel, {n, seconds} at each n: the ideal totals on the total panel, the same ÷ n on the
     * average panel.
     */
    static List<Reference> shown(Ideals ideals, boolean total, ChartLabels words) {
        List<Reference> shown = new ArrayList<>();
        if (!ideals.sums().isEmpty()) {
            shown.add(new Reference(points(ideals.sums(), total), words.get(total ? ChartLabels.Key.SWEEP_REF_SUM
                    : ChartLabels.Key.SWEEP_REF_SUM_PER_TASK)));
        }
        if (!ideals.longest().isEmpty()) {
            shown.add(new Reference(points(ideals.longest(), total), words.get(total ? ChartLabels.Key.SWEEP_REF_LONGEST
                    : ChartLabels.Key.SWEEP_REF_LONGEST_PER_TASK)));
        }
        return shown;
    }

    private static List<double[]> points(List<SweepIdeal.Point> ideals, boolean total) {
        List<double[]> points = new ArrayList<>();
        for (SweepIdeal.Point ideal : ideals) {
            points.add(new double[] {ideal.tasks(), total ? ideal.seconds() : ideal.seconds() / ideal.tasks()});
        }
        return points;
    }

    /** A dashed line through {@code points} ({n, seconds} each, in order of n), named {@code label}. */
    record Reference(List<double[]> points, String label) {
    }

    /**
     * The dashed line through {@code points} in the plot's pixels, straight between them, clipped to the plot; a
     * lone point is drawn as a short flat dash across it.
     */
    private List<double[]> segments(List<double[]> points) {
        List<double[]> drawn = new ArrayList<>();
        if (points.size() == 1) {
            double[] only = points.get(0);
            double share = y.share(only[1]);
            if (Double.isFinite(share) && share >= 0 && share <= 1) {
                double px = x.position(only[0]);
                double py = bottom - share * (bottom - top);
                drawn.add(new double[] {Math.max(left, px - LONE_HALF_WIDTH), py,
                    Math.min(right, px + LONE_HALF_WIDTH), py});
            }
            return drawn;
        }
        for (int i = 1; i < points.size(); i++) {
            double[] from = points.get(i - 1);
            double[] to = points.get(i);
            double[] seg = clip(x.share(from[0]), y.share(from[1]), x.share(to[0]), y.share(to[1]));
            if (seg != null) {
                drawn.add(new double[] {left + seg[0] * (right - left), bottom - seg[1] * (bottom - top),
                    left + seg[2] * (right - left), bottom - seg[3] * (bottom - top)});
            }
        }
        return drawn;
    }

    /**
     * Writes {@code label} beside its line, at the first place along it ({@link #LABEL_AT}), below the line then
     * above, where it stays inside the plot and crosses no line (its own, another reference's, a mode's) and covers
     * no other label, no measured point and no value. Left out where every place would: on a linear scale the
     * curves crowd together near the axis, and a name written across another mode's line there misread as its.
     * The legend still says what a dashed line is.
     */
    private void label(List<double[]> drawn, String label) {
        double from = drawn.get(0)[0];
        double to = drawn.get(drawn.size() - 1)[2];
        for (double gap : GAPS) {
            for (boolean below : new boolean[] {true, false}) {
                for (double share : LABEL_AT) {
                    if (tryAt(place(drawn, label, from + (to - from) * share, below, gap), label)) {
                        return;
                    }
                }
            }
        }
    }

    /** Writes {@code label} at {@code at} ({@link #place}) if it fits there; whether it did. */
    private boolean tryAt(double[] at, String label) {
        double[] clear = {at[0] - TEXT_CLEARANCE, at[1], at[2] + TEXT_CLEARANCE, at[3]};
        if (!inside(at) || overlapsAny(clear, labels) || overlapsAny(clear, taken) || crossesAny(at)) {
            return false;
        }
        labels.add(new double[] {at[0], at[1], at[2], at[3]});
        // On the plot's own colour: a grid line under the name struck it through ("longest ÷ n" on the 10 ms line).
        s.fillRect(at[0], at[1], at[2] - at[0], at[3] - at[1], p.of(ChartColor.PLOT));
        s.text(label, at[4], at[5], ChartFont.LABEL, p.of(ChartColor.TEXT_MUTED), anchor(at[6]));
        return true;
    }

    /**
     * The label's box and where it is written beside the line at {@code mx}, {@code gap} from it: {left, top,
     * right, bottom, x, y, anchor} (anchor −1 end, 0 middle, 1 start). Below a rising piece of the line it starts
     * right of {@code mx}, above it ends left of it, where the line is lower; a falling piece the other way round,
     * and a flat one centres on {@code mx}.
     */
    private double[] place(List<double[]> drawn, String label, double mx, boolean below, double gap) {
        double my = drawn.get(0)[1];
        double rise = 0;
        for (double[] seg : drawn) {
            if (mx >= seg[0] && mx <= seg[2]) {
                my = seg[1] + (seg[3] - seg[1]) * (mx - seg[0]) / Math.max(1e-9, seg[2] - seg[0]);
                rise = (seg[1] - seg[3]) / Math.max(1e-9, seg[2] - seg[0]);
            }
        }
        int side = Math.abs(rise) < FLAT ? 0 : (rise > 0) == below ? 1 : -1;
        double lx = mx + 10 * side;
        double size = ChartFont.LABEL.size();
        double baseline = below ? my + size + gap : my - gap - 4;
        double width = s.textWidth(label, ChartFont.LABEL);
        double x0 = side == 0 ? lx - width / 2 : side > 0 ? lx : lx - width;
        // Kept inside the plot: "n × max delay / 2" at the line's right end ran past the plot into the values, and
        // near its left end it began on the y axis.
        double shift = Math.max(0, left + AXIS_CLEARANCE - x0) - Math.max(0, x0 + width - right);
        x0 += shift;
        lx += shift;
        return new double[] {x0, baseline - size, x0 + width, baseline + 4, lx, baseline, side};
    }

    private static ChartSurface.Anchor anchor(double side) {
        return side == 0 ? ChartSurface.Anchor.MIDDLE : side > 0 ? ChartSurface.Anchor.START : ChartSurface.Anchor.END;
    }

    private boolean inside(double[] box) {
        return box[1] >= top && box[3] <= bottom - 2;
    }

    private boolean crossesAny(double[] box) {
        double[] room = {box[0] - CLEARANCE, box[1] - CLEARANCE, box[2] + CLEARANCE, box[3] + CLEARANCE};
        for (double[] seg : segments) {
            if (crosses(room, seg)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the segment {x0, y0, x1, y1} passes through the box {left, top, right, bottom} (Liang–Barsky). */
    static boolean crosses(double[] box, double[] seg) {
        double dx = seg[2] - seg[0];
        double dy = seg[3] - seg[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {seg[0] - box[0], box[2] - seg[0], seg[1] - box[1], box[3] - seg[1]};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 <= t1;
    }

    private static boolean overlapsAny(double[] box, List<double[]> others) {
        for (double[] other : others) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return true;
            }
        }
        return false;
    }

    /** The part of the segment (x0, y0)–(x1, y1), in shares of the plot, whose y lies in [0, 1]; null if none. */
    static double[] clip(double x0, double y0, double x1, double y1) {
        if (!Double.isFinite(y0) || !Double.isFinite(y1) || y0 < 0 && y1 < 0 || y0 > 1 && y1 > 1) {
            return null;
        }
        double t0 = 0;
        double t1 = 1;
        if (y0 != y1) {
            double ta = (0 - y0) / (y1 - y0);
            double tb = (1 - y0) / (y1 - y0);
            t0 = Math.max(t0, Math.min(ta, tb));
            t1 = Math.min(t1, Math.max(ta, tb));
        }
        if (t0 > t1) {
            return null;
        }
        return new double[] {x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1};
    }
}
