package org.asynclab.ui;

import javafx.animation.AnimationTimer;

/** Measures the longest time between two pulses of the FX thread: how long the window went without answering. */
final class PulseWatch extends AnimationTimer {
    private long last;
    private long longest;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longest = Math.max(longest, now - last);

        }
        last = now;
    }

    long longestGapMillis() {
        return longest / 1_000_000;
    }
}
