package org.asynclab.ui.common;

import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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
     * Keeps {@code label} on one line, never narrowed by what stands beside it, wherever that line fits in {@code
     * bar} at {@code window}'s width (the window's, not the bar's: a bar as wide as the line would keep it so); where
     * it does not, it wraps between its words rather than widen the window past its edge. The
     * status line ("Prêt. Choisissez les réglages et appuyez sur Lancer (Espace).", 1,048 px at 32 px) laid the whole
     * window out 1,048 px wide in 1,024, the hint under the chart 14 px past its right edge (bigtext14).
     */
    public static void keepLineWhereItFits(Labeled label, HBox bar, Region window) {
        label.setWrapText(true);
        label.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(leastWidth(label),
                Math.min(label.prefWidth(-1), roomBeside(label, bar, window.getWidth()))),
                label.textProperty(), label.fontProperty(), label.paddingProperty(), window.widthProperty()));
    }

    /** The width {@code label} has in {@code bar} laid out {@code width} wide, the others at their least. */
    private static double roomBeside(Labeled label, HBox bar, double width) {
        double room = width - bar.snappedLeftInset() - bar.snappedRightInset();
        for (Node other : bar.getChildren()) {
            if (other != label && other.isManaged()) {
                room -= other.minWidth(-1) + bar.getSpacing();
            }
        }
        return room;
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
