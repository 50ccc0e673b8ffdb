package org.asynclab.ui.replay;

import javafx.util.StringConverter;
import org.asynclab.ui.common.UiText;

/** How the replay's speed choices read in the window's language: "0.25×", "2×". The list is never typed into. */
public final class ReplaySpeeds extends StringConverter<Double> {
    private final UiText text;

    /** Writes speeds with {@code text}'s numbers and words. */
    public ReplaySpeeds(UiText text) {
        this.text = text;
    }

    @Override
    public String toString(Double speed) {
        return speed == null ? "" : text.format("results.times", text.decimal(speed, speed < 1 ? 2 : 0));
    }

    @Override
    public Double fromString(String typed) {
        return null;
    }
}
