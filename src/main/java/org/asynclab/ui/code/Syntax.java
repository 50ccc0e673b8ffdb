package org.asynclab.ui.code;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The tokens of Python and Java the code panel colours: one style class per kind of token, computed from plain
 * text by one regular expression per language. Pure (no node), so it runs off the FX thread and is tested alone.
 * The colours are in CodePanel.css, as looked-up colours of the theme.
 */
public enum Syntax {
    /** Python 3: keywords, builtins, strings (f-strings, triple quotes), comments, numbers, decorators. */
    PYTHON(Pattern.compile(
            "(?<COMMENT>#[^\\n]*)"
            + "|(?<FSTRING>(?i:rf|fr|f)(?:\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)"
            + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?))"
            + "|(?<STRING>(?i:[rbu]|rb|br)?(?:\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)"
            + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?))"
            + "|(?<DECORATOR>(?m:^[ \\t]*@[A-Za-z_][\\w.]*))"
            + "|(?<ASYNC>\\b(?:async|await)\\b)"
            + "|(?<KEYWORD>\\b(?:False|None|True|and|as|assert|break|class|continue|def|del|elif|else|except"
            + "|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with"
            + "|yield|match|case)\\b)"
            + "|(?<BUILTIN>\\b(?:print|range|len|sorted|sum|min|max|list|dict|set|tuple|int|float|str|bool"
            + "|enumerate|zip|map|filter|isinstance|type|abs|round|open|input|any|all|iter|next|repr|super"
            + "|self|Exception|ValueError|RuntimeError|TypeError|KeyError)\\b)"
            + "|(?<NUMBER>\\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+"
            + "|\\d[\\d_]*(?:\\.[\\d_]*)?(?:[eE][+-]?\\d+)?[jJ]?)\\b|\\.\\d[\\d_]*(?:[eE][+-]?\\d+)?\\b)")),

    /** Java 21: keywords, strings and text blocks, characters, comments, numbers, annotations. */
    JAVA(Pattern.compile(
            "(?<COMMENT>//[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|\\z))"
            + "|(?<STRING>\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?)"
            + "|(?<DECORATOR>@[A-Za-z_][\\w.]*)"
            + "|(?<KEYWORD>\\b(?:abstract|assert|boolean|break|byte|case|catch|char|class|const|continue"
            + "|default|do|double|else|enum|extends|final|finally|float|for|goto|if|implements|import"
            + "|instanceof|int|interface|long|native|new|package|private|protected|public|return|short|static"
            + "|strictfp|super|switch|synchronized|this|throw|throws|transient|try|void|volatile|while|var"
            + "|record|yield|true|false|null)\\b)"
            + "|(?<NUMBER>\\b(?:0[xX][0-9a-fA-F_]+[lL]?|\\d[\\d_]*(?:\\.[\\d_]*)?(?:[eE][+-]?\\d+)?[lLfFdD]?)\\b)"));

    /** Style class of a comment. */
    public static final String COMMENT = "al-code-comment";
    /** Style class of a string (an f-string's literal parts too). */
    public static final String STRING = "al-code-string";
    /** Style class of a replacement field inside an f-string, {@code {delay:.2f}}. */
    public static final String INTERPOLATION = "al-code-interpolation";
    /** Style class of a decorator or annotation. */
    public static final String DECORATOR = "al-code-decorator";
    /** Style class of {@code async} and {@code await}, stressed: they are what the course is about. */
    public static final String ASYNC = "al-code-async";
    /** Style class of a keyword. */
    public static final String KEYWORD = "al-code-keyword";
    /** Style class of a builtin function or type. */
    public static final String BUILTIN = "al-code-builtin";
    /** Style class of a number. */
    public static final String NUMBER = "al-code-number";

    private static final Pattern REPLACEMENT_FIELD = Pattern.compile("\\{\\{|}}|\\{[^{}\\n]*}");
    private final Pattern pattern;
    private final List<String> groups;

    Syntax(Pattern pattern) {
        this.pattern = pattern;
        this.groups = Stream.of("COMMENT", "FSTRING", "STRING", "DECORATOR", "ASYNC", "KEYWORD", "BUILTIN",
                "NUMBER").filter(g -> pattern.pattern().contains("(?<" + g + ">")).toList();
    }

    /** The style classes of every character of {@code text}: one span per token, unstyled text between. */
    public StyleSpans<Collection<String>> highlight(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher matcher = pattern.matcher(text);
        int end = 0;
        while (matcher.find()) {
            String group = groupOf(matcher);
            spans.add(List.of(), matcher.start() - end);
            if (group.equals("FSTRING")) {
                fString(text.substring(matcher.start(), matcher.end()), spans);
            } else {
                spans.add(List.of(styleClass(group)), matcher.end() - matcher.start());
            }
            end = matcher.end();
        }
        spans.add(List.of(), text.length() - end);
        return spans.create();
    }

    /** An f-string: its literal parts as a string, its replacement fields as code. */
    private static void fString(String token, StyleSpansBuilder<Collection<String>> spans) {
        Matcher field = REPLACEMENT_FIELD.matcher(token);
        int end = 0;
        while (field.find()) {
            if (field.group().length() == 2 && !field.group().equals("{}")) {
                continue;  // {{ and }} are literal braces
            }
            spans.add(List.of(STRING), field.start() - end);
            spans.add(List.of(INTERPOLATION), field.end() - field.start());
            end = field.end();
        }
        spans.add(List.of(STRING), token.length() - end);
    }

    private String groupOf(Matcher matcher) {
        for (String group : groups) {
            if (matcher.group(group) != null) {
                return group;
            }
        }
        throw new IllegalStateException("a token matched no group");
    }

    private static String styleClass(String group) {
        return switch (group) {
            case "COMMENT" -> COMMENT;
            case "STRING" -> STRING;
            case "DECORATOR" -> DECORATOR;
            case "ASYNC" -> ASYNC;
            case "KEYWORD" -> KEYWORD;
            case "BUILTIN" -> BUILTIN;
            case "NUMBER" -> NUMBER;
            default -> throw new IllegalArgumentException(group);
        };
    }
}
