package org.asynclab.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The names of keys in the window's language, for the menus' accelerators and the F1 list of keys alike: "Espace",
 * "Page suivante", "Maj" in a French window. A name lives in the bundle as {@code key.CODE} ({@code key.SPACE}); a
 * key without one keeps JavaFX's name ({@code F11}, {@code R}, {@code ←}), which is the same in every language. The
 * minus key has one too, the minus sign: JavaFX writes a hyphen ("Ctrl+-"), where the F1 list wrote "−".
 *
 * <p>JavaFX writes a menu item's accelerator with {@link KeyCombination#getDisplayText()}, in English whatever the
 * locale. {@link #showIn} gives each item a combination that matches the same keys and names them in the window's
 * language: a {@link KeyCombination} of its own, through the public API (the menus' skin is left as it is).
 */
public final class KeyNames {
    /** A key named in a text: {@code {SPACE}}, {@code {PAGE_DOWN}}, {@code {SHIFT}}. */
    private static final Pattern NAMED = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");
    /** The modifier JavaFX names in English in a combination's text ({@code Shift+←}); Ctrl reads the same. */
    private static final String SHIFT = "Shift+";

    private final UiText text;

    /** Key names from {@code text}'s bundle. */
    public KeyNames(UiText text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The name of {@code code} in the window's language: "Espace"; JavaFX's own where the bundle has none. */
    public String of(KeyCode code) {
        String key = "key." + code.name();
        return text.bundle().containsKey(key) ? text.get(key) : new KeyCodeCombination(code).getDisplayText();
    }

    /** {@code keys} as a menu shows them, in the window's language: "Ctrl++", "Page suivante", "Maj+←". */
    public String display(KeyCodeCombination keys) {
        String whole = keys.getDisplayText();
        String key = new KeyCodeCombination(keys.getCode()).getDisplayText();
        String modifiers = whole.substring(0, whole.length() - key.length());
        return modifiers.replace(SHIFT, of(KeyCode.SHIFT) + "+") + of(keys.getCode());
    }

    /** {@code words} with each key named in braces ({@code {SPACE}}) written in the window's language. */
    public String expand(String words) {
        Matcher named = NAMED.matcher(words);
        StringBuilder out = new StringBuilder();
        while (named.find()) {
            String name;
            try {
                name = of(KeyCode.valueOf(named.group(1)));
            } catch (IllegalArgumentException notAKey) {
                name = named.group();
            }
            named.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        return named.appendTail(out).toString();
    }

    /** {@code keys}, matching the same key presses, named in the window's language; other combinations as they are. */
    public KeyCombination shown(KeyCombination keys) {
        return keys instanceof KeyCodeCombination code ? new Shown(code, display(code)) : keys;
    }

    /**
     * Gives every item of {@code menus} (and of their submenus) its accelerator named in the window's language, and
     * names the keys in braces in its text. An item's text names only a key its accelerator column does not show
     * ("Next scenario (→)" beside "Page Down"), so no key reads twice on one line.
     */
    public void showIn(List<Menu> menus) {
        for (Menu menu : menus) {
            for (MenuItem item : menu.getItems()) {
                if (item instanceof Menu sub) {
                    showIn(List.of(sub));
                    continue;
                }
                if (item.getText() != null) {
                    item.setText(expand(item.getText()));
                }
                if (item.getAccelerator() != null) {
                    item.setAccelerator(shown(item.getAccelerator()));
                }
            }
        }
    }

    /** A combination that matches as {@code keys} does and reads {@code display}. */
    private static final class Shown extends KeyCombination {
        private final KeyCodeCombination keys;
        private final String display;

        Shown(KeyCodeCombination keys, String display) {
            super(keys.getShift(), keys.getControl(), keys.getAlt(), keys.getMeta(), keys.getShortcut());
            this.keys = keys;
            this.display = display;
        }

        @Override
        public boolean match(KeyEvent event) {
            return keys.match(event);
        }

        @Override
        public String getName() {
            return keys.getName();
        }

        @Override
        public String getDisplayText() {
            return display;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shown shown && keys.equals(shown.keys);
        }

        @Override
        public int hashCode() {
            return keys.hashCode();
        }
    }
}
