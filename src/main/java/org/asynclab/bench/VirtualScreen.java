package org.asynclab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A virtual X display (Xvfb) whose screen the benchmark reads as the app paints it. Xvfb keeps its frame buffer
 * in a file ({@code -fbdir}), which this class maps: looking at the screen costs a few hundred memory reads, no
 * X request and no process, so the measuring takes no CPU time from the app it measures. The root window is
 * black ({@code -br}); a window that is mapped but not yet painted is one flat colour; a painted JavaFX window
 * has text, borders and controls, so many colours.
 */
final class VirtualScreen implements AutoCloseable {
    /** Distinct colours on the sampled grid from which the screen shows a painted window. */
    private static final int PAINTED_COLOURS = 4;
    /** Half the start's picture, and a margin: the part of the screen it may cover, around the centre. */
    private static final int SPLASH_HALF_WIDTH = 300;
    private static final int SPLASH_HALF_HEIGHT = 140;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int GRID_COLUMNS = 64;
    private static final int GRID_ROWS = 40;
    /** Field indexes (32-bit, big-endian) in the XWD header Xvfb writes before the pixels. */
    private static final int HEADER_SIZE = 0;
    private static final int BITS_PER_PIXEL = 11;
    private static final int BYTES_PER_LINE = 12;
    private static final int COLOUR_COUNT = 19;
    private static final int XWD_COLOUR_BYTES = 12;

    private final Process xvfb;
    private final Path folder;
    private final String display;
    private final MappedByteBuffer pixels;
    private final int pixelsAt;
    private final int bytesPerLine;

    private VirtualScreen(Process xvfb, Path folder, String display, MappedByteBuffer pixels) {
        this.xvfb = xvfb;
        this.folder = folder;
        this.display = display;
        this.pixels = pixels;
        pixels.order(ByteOrder.BIG_ENDIAN);
        this.pixelsAt = pixels.getInt(HEADER_SIZE * 4) + pixels.getInt(COLOUR_COUNT * 4) * XWD_COLOUR_BYTES;
        this.bytesPerLine = pixels.getInt(BYTES_PER_LINE * 4);
        if (pixels.getInt(BITS_PER_PIXEL * 4) != 32) {
            throw new IllegalStateException("Xvfb's screen is not 32 bits a pixel");
        }
    }

    /** Starts Xvfb on a free display number; fails with a sentence when it is not installed or does not start. */
    static VirtualScreen start() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("asynclab-screen");
        for (int number = 141; number < 190; number++) {
            if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))
                    || Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                continue;
            }
            Process xvfb;
            try {
                xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", WIDTH + "x" + HEIGHT + "x24",
                        "-fbdir", folder.toString(), "-br", "-nolisten", "tcp", "-ac")
                        .redirectErrorStream(true).redirectOutput(folder.resolve("xvfb.log").toFile()).start();
            } catch (IOException missing) {
                throw new IOException("needs Xvfb (Debian/Ubuntu: sudo apt-get install xvfb libgtk-3-0)", missing);
            }
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            Path frameBuffer = folder.resolve("Xvfb_screen0");
            // The socket can appear before the frame buffer's file has its full size (a loaded machine): mapped
            // then, the screen would be read past its end.
            for (int wait = 0; wait < 100 && xvfb.isAlive() && !(Files.exists(socket) && whole(frameBuffer)); wait++) {
                Thread.sleep(50);
            }
            if (xvfb.isAlive() && Files.exists(socket) && whole(frameBuffer)) {
                try (FileChannel channel = FileChannel.open(frameBuffer, StandardOpenOption.READ)) {
                    return new VirtualScreen(xvfb, folder, ":" + number,
                            channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
                }
            }
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
        throw new IOException("Xvfb did not start on any display from :141 to :189 (log in " + folder + ")");
    }

    /** Whether Xvfb's frame buffer file holds at least the screen's pixels (its header comes on top of them). */
    private static boolean whole(Path frameBuffer) throws IOException {
        return Files.exists(frameBuffer) && Files.size(frameBuffer) > (long) WIDTH * HEIGHT * 4;
    }

    /** The display's name, for {@code DISPLAY}. */
    String display() {
        return display;
    }

    /** How many distinct colours the sampled grid shows now: 1 for an empty or an unpainted screen. */
    int colours() {
        return colours(false);
    }

    /**
     * How many distinct colours the sampled grid shows, around the screen's centre or not ({@code
     * aroundTheCentre}: where the start's picture, src/package/splash, shows, 560 × 240 px, is left out).
     */
    private int colours(boolean aroundTheCentre) {
        Set<Integer> seen = new HashSet<>();
        for (int row = 0; row < GRID_ROWS; row++) {
            int y = (row * HEIGHT + HEIGHT / 2) / GRID_ROWS;
            for (int column = 0; column < GRID_COLUMNS; column++) {
                int x = (column * WIDTH + WIDTH / 2) / GRID_COLUMNS;
                if (!aroundTheCentre || Math.abs(x - WIDTH / 2) > SPLASH_HALF_WIDTH
                        || Math.abs(y - HEIGHT / 2) > SPLASH_HALF_HEIGHT) {
                    seen.add(pixels.getInt(pixelsAt + y * bytesPerLine + x * 4) & 0xFFFFFF);
                }
            }
        }
        return seen.size();
    }

    /** Whether anything shows: the start's picture or a window. */
    boolean anything() {
        return colours() > 1;
    }

    /**
     * Whether a window with content is on the screen: content around the centre too, where the start's picture
     * would be alone (the app's window fills the screen).
     */
    boolean painted() {
        return colours(true) >= PAINTED_COLOURS;
    }

    @Override
    public void close() {
        xvfb.destroy();
        try {
            xvfb.waitFor(5, TimeUnit.SECONDS);
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
