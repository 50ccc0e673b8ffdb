package org.asynclab.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * A long explanation folded to its first sentences, the rest behind "more": the lesson panel never cuts a line
 * with "…" and never pushes the chart off a projector's screen. A new explanation starts folded.
 */
public final class ExplanationFold {
    /** The longest head shown folded, in characters: about two lines of the lesson's text on a small screen. */
    static final int HEAD_CHARS = 130;

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final StringBinding shown;
    private final BooleanBinding foldable;

    /** Folds {@code explanation} as it changes. */
    public ExplanationFold(ObservableStringValue explanation) {
        explanation.addListener(o -> open.set(false));
        this.shown = Bindings.createStringBinding(() -> open.get() ? explanation.get() : head(explanation.get()),
                explanation, open);
        this.foldable = Bindings.createBooleanBinding(() -> !head(explanation.get()).equals(explanation.get()),
                explanation);
    }

    /**
     * The first sentences of {@code text} that fit in {@link #HEAD_CHARS} (always at least one), or the whole
     * text when it is short or has a single sentence.
     */
    static String head(String text) {
        if (text == null || text.length() <= HEAD_CHARS) {
            return text == null ? "" : text;
        }
        int end = -1;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                if (end >= 0 && i + 1 > HEAD_CHARS) {
                    break;
                }
                end = i + 1;
                if (end > HEAD_CHARS) {
                    break;
                }
            }
        }
        return end < 0 ? text : text.substring(0, end);
    }

    /** The explanation as shown: its head while folded, all of it once opened. */
    public StringBinding shownBinding() {
        return shown;
    }

    /** Whether there is more than the head (the "more" link shows). */
    public BooleanBinding foldableBinding() {
        return foldable;
    }

    /** Whether the whole explanation shows. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** Opens a folded explanation, folds an open one. */
    public void toggle() {
        open.set(!open.get());
    }
}
