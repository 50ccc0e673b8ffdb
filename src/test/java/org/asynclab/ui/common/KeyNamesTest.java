package org.asynclab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** Keys named in the window's language, the same in the menus and in the F1 list, and still the same keys. */
class KeyNamesTest {
    private final KeyNames french = new KeyNames(UiText.forLocale(Locale.FRENCH));
    private final KeyNames english = new KeyNames(UiText.forLocale(Locale.ENGLISH));

    private static KeyCodeCombination keys(String accelerator) {
        return (KeyCodeCombination) KeyCombination.keyCombination(accelerator);
    }

    private static KeyEvent pressed(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    @Test
    void aFrenchWindowNamesTheKeysInFrenchAndKeepsTheNamesThatReadTheSame() {
        assertThat(french.display(keys("Space"))).isEqualTo("Espace");
        assertThat(french.display(keys("Page Down"))).isEqualTo("Page suivante");
        assertThat(french.display(keys("Page Up"))).isEqualTo("Page précédente");
        assertThat(french.display(keys("Shift+Left"))).isEqualTo("Maj+←");
        assertThat(french.display(keys("Ctrl+Shift+0"))).isEqualTo("Ctrl+Maj+0");
        assertThat(french.display(keys("Ctrl+Plus"))).isEqualTo("Ctrl++");
        assertThat(french.display(keys("F11"))).isEqualTo("F11");
        assertThat(english.display(keys("Space"))).isEqualTo("Space");
        assertThat(english.display(keys("Page Down"))).isEqualTo("Page Down");
    }

    @Test
    void aKeyNamedInTheFrenchMenusMatchesTheKeyItMatchedBefore() {
        KeyCombination space = french.shown(KeyCombination.keyCombination("Space"));
        KeyCombination smaller = french.shown(KeyCombination.keyCombination("Ctrl+Minus"));

        assertThat(space.getDisplayText()).isEqualTo("Espace");
        assertThat(space.match(pressed(KeyCode.SPACE, false, false))).isTrue();
        assertThat(space.match(pressed(KeyCode.SPACE, true, false))).isFalse();
        assertThat(space.match(pressed(KeyCode.ENTER, false, false))).isFalse();
        assertThat(smaller.match(pressed(KeyCode.MINUS, false, true))).isTrue();
        assertThat(french.shown(space)).isSameAs(space);
        assertThat(space).isEqualTo(french.shown(KeyCombination.keyCombination("Space")));
    }

    @Test
    void theF1ListNamesItsKeysAsTheMenusDoInBothLanguages() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            UiText text = UiText.forLocale(language);
            KeyNames names = new KeyNames(text);

            String list = names.expand(text.get("help.shortcuts.text"));

            assertThat(list).as(language + ": every {KEY} named").doesNotContain("{").doesNotContain("}");
            for (String menuKeys : new String[] {"Space", "Page Down", "Page Up", "Shift+Left"}) {
                assertThat(list).as(language + " " + menuKeys).contains(names.display(keys(menuKeys)));
            }
        }
        String french = this.french.expand(UiText.forLocale(Locale.FRENCH).get("help.shortcuts.text"));
        assertThat(french).startsWith("Espace\t").contains("\nÉchap\t").contains("\nEntrée\t")
                .doesNotContain("Space").doesNotContain("Shift").doesNotContain("Page Down");
        assertThat(english.expand("{NOT_A_KEY} {ESCAPE}")).isEqualTo("{NOT_A_KEY} Escape");
    }

    /**
     * Every accelerator of the window's menus reads in the F1 list as the menu writes it, in both languages: the View
     * menu wrote "Ctrl+-" for Smaller text (JavaFX's hyphen) while the list wrote "Ctrl −" (the minus sign).
     */
    @Test
    void everyMenuKeyReadsInTheF1ListAsInItsMenuWithOneMinusSign() throws IOException {
        List<String> accelerators = accelerators("/org/asynclab/ui/MainView.fxml");
        assertThat(accelerators).contains("Minus", "Shortcut+Minus", "Shortcut+Plus", "Shortcut+0");
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            UiText text = UiText.forLocale(language);
            KeyNames names = new KeyNames(text);
            String list = names.expand(text.get("help.shortcuts.text"));
            String sweepList = names.expand(text.get("help.sweep.shortcuts.text"));
            for (String accelerator : accelerators) {
                String shown = names.shown(KeyCombination.keyCombination(accelerator)).getDisplayText();
                assertThat(list).as(language + " " + accelerator).contains(shown);
                assertThat(shown).as(language + " " + accelerator).doesNotContain("-");
            }
            assertThat(names.display(keys("Shortcut+Minus"))).isEqualTo("Ctrl+−");
            assertThat(sweepList).as(language + " sweep").contains("Ctrl+−").contains("Ctrl++").contains("Ctrl+0");
            // the keys' column of each line: the words beside them may have a hyphen ("double-clic")
            assertThat((list + "\n" + sweepList).lines().filter(line -> line.contains("\t"))
                    .map(line -> line.split("\t")[0]))
                    .as(language + ": one minus sign").noneMatch(keysColumn -> keysColumn.contains("-"));
        }
    }

    private static List<String> accelerators(String fxml) throws IOException {
        try (InputStream in = KeyNamesTest.class.getResourceAsStream(fxml)) {
            Matcher accelerator = Pattern.compile("accelerator=\"([^\"]+)\"")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return accelerator.results().map(found -> found.group(1)).distinct().toList();
        }
    }
}
