package org.asynclab.lesson;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in English and French: a title, an explanation, a Python lesson's program. The course is taught in French;
 * the English text serves everyone else. A teacher's file may give one language only, and the other then shows the
 * same words.
 *
 * @param en the English text
 * @param fr the French text
 */
public record LocalizedText(String en, String fr) {

    /** Checks that both texts exist (an empty text is allowed: a scenario may have nothing to add). */
    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(fr, "fr");
    }

    /** The same words in both languages. */
    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    /** The text for {@code locale}: French for any French locale, English otherwise. */
    public String in(Locale locale) {
        return isFrench(locale) ? fr : en;
    }

    /**
     * Whether a session in {@code locale} gets the French of a text, a program or what the program prints: any
     * French locale does ({@code fr_CA} too); any other gets the English. The one place that says which.
     */
    public static boolean isFrench(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage());
    }

    /** Whether both texts are blank. */
    public boolean isBlank() {
        return en.isBlank() && fr.isBlank();
    }
}
