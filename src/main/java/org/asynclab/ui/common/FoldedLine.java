package org.asynclab.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * A folded settings line as its toggle shows it (the main window's and the sweep window's): it wraps between its
 * " · " parts and after a list's commas, never inside a part, and its mark (▾ folded, ▴ open) never stands on a line
 * of its own. Wrapped at any space, "20 tasks · … · vs Pool of 4 ▾" left "4 ▾" alone on its second line at
 * 1280×720, and a lone "▾" took a line at 1024×768 in French.
 */
public final class FoldedLine {
    /** Between two parts of the line. */
    public static final String SEPARATOR = " · ";
    private static final String NO_BREAK = "\u00a0";

    private FoldedLine() {
    }

    /** {@code line} with its mark, breakable only between its parts and after a comma. */
    public static String text(String line, boolean open) {
        String[] parts = line.split(SEPARATOR, -1);
        StringBuilder out = new StringBuilder(line.length() + 2);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(NO_BREAK).append("· ");  // the dot stays with the part before it
            }
            out.append(parts[i].replaceAll("(?<!,) ", NO_BREAK));
        }
        return out.append(NO_BREAK).append(open ? '▴' : '▾').toString();
    }

    /** {@link #text} of {@code line} and {@code open}, now and at every change. */
    public static StringBinding of(ObservableStringValue line, ObservableBooleanValue open) {
        return Bindings.createStringBinding(() -> text(line.get(), open.get()), line, open);
    }
}
