package org.asynclab.ui.common;

import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Lets a wrapping label break between its words, never inside one: its least width is that of its longest word in
 * the font CSS gives it, plus its padding. A French table header ("Boucle d’événements") narrowed below its longest
 * word was split "d’évén / ement / s" at every window size.
 */
public final class WholeWords {
    /** Where a line may break: spaces, tabs, the en space between the order's entries; not a no-break space. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\u2002\\u2003\\u2009]+");

    private WholeWords() {
    }

    /** Wraps {@code label} between words only, from now on and whenever its font or padding change. */
    public static void wrap(Labeled label) {
        label.setWrapText(true);
        label.minWidthProperty().bind(Bindings.createDoubleBinding(() -> leastWidth(label),
                label.textProperty(), label.fontProperty(), label.paddingProperty()));
    }

    /**
     * The least width at which {@code label} breaks none of its words: its longest word in its font, plus its
     * padding. For a label that must not widen what holds it, to tell when it needs more room than it has.
     */
    public static double leastWidth(Labeled label) {
        return longestWord(label.getText(), label.getFont()) + label.snappedLeftInset() + label.snappedRightInset()
                + 1;
    }

    /** The words of {@code text}: what lies between the places a line may break. */
    public static String[] words(String text) {
        return SPACES.split(text == null ? "" : text.strip());
    }

    /** The width of the longest word of {@code text} in {@code font}. */
    static double longestWord(String text, Font font) {
        double widest = 0;
        Text measure = new Text();
        measure.setFont(font);
        for (String word : words(text)) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
