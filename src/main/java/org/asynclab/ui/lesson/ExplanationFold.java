package org.asynclab.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * A long explanation folded to its first sentences, the rest behind "more": the lesson panel never cuts a line
 * with "…" and never pushes the chart off a projector's screen. A new explanation starts folded. While the code
 * shows beside the chart ({@link #briefProperty brief}), a folded explanation folds away whole: the title and the
 * "look at" line stay, "more" opens it.
 */
public final class ExplanationFold {
    /** The longest head shown folded, in characters: about two lines of the lesson's text on a small screen. */
    static final int HEAD_CHARS = 130;

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final BooleanProperty brief = new SimpleBooleanProperty(this, "brief", false);
    private final BooleanProperty bare = new SimpleBooleanProperty(this, "bare", false);
    private final StringBinding shown;
    private final BooleanBinding foldable;

    /** Folds {@code explanation} as it changes. */
    public ExplanationFold(ObservableStringValue explanation) {
        explanation.addListener(o -> open.set(false));
        this.shown = Bindings.createStringBinding(() -> open.get() ? explanation.get()
                : brief.get() ? "" : head(explanation.get()), explanation, open, brief);
        this.foldable = Bindings.createBooleanBinding(() -> !head(explanation.get()).equals(explanation.get())
                || brief.get() && explanation.get() != null && !explanation.get().isEmpty(), explanation, brief);
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

    /** Whether a folded explanation shows nothing rather than its head (while the code shows beside the chart). */
    public BooleanProperty briefProperty() {
        return brief;
    }

    /**
     * Whether the lesson stands bare (layout11: the largest text in a window of 768 px or less): the "look at" line
     * folds behind "more" too, and the title alone stays above the chart until "more" opens both.
     */
    public BooleanProperty bareProperty() {
        return bare;
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
