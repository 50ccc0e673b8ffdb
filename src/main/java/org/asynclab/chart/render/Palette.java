package org.asynclab.chart.render;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.Phase;

/**
 * Every paint of one theme, made once from the theme's base colours ({@link ChartColor}): plain colours, lane
 * fills, striped lane fills for computing tasks, the waiting hatch, and the colour tables of density bands.
 * Derived colours are mixed here by one rule for every back-end, so the CSS declares only the base colours.
 */
public final class Palette {
    /** Levels of a density colour table; a band's share of busy rows is rounded to one of them. */
    public static final int LEVELS = 64;

    private final int[] base;
    private final List<ChartPaint> all = new ArrayList<>();
    private final ChartPaint[] solid;
    private final ChartPaint[] laneSolid = new ChartPaint[ChartColor.LANES];
    private final ChartPaint[] laneStriped = new ChartPaint[ChartColor.LANES];
    private final ChartPaint waitingHatch;
    private final ChartPaint lockHatch;
    private final ChartPaint rowShade;
    private final ChartPaint[] laneText = new ChartPaint[ChartColor.LANES];
    private final int[] runLut = new int[LEVELS + 1];
    private final int[] runInkLut = new int[LEVELS + 1];
    private final int[] waitLut = new int[LEVELS + 1];
    private final int[] waitInkLut = new int[LEVELS + 1];
    private final ChartPaint[] phases = new ChartPaint[Phase.values().length];
    /** The least contrast of a label with what it is written on: WCAG's AA for normal text. */
    public static final double MIN_CONTRAST = 4.5;
    /** The least contrast of a mark with the bar it is drawn on: WCAG's 3 for graphical objects. */
    public static final double MIN_MARK_CONTRAST = 3;
    private ChartPaint[] patchOf;
    private ChartPaint[] inkOn;
    private ChartPaint[] capOn;

    /** Makes the paints from one opaque ARGB colour per {@link ChartColor}, indexed by ordinal. */
    public Palette(int[] baseArgb) {
        if (baseArgb.length != ChartColor.values().length) {
            throw new IllegalArgumentException("a palette needs " + ChartColor.values().length + " colours");
        }
        this.base = baseArgb.clone();
        solid = new ChartPaint[base.length];
        for (ChartColor c : ChartColor.values()) {
            solid[c.ordinal()] = add(base[c.ordinal()], ChartPaint.Pattern.SOLID, 0);
        }
        int background = base[ChartColor.BACKGROUND.ordinal()];
        for (int i = 0; i < ChartColor.LANES; i++) {
            int lane = base[ChartColor.lane(i).ordinal()];
            laneSolid[i] = solid[ChartColor.lane(i).ordinal()];
            laneStriped[i] = add(lane, ChartPaint.Pattern.STRIPES, mix(lane, background, 0.5));
        }
        int waiting = base[ChartColor.WAITING.ordinal()];
        waitingHatch = add(mix(waiting, background, 0.6), ChartPaint.Pattern.HATCH, waiting);
        lockHatch = add(mix(waiting, background, 0.6), ChartPaint.Pattern.CROSSHATCH,
                mix(waiting, base[ChartColor.TEXT.ordinal()], 0.35));
        rowShade = add(mix(base[ChartColor.PLOT.ordinal()], base[ChartColor.TEXT.ordinal()], 0.04),
                ChartPaint.Pattern.SOLID, 0);
        ChartPaint dark = solid[ChartColor.TEXT.ordinal()];
        ChartPaint light = solid[ChartColor.BACKGROUND.ordinal()];
        if (luminance(dark.argb()) > luminance(light.argb())) {
            ChartPaint swap = dark;
            dark = light;
            light = swap;
        }
        addPhases(background);
        int running = base[ChartColor.RUNNING.ordinal()];
        fillLut(runLut, running, 0.2, 0.8);
        fillLut(runInkLut, mix(running, background, 0.5), 0.2, 0.8);
        fillLut(waitLut, mix(waiting, background, 0.6), 0.15, 0.55);
        fillLut(waitInkLut, waiting, 0.15, 0.55);
        inks(dark, light);
    }

    /**
     * For every fill, the ink of a label written on it and, for a patterned fill, the plain patch laid under the
     * label (text over hatches and stripes does not read): the window's text or background colour, whichever
     * contrasts more with the patch, or black or white when neither reaches {@link #MIN_CONTRAST}.
     */
    private void inks(ChartPaint dark, ChartPaint light) {
        ChartPaint black = add(0xFF000000, ChartPaint.Pattern.SOLID, 0);
        ChartPaint white = add(0xFFFFFFFF, ChartPaint.Pattern.SOLID, 0);
        ChartPaint middle = add(mix(dark.argb(), light.argb(), 0.5), ChartPaint.Pattern.SOLID, 0);
        int fills = all.size();
        ChartPaint[] patches = new ChartPaint[fills];
        for (int id = 0; id < fills; id++) {
            ChartPaint fill = all.get(id);
            patches[id] = fill.pattern() == ChartPaint.Pattern.SOLID ? fill
                    : add(fill.argb(), ChartPaint.Pattern.SOLID, 0);
        }
        patchOf = new ChartPaint[all.size()];
        inkOn = new ChartPaint[all.size()];
        capOn = new ChartPaint[all.size()];
        ChartPaint done = solid[ChartColor.DONE.ordinal()];
        for (int id = 0; id < all.size(); id++) {
            ChartPaint patch = id < fills ? patches[id] : all.get(id);
            patchOf[id] = patch;
            ChartPaint ink = contrast(dark.argb(), patch.argb()) >= contrast(light.argb(), patch.argb()) ? dark : light;
            if (contrast(ink.argb(), patch.argb()) < MIN_CONTRAST) {
                ink = contrast(0xFF000000, patch.argb()) >= contrast(0xFFFFFFFF, patch.argb()) ? black : white;
            }
            inkOn[id] = ink;
            capOn[id] = contrast(done.argb(), all.get(id).argb()) >= MIN_MARK_CONTRAST ? done
                    : clearestCap(all.get(id).argb(), new ChartPaint[] {done, dark, light, middle});
        }
        for (int i = 0; i < ChartColor.LANES; i++) {
            laneText[i] = inkOn[laneSolid[i].id()];
        }
    }

    /**
     * The "done" end cap's paint on a bar of {@code fill} where the cap's own colour does not show on it (the light
     * theme's black lane under its black cap, the dark theme's white one): of the {@code candidates}, the one that
     * stands out most from both the bar and the plot beside its end, so that it reads as a mark, not as a shorter bar
     * (a white cap on a black bar on white looked like the bar ending 3 pixels early).
     */
    private ChartPaint clearestCap(int fill, ChartPaint[] candidates) {
        int plot = base[ChartColor.PLOT.ordinal()];
        ChartPaint best = candidates[0];
        double bestContrast = -1;
        for (ChartPaint c : candidates) {
            double least = Math.min(contrast(c.argb(), fill), contrast(c.argb(), plot));
            if (least > bestContrast) {
                best = c;
                bestContrast = least;
            }
        }
        return best;
    }

    /** WCAG's contrast ratio of two opaque colours: 1 (none) to 21 (black on white). */
    public static double contrast(int argbA, int argbB) {
        double a = wcagLuminance(argbA);
        double b = wcagLuminance(argbB);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double wcagLuminance(int argb) {
        return 0.2126 * channel(argb >> 16) + 0.7152 * channel(argb >> 8) + 0.0722 * channel(argb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The ink of a label written on {@code fill} (over its {@link #patchUnder patch}): contrast ≥ 4.5. */
    public ChartPaint textOn(ChartPaint fill) {
        return inkOn[fill.id()];
    }

    /**
     * The paint of a finished task's end cap on a bar filled with {@code fill}: its own colour where that contrasts
     * 3 or more with the bar, otherwise the one that stands out most from both the bar and the plot.
     */
    public ChartPaint doneCapOn(ChartPaint fill) {
        return capOn[fill.id()];
    }

    /** What a label on {@code fill} is laid on: the fill itself when plain, a plain patch of its colour if not. */
    public ChartPaint patchUnder(ChartPaint fill) {
        return patchOf[fill.id()];
    }

    /**
     * One paint per phase: waiting hatched like a task waiting for a worker, a lock or semaphore wait cross-hatched
     * like the GIL's (each in its own colour), a read-to-write window striped in a colour of its own (so that the race
     * lesson's overlapping windows stand out), the others plain.
     */
    private void addPhases(int background) {
        int text = base[ChartColor.TEXT.ordinal()];
        for (Phase phase : Phase.values()) {
            int colour = base[ChartColor.phase(phase).ordinal()];
            phases[phase.ordinal()] = switch (phase) {
                case WAITING -> add(mix(colour, background, 0.6), ChartPaint.Pattern.HATCH, colour);
                case LOCK_WAIT, SEMAPHORE_WAIT -> add(mix(colour, background, 0.5), ChartPaint.Pattern.CROSSHATCH,
                        colour);
                case READ_WRITE -> add(colour, ChartPaint.Pattern.STRIPES, mix(colour, text, 0.45));
                default -> solid[ChartColor.phase(phase).ordinal()];
            };
        }
    }

    private ChartPaint add(int argb, ChartPaint.Pattern pattern, int ink) {
        ChartPaint paint = new ChartPaint(all.size(), argb, pattern, ink);
        all.add(paint);
        return paint;
    }

    private static void fillLut(int[] lut, int rgb, double minAlpha, double range) {
        lut[0] = 0;
        for (int level = 1; level <= LEVELS; level++) {
            lut[level] = premultiplied(rgb, minAlpha + range * level / LEVELS);
        }
    }

    /** {@code rgb} with opacity {@code alpha}, premultiplied, as an image pixel. */
    public static int premultiplied(int rgb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        int r = (rgb >> 16 & 0xFF) * a / 255;
        int g = (rgb >> 8 & 0xFF) * a / 255;
        int b = (rgb & 0xFF) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** The opaque colour {@code t} of the way from {@code a} to {@code b}. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round((a >> 16 & 0xFF) * (1 - t) + (b >> 16 & 0xFF) * t);
        int g = (int) Math.round((a >> 8 & 0xFF) * (1 - t) + (b >> 8 & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }

    /** Every paint, indexed by {@link ChartPaint#id()}. */
    public List<ChartPaint> paints() {
        return List.copyOf(all);
    }

    /** The plain paint of a base colour. */
    public ChartPaint of(ChartColor color) {
        return solid[color.ordinal()];
    }

    /** The fill of lane {@code lane}'s bars: plain for waiting (io) tasks, striped for computing (cpu) ones. */
    public ChartPaint lane(int lane, boolean computing) {
        int i = Math.floorMod(lane, ChartColor.LANES);
        return computing ? laneStriped[i] : laneSolid[i];
    }

    /** The hatched fill of a task waiting for a worker. */
    public ChartPaint waiting() {
        return waitingHatch;
    }

    /** The cross-hatched fill of a task waiting for the simulated GIL: the waiting style, told apart by its hatch. */
    public ChartPaint lockWaiting() {
        return lockHatch;
    }

    /** The fill of a phase inside a task's bar. */
    public ChartPaint phase(Phase phase) {
        return phases[phase.ordinal()];
    }

    /** The shade of every other row, so long rows stay easy to follow. */
    public ChartPaint rowShade() {
        return rowShade;
    }

    /** Text drawn on a bar of lane {@code lane}: dark on light lanes, light on dark ones. */
    public ChartPaint textOn(int lane) {
        return laneText[Math.floorMod(lane, ChartColor.LANES)];
    }

    /** Relative luminance 0 … 1 of an sRGB colour (WCAG's formula, without the gamma step's fine print). */
    static double luminance(int argb) {
        double r = Math.pow((argb >> 16 & 0xFF) / 255.0, 2.2);
        double g = Math.pow((argb >> 8 & 0xFF) / 255.0, 2.2);
        double b = Math.pow((argb & 0xFF) / 255.0, 2.2);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    /** The ARGB of a base colour. */
    public int argb(ChartColor color) {
        return base[color.ordinal()];
    }

    /** Density colours of running tasks by level (0 … {@link #LEVELS}); {@code ink} for the cpu stripes. */
    public int[] runningLevels(boolean ink) {
        return ink ? runInkLut : runLut;
    }

    /** Density colours of waiting tasks by level; {@code ink} for the hatch lines. */
    public int[] waitingLevels(boolean ink) {
        return ink ? waitInkLut : waitLut;
    }
}
