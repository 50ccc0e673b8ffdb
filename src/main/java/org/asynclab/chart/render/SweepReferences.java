package org.asynclab.chart.render;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.chart.geometry.PlotAxis;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.TaskKind;

/**
 * The dashed reference lines of a sweep panel: what the modes shown would reach without overhead, so that a class
 * sees the measured points sit on (or just above) them. Lines of {@code c × n^k} are straight on log-log axes and
 * drawn as one segment; on a linear y axis they are curves, drawn in short segments.
 */
final class SweepReferences {
    private static final int CURVE_SEGMENTS = 48;
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
     * The figures the modes shown would reach without overhead, as dashed lines: tasks one after another take
     * n × max delay / 2 in total (max delay / 2 each on average); waiting tasks all at once take the max delay
     * (max delay / n on average). Computing tasks all at once get no line: their floor depends on the cores.
     */
    void paint(SweepPlan plan, boolean total, ChartLabels words) {
        List<Reference> shown = shown(plan, total, words);
        // Every line first, then the labels: a label goes around the lines drawn after it too.
        List<List<double[]>> drawn = new ArrayList<>();
        for (Reference reference : shown) {
            List<double[]> line = segments(reference.coefficient(), reference.power());
            segments.addAll(line);
            drawn.add(line);
        }
        for (int i = 0; i < shown.size(); i++) {
            dashes(drawn.get(i));
            if (!drawn.get(i).isEmpty()) {
                label(drawn.get(i), shown.get(i).power(), shown.get(i).label());
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
    List<double[]> lines(SweepPlan plan, boolean total) {
        List<double[]> lines = new ArrayList<>();
        for (Reference reference : shown(plan, total, ChartLabels.ENGLISH)) {
            lines.addAll(segments(reference.coefficient(), reference.power()));
        }
        return lines;
    }

    private static List<Reference> shown(SweepPlan plan, boolean total, ChartLabels words) {
        double d = plan.maxDelaySeconds();
        List<Reference> shown = new ArrayList<>();
        if (!(d > 0)) {
            return shown;
        }
        if (oneAfterAnother(plan)) {
            shown.add(new Reference(d / 2, total ? 1 : 0, words.get(total ? ChartLabels.Key.SWEEP_REF_SUM
                    : ChartLabels.Key.SWEEP_REF_HALF)));
        }
        if (allAtOnce(plan)) {
            shown.add(new Reference(d, total ? 0 : -1, words.get(total ? ChartLabels.Key.SWEEP_REF_MAX
                    : ChartLabels.Key.SWEEP_REF_SHARED)));
        }
        return shown;
    }

    /** A dashed line of {@code coefficient × n^power}, named {@code label}. */
    private record Reference(double coefficient, int power, String label) {
    }

    /** Whether the plot shows a mode that runs its tasks one after another: sequential, or computing on one core. */
    static boolean oneAfterAnother(SweepPlan plan) {
        boolean cpu = plan.kind() == TaskKind.CPU;
        return plan.modes().contains(Mode.SEQUENTIAL) || cpu && (plan.modes().contains(Mode.EVENT_LOOP)
                || plan.globalLock());
    }

    /** Whether the plot shows a mode that waits for all its tasks at once: an event loop, threads, virtual. */
    static boolean allAtOnce(SweepPlan plan) {
        return plan.kind() == TaskKind.IO && plan.modes().stream()
                .anyMatch(m -> m != Mode.SEQUENTIAL && m != Mode.POOL);
    }

    /** The dashed line of {@code coefficient × n^power} in the plot's pixels, clipped to the plot. */
    private List<double[]> segments(double coefficient, int power) {
        double logLo = Math.log10(x.lo());
        double logHi = Math.log10(x.hi());
        boolean straight = power == 0 || y.scale() == PlotAxis.Scale.LOG;
        int samples = straight ? 1 : CURVE_SEGMENTS;
        List<double[]> drawn = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            double n0 = Math.pow(10, logLo + (logHi - logLo) * i / samples);
            double n1 = Math.pow(10, logLo + (logHi - logLo) * (i + 1) / samples);
            double[] seg = clip(x.share(n0), y.share(coefficient * Math.pow(n0, power)), x.share(n1),
                    y.share(coefficient * Math.pow(n1, power)));
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
    private void label(List<double[]> drawn, int power, String label) {
        double from = drawn.get(0)[0];
        double to = drawn.get(drawn.size() - 1)[2];
        for (double gap : GAPS) {
            for (boolean below : new boolean[] {true, false}) {
                for (double share : LABEL_AT) {
                    if (tryAt(place(drawn, power, label, from + (to - from) * share, below, gap), label)) {
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
        s.text(label, at[4], at[5], ChartFont.LABEL, p.of(ChartColor.TEXT_MUTED), anchor(at[6]));
        return true;
    }

    /**
     * The label's box and where it is written beside the line at {@code mx}, {@code gap} from it: {left, top,
     * right, bottom, x, y, anchor} (anchor −1 end, 0 middle, 1 start). Below a rising line it starts right of
     * {@code mx}, above it ends left of it, where the line is lower; a falling line the other way round.
     */
    private double[] place(List<double[]> drawn, int power, String label, double mx, boolean below, double gap) {
        double my = drawn.get(0)[1];
        for (double[] seg : drawn) {
            if (mx >= seg[0] && mx <= seg[2]) {
                my = seg[1] + (seg[3] - seg[1]) * (mx - seg[0]) / Math.max(1e-9, seg[2] - seg[0]);
            }
        }
        int side = power == 0 ? 0 : (power > 0) == below ? 1 : -1;
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
