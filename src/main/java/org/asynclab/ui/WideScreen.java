package org.asynclab.ui;

import javafx.scene.layout.Region;
import org.asynclab.ui.look.LookViewModel;

/**
 * A screen wide and tall for its text size: 1600×900 and larger, in pixels of the designed 16 px text (layout11).
 * There the results column is much taller than a comparison's table: the lesson's explanation and "look at" line
 * stand at its foot ({@link LessonAside}), and without a lesson the results take it at the charts' text size
 * ({@link RoomyResults}).
 */
final class WideScreen {
    private static final double LEAST_WIDTH = 1600;
    private static final double LEAST_HEIGHT = 900;

    private WideScreen() {
    }

    /** Whether {@code root}, the window, is a wide screen at {@code textSize} px. */
    static boolean holds(Region root, int textSize) {
        double designed = (double) LookViewModel.DEFAULT_TEXT_SIZE / textSize;
        return root.getWidth() * designed >= LEAST_WIDTH && root.getHeight() * designed >= LEAST_HEIGHT;
    }
}
