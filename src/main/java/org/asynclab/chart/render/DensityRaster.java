package org.asynclab.chart.render;

import java.util.Arrays;

/**
 * An image of the plot, one pixel per device pixel, for rows too thin to draw bar by bar. Each pixel row (a band)
 * counts how many of its tasks run, or wait, at each pixel column, with a difference array (+1 where a task
 * starts, −1 where it ends, then a running sum), so a task costs four array writes however long it is. A band is
 * then coloured by its share of busy tasks (intensity), or a lane's band by the height of its concurrency
 * (profile). A third count, the marked tasks (those inside a phase that carries a lesson's point, such as a race's
 * read-to-write window), colours a band's pixel over the others, so that the point shows even at a task a pixel.
 * Every array is kept from frame to frame and only grows.
 */
final class DensityRaster {
    private int cols;
    private int rows;
    private int[] run = new int[0];
    private int[] wait = new int[0];
    private int[] mark = new int[0];
    private int[] pixels = new int[0];
    private boolean[] used = new boolean[0];
    private int[] profileEnd = new int[0];
    private int[] profileArgb = new int[0];
    private int[] profileInk = new int[0];
    private boolean[] profileHatch = new boolean[0];
    private int[] heights = new int[0];
    private ChartPaint markedPaint;

    /** Starts a frame of {@code width} × {@code height} device pixels, with every band empty. */
    void begin(int width, int height) {
        int stride = width + 1;
        if (width != cols || height != rows) {
            cols = width;
            rows = height;
            if (run.length < stride * height) {
                run = new int[stride * height];
                wait = new int[stride * height];
                mark = new int[stride * height];
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
            Arrays.fill(mark, 0);
            Arrays.fill(used, false);
        }
        // render() empties every band it reads; a frame that was never rendered leaves bands to empty here.
        for (int y = 0; y < rows; y++) {
            if (used[y]) {
                Arrays.fill(run, y * stride, (y + 1) * stride, 0);
                Arrays.fill(wait, y * stride, (y + 1) * stride, 0);
                Arrays.fill(mark, y * stride, (y + 1) * stride, 0);
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

    /** Counts a task inside a marked phase in band {@code row} over columns [c0, c1). */
    void addMark(int row, int c0, int c1) {
        add(mark, row, c0, c1);
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
     * pixel (originX, originY) is the raster's (0, 0), so stripes line up with those of bars. Marked pixels take
     * the colour of {@code marked} (its ink in the pattern's place).
     */
    void render(Palette palette, boolean striped, double norm, int originX, int originY, int tile) {
        render(palette, striped, norm, originX, originY, tile, null);
    }

    /** {@link #render(Palette, boolean, double, int, int, int)}, with the marked tasks' paint. */
    void render(Palette palette, boolean striped, double norm, int originX, int originY, int tile,
            ChartPaint marked) {
        markedPaint = marked;
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
        int r = 0;
        int w = 0;
        int m = 0;
        int x = 0;
        while (x < cols) {
            r += run[base + x];
            w += wait[base + x];
            m += mark[base + x];
            run[base + x] = 0;
            wait[base + x] = 0;
            mark[base + x] = 0;
            int next = x + 1;
            while (next < cols && (run[base + next] | wait[base + next] | mark[base + next]) == 0) {
                next++;
            }
            if (m > 0 && markedPaint != null) {
                span(out + x, out + next, markedPaint.argb(), markedPaint.inkArgb(), (stripe + x) % tile, 3 * unit,
                        tile);
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
        run[base + cols] = 0;
        wait[base + cols] = 0;
        mark[base + cols] = 0;
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
            mark[base + x] = 0;
            heights[x] = count;
            peak = Math.max(peak, count);
        }
        run[base + cols] = 0;
        wait[base + cols] = 0;
        mark[base + cols] = 0;
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
