package org.asynclab.ui.look;

import java.util.Locale;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.Bindings;
import org.asynclab.chart.ChartTheme;

/**
 * How the window looks, apart from what it shows: the colour theme, the text size (presenter mode: Ctrl + and
 * Ctrl −), the language and whether the code panel is open. It outlives the window's nodes, so switching the
 * language (which rebuilds them) keeps everything else, and it is what the preferences remember.
 */
public final class LookViewModel {
    /** The text sizes in pixels that Ctrl + and Ctrl − step through; each has a style class {@code al-text-N}. */
    public static final int[] TEXT_SIZES = {12, 14, 16, 18, 20, 22, 24, 28, 32, 36};
    /** The designed text size: the chart is drawn at its design size here. */
    public static final int DEFAULT_TEXT_SIZE = 16;

    private final ObjectProperty<ChartTheme> theme = new SimpleObjectProperty<>(this, "theme", ChartTheme.LIGHT);
    private final IntegerProperty textSize = new SimpleIntegerProperty(this, "textSize", DEFAULT_TEXT_SIZE);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", systemLanguage());
    private final BooleanProperty codeVisible = new SimpleBooleanProperty(this, "codeVisible", false);
    private final DoubleBinding textScale = Bindings.createDoubleBinding(
            () -> textSize.get() / (double) DEFAULT_TEXT_SIZE, textSize);

    /** French on a French system, English otherwise: the two languages of the app. */
    public static Locale systemLanguage() {
        return Locale.getDefault().getLanguage().equals(Locale.FRENCH.getLanguage()) ? Locale.FRENCH
                : Locale.ENGLISH;
    }

    /** Larger text, up to the largest size. */
    public void biggerText() {
        textSize.set(step(+1));
    }

    /** Smaller text, down to the smallest size. */
    public void smallerText() {
        textSize.set(step(-1));
    }

    /** The designed text size again. */
    public void resetText() {
        textSize.set(DEFAULT_TEXT_SIZE);
    }

    private int step(int direction) {
        int at = indexOf(textSize.get());
        return TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, at + direction))];
    }

    /** The position of the size nearest to {@code size} in {@link #TEXT_SIZES}. */
    static int indexOf(int size) {
        int best = 0;
        for (int i = 1; i < TEXT_SIZES.length; i++) {
            if (Math.abs(TEXT_SIZES[i] - size) < Math.abs(TEXT_SIZES[best] - size)) {
                best = i;
            }
        }
        return best;
    }

    /** The nearest known text size to {@code size}. */
    public static int nearestTextSize(int size) {
        return TEXT_SIZES[indexOf(size)];
    }

    /** Puts everything back as on a first start. */
    public void reset() {
        theme.set(ChartTheme.LIGHT);
        resetText();
        language.set(systemLanguage());
        codeVisible.set(false);
    }

    /** The colour theme of the window and its charts. */
    public ObjectProperty<ChartTheme> themeProperty() {
        return theme;
    }

    /** The text size in pixels: the root font size, from which every em-sized rule follows. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** Text size ÷ designed size: how much larger the charts are drawn. */
    public DoubleBinding textScaleBinding() {
        return textScale;
    }

    /** English or French. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** Whether the code panel (Python and Java beside the chart) is open. */
    public BooleanProperty codeVisibleProperty() {
        return codeVisible;
    }
}
