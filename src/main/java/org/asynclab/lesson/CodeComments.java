package org.asynclab.lesson;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comments and docstrings of the code samples in the window's language: a template writes {@code {{t:key}}}
 * and the text comes from {@code code/comments.properties} ({@code comments_fr.properties} in French). Each text
 * is written so that the line it lands on stays within the course's 79 characters in both languages.
 */
final class CodeComments {
    private static final String BUNDLE = "org.asynclab.lesson.code.comments";
    private static final Pattern KEY = Pattern.compile("\\{\\{t:([\\w.-]+)}}");

    private CodeComments() {
    }

    /** {@code code} with every {@code {{t:key}}} replaced by its text in {@code locale}'s language. */
    static String fill(String code, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Matcher matcher = KEY.matcher(code);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String text;
            try {
                text = bundle.getString(matcher.group(1));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("the code comment " + matcher.group(1) + " is missing", e);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
