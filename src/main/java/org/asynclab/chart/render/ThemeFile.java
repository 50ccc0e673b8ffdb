package org.asynclab.chart.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a theme's colours from its CSS file without a JavaFX toolkit: the declarations {@code -al-…: #rrggbb;} of
 * the rule whose selectors include {@code .root}. Headless export uses it, and the control uses it for its initial
 * values, so the CSS file stays the one place where a theme's colours are written.
 */
public final class ThemeFile {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECLARATION =
            Pattern.compile("(-al-[a-z0-9-]+)\\s*:\\s*#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\\s*;");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private ThemeFile() {
    }

    /** The colours of the CSS resource at {@code resource} (a class-path path such as /org/…/theme-light.css). */
    public static int[] load(String resource) {
        try (InputStream in = ThemeFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("theme file " + resource + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new IllegalStateException("theme file " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The colours of {@code css}, one ARGB per {@link ChartColor}, by ordinal; {@code name} is for messages. */
    public static int[] parse(String css, String name) {
        Map<String, Integer> found = new HashMap<>();
        Matcher rule = RULE.matcher(COMMENT.matcher(css).replaceAll(""));
        while (rule.find()) {
            if (!selectsRoot(rule.group(1))) {
                continue;
            }
            Matcher decl = DECLARATION.matcher(rule.group(2));
            while (decl.find()) {
                found.put(decl.group(1).toLowerCase(Locale.ROOT), argb(decl.group(2)));
            }
        }
        ChartColor[] colors = ChartColor.values();
        int[] result = new int[colors.length];
        for (ChartColor c : colors) {
            Integer value = found.get(c.cssName());
            if (value == null) {
                throw new IllegalStateException("theme file " + name + " has no colour " + c.cssName()
                        + " (as #rrggbb) in its .root rule");
            }
            result[c.ordinal()] = value;
        }
        return result;
    }

    private static boolean selectsRoot(String selectors) {
        for (String s : selectors.split(",")) {
            if (s.trim().equals(".root")) {
                return true;
            }
        }
        return false;
    }

    private static int argb(String hex) {
        String h = hex;
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        if (h.length() == 6) {
            return 0xFF000000 | Integer.parseInt(h, 16);
        }
        long rgba = Long.parseLong(h, 16);
        return (int) ((rgba & 0xFF) << 24 | rgba >>> 8);
    }
}
