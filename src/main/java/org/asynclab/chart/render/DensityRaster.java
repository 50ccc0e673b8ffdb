package org.asynclab.chart.render;

import java.util.Arrays;

/**
 * An image of the plot, one pixel per device pixel, for rows too thin to draw bar by bar. Each pixel row (a band)
 * counts how many of its tasks run, or wait, at each pixel column, with a difference array (+1 where a task
 * starts, −1 where it ends, then a running sum), so a task costs four array writes however long it is. A band is
 * then coloured by its share of busy tasks (intensity), or a lane's band by the height of its concurrency
 * (profile). Further counts, one per marked layer (the phases of a run that records them: a race's read-to-write
 * windows, its lock waits, an http request's steps), colour a band's pixel over the others in the first layer's
 * paint that has a task there, so that what a lesson points at shows even at a task a pixel.
 * Every array is kept from frame to frame and only grows.
 */
final class DensityRaster {
    private int cols;
    private int rows;
    private int[] run = new int[0];
    private int[] wait = new int[0];
    /** One count per marked layer; {@link #layers} of them are in use this frame. */
    private int[][] marks = new int[0][];
    private int layers;
    private int[] markCount = new int[0];
    private int[] pixels = new int[0];
    private boolean[] used = new boolean[0];
    private int[] profileEnd = new int[0];
    private int[] profileArgb = new int[0];
    private int[] profileInk = new int[0];
    private boolean[] profileHatch = new boolean[0];
    private int[] heights = new int[0];
    private ChartPaint[] markedPaints;

    /** Starts a frame of {@code width} × {@code height} device pixels, with every band empty and no marked layer. */
    void begin(int width, int height) {
        begin(width, height, 0);
    }

    /** Starts a frame of {@code width} × {@code height} device pixels with {@code markLayers} marked layers. */
    void begin(int width, int height, int markLayers) {
        int stride = width + 1;
        if (width != cols || height != rows || markLayers > marks.length) {
            cols = width;
            rows = height;
            if (run.length < stride * height) {
                run = new int[stride * height];
                wait = new int[stride * height];
                marks = new int[marks.length][];
            }
            if (markLayers > marks.length) {
                marks = Arrays.copyOf(marks, markLayers);
                markCount = new int[markLayers];
            }
            for (int k = 0; k < marks.length; k++) {
                if (marks[k] == null || marks[k].length < run.length) {
                    marks[k] = new int[run.length];
                }
            }
            if (pixels.length < width * height) {
                pixels = new int[width * height];
            }
            if (used.length < height) {
                used = new boolean[height];
                profileEnd = new int[height];
                profileArgb = new int[height];
                profileInk = new int[height];
                profileHatch = new boolean[height];
            }
            if (heights.length < width) {
                heights = new int[width];
            }
            Arrays.fill(run, 0);
            Arrays.fill(wait, 0);
            for (int[] mark : marks) {
                Arrays.fill(mark, 0);
            }
            Arrays.fill(used, false);
        }
        layers = markLayers;
        // render() empties every band it reads; a frame that was never rendered leaves bands to empty here.
        for (int y = 0; y < rows; y++) {
            if (used[y]) {
                Arrays.fill(run, y * stride, (y + 1) * stride, 0);
                Arrays.fill(wait, y * stride, (y + 1) * stride, 0);
                for (int[] mark : marks) {
                    Arrays.fill(mark, y * stride, (y + 1) * stride, 0);
                }
                used[y] = false;
            }
        }
        Arrays.fill(profileEnd, 0, rows, 0);
    }

    int width() {
        return cols;
    }

    int height() {
        return rows;
    }

    int[] pixels() {
        return pixels;
    }

    /** Counts a task running in band {@code row} over columns [c0, c1). */
    void addRun(int row, int c0, int c1) {
        add(run, row, c0, c1);
    }

    /** Counts a task waiting in band {@code row} over columns [c0, c1). */
    void addWait(int row, int c0, int c1) {
        add(wait, row, c0, c1);
    }

    /** Counts a task inside marked layer {@code layer} (a phase) in band {@code row} over columns [c0, c1). */
    void addMark(int layer, int row, int c0, int c1) {
        add(marks[layer], row, c0, c1);
    }

    private void add(int[] diff, int row, int c0, int c1) {
        int a = Math.max(0, c0);
        int b = Math.min(cols, Math.max(c1, c0 + 1));
        if (b <= a || row < 0 || row >= rows) {
            return;
        }
        int base = row * (cols + 1);
        diff[base + a]++;
        diff[base + b]--;
        used[row] = true;
    }

    /**
     * Draws band {@code row} as a profile over pixel rows [row, end): {@code argb}, with {@code ink} where the
     * pattern (hatch or stripes) falls; an ink equal to argb draws plain.
     */
    void profile(int row, int end, int argb, int ink, ChartPaint.Pattern pattern) {
        if (row >= 0 && row < rows) {
            profileEnd[row] = Math.min(rows, Math.max(end, row + 1));
            profileArgb[row] = argb;
            profileInk[row] = ink;
            profileHatch[row] = pattern == ChartPaint.Pattern.HATCH;
        }
    }

    /**
     * Colours every pixel. Intensity bands reach full colour when {@code norm} tasks are busy; the surface's
     * pixel (originX, originY) is the raster's (0, 0), so stripes line up with those of bars.
     */
    void render(Palette palette, boolean striped, double norm, int originX, int originY, int tile) {
        render(palette, striped, norm, originX, originY, tile, null);
    }

    /**
     * {@link #render(Palette, boolean, double, int, int, int)}, with the marked layers' paints: a pixel where a
     * layer has a task takes the paint of the first such layer (its pattern drawn as on a bar).
     */
    void render(Palette palette, boolean striped, double norm, int originX, int originY, int tile,
            ChartPaint[] marked) {
        markedPaints = marked;
        int y = 0;
        while (y < rows) {
            if (profileEnd[y] > y) {
                renderProfile(y, originX, originY, tile);
                y = profileEnd[y];
            } else {
                renderIntensity(y, palette, striped, norm, originX, originY + y, tile);
                y++;
            }
        }
    }

    private void renderIntensity(int y, Palette palette, boolean striped, double norm, int ox, int oy, int tile) {
        int out = y * cols;
        if (!used[y]) {
            Arrays.fill(pixels, out, out + cols, 0);
            return;
        }
        used[y] = false;
        int[] runLut = palette.runningLevels(false);
        int[] runInk = striped ? palette.runningLevels(true) : runLut;
        int[] waitLut = palette.waitingLevels(false);
        int[] waitInk = palette.waitingLevels(true);
        double perTask = Palette.LEVELS / Math.max(1, norm);
        int unit = Math.max(1, tile / ChartPaint.TILE);
        int hatch = Math.floorMod(ox + oy, tile);
        int stripe = Math.floorMod(ox - oy, tile);
        int base = y * (cols + 1);
        int layerCount = markedPaints == null ? 0 : Math.min(layers, markedPaints.length);
        Arrays.fill(markCount, 0);
        int r = 0;
        int w = 0;
        int x = 0;
        while (x < cols) {
            r += run[base + x];
            w += wait[base + x];
            run[base + x] = 0;
            wait[base + x] = 0;
            int layer = -1;
            for (int k = 0; k < layerCount; k++) {
                markCount[k] += marks[k][base + x];
                marks[k][base + x] = 0;
                if (layer < 0 && markCount[k] > 0) {
                    layer = k;
                }
            }
            int next = x + 1;
            while (next < cols && (run[base + next] | wait[base + next] | marksAt(base + next, layerCount)) == 0) {
                next++;
            }
            if (layer >= 0) {
                ChartPaint paint = markedPaints[layer];
                patterned(out + x, out + next, paint, ox + x, oy, tile);
            } else if (r > 0) {
                int level = Math.min(Palette.LEVELS, (int) Math.ceil(r * perTask));
                span(out + x, out + next, runLut[level], runInk[level], (stripe + x) % tile, 3 * unit, tile);
            } else if (w > 0) {
                int level = Math.min(Palette.LEVELS, (int) Math.ceil(w * perTask));
                span(out + x, out + next, waitLut[level], waitInk[level], (hatch + x) % tile, unit, tile);
            } else {
                Arrays.fill(pixels, out + x, out + next, 0);
            }
            x = next;
        }
        clearEnd(base);
    }

    /** Any marked layer's change at {@code i}: nonzero when one starts or ends there. */
    private int marksAt(int i, int layerCount) {
        int any = 0;
        for (int k = 0; k < layerCount; k++) {
            any |= marks[k][i];
        }
        return any;
    }

    /** Empties the end column of the band at {@code base}, where every count's last −1 lands. */
    private void clearEnd(int base) {
        run[base + cols] = 0;
        wait[base + cols] = 0;
        for (int[] mark : marks) {
            mark[base + cols] = 0;
        }
    }

    /**
     * Fills pixels [from, to) of a pixel row with {@code paint}, its pattern's ink where {@link ChartPaint#inkAt}
     * puts it, {@code (sx, sy)} being the first pixel's place on the surface: the same pattern as on a bar.
     */
    private void patterned(int from, int to, ChartPaint paint, int sx, int sy, int tile) {
        int plain = paint.argb();
        if (paint.pattern() == ChartPaint.Pattern.SOLID) {
            Arrays.fill(pixels, from, to, plain);
            return;
        }
        int ink = paint.inkArgb();
        int first = Math.min(to, from + tile);
        for (int i = from; i < first; i++) {
            pixels[i] = ChartPaint.inkAt(paint.pattern(), sx + i - from, sy, tile) ? ink : plain;
        }
        for (int i = first; i < to; i += tile) {
            System.arraycopy(pixels, from, pixels, i, Math.min(tile, to - i));
        }
    }

    /**
     * Fills pixels [from, to) with {@code plain}, and with {@code ink} where the pattern's phase is below
     * {@code inkWidth}: one tile is drawn pixel by pixel, the rest copied from it, so long runs cost a memory copy.
     */
    private void span(int from, int to, int plain, int ink, int phase, int inkWidth, int tile) {
        if (plain == ink) {
            Arrays.fill(pixels, from, to, plain);
            return;
        }
        int first = Math.min(to, from + tile);
        int p = phase;
        for (int i = from; i < first; i++) {
            pixels[i] = p < inkWidth ? ink : plain;
            if (++p == tile) {
                p = 0;
            }
        }
        for (int i = first; i < to; i += tile) {
            System.arraycopy(pixels, from, pixels, i, Math.min(tile, to - i));
        }
    }

    private void renderProfile(int y0, int ox, int oy, int tile) {
        int y1 = profileEnd[y0];
        int base = y0 * (cols + 1);
        int count = 0;
        int peak = 0;
        for (int x = 0; x < cols; x++) {
            count += run[base + x];
            run[base + x] = 0;
            wait[base + x] = 0;
            for (int k = 0; k < layers; k++) {
                marks[k][base + x] = 0;
            }
            heights[x] = count;
            peak = Math.max(peak, count);
        }
        clearEnd(base);
        used[y0] = false;
        int bandHeight = y1 - y0;
        for (int x = 0; x < cols; x++) {
            int c = heights[x];
            heights[x] = c == 0 ? 0 : Math.max(1, (int) Math.round((double) c * bandHeight / peak));
        }
        int argb = profileArgb[y0];
        int ink = profileInk[y0];
        boolean hatch = profileHatch[y0];
        int unit = Math.max(1, tile / ChartPaint.TILE);
        int width = hatch ? unit : 3 * unit;
        for (int y = y0; y < y1; y++) {
            int out = y * cols;
            int fromBottom = y1 - y;
            int stripe = hatch ? Math.floorMod(ox + oy + y, tile) : Math.floorMod(ox - oy - y, tile);
            for (int x = 0; x < cols; x++) {
                pixels[out + x] = heights[x] < fromBottom ? 0 : stripe < width ? ink : argb;
                if (++stripe == tile) {
                    stripe = 0;
                }
            }
        }
    }
}
