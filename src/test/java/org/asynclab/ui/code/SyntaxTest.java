package org.asynclab.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class SyntaxTest {

    /** Each styled token as "class:text", in order. */
    private static List<String> tokens(Syntax syntax, String text) {
        StyleSpans<Collection<String>> spans = syntax.highlight(text);
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(String.join(",", span.getStyle()) + ":" + text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        assertThat(at).isEqualTo(text.length());
        return out;
    }

    @Test
    void asyncAndAwaitAreStressedApartFromOtherKeywords() {
        assertThat(tokens(Syntax.PYTHON, "async def f():\n    await g()  # waits\n")).containsExactly(
                "al-code-async:async", "al-code-keyword:def", "al-code-async:await", "al-code-comment:# waits");
    }

    @Test
    void stringsHideWhatLooksLikeCodeInside() {
        assertThat(tokens(Syntax.PYTHON, "x = 'if # not a comment'\ns = \"\"\"Doc\nawait\"\"\"")).containsExactly(
                "al-code-string:'if # not a comment'", "al-code-string:\"\"\"Doc\nawait\"\"\"");
    }

    @Test
    void anFStringsReplacementFieldsAreMarkedInsideTheString() {
        assertThat(tokens(Syntax.PYTHON, "print(f\"{n} tasks {{x}}\")")).containsExactly(
                "al-code-builtin:print", "al-code-string:f\"", "al-code-interpolation:{n}",
                "al-code-string: tasks {{x}}\"");
    }

    @Test
    void numbersAndDecoratorsAreTheirOwnKind() {
        assertThat(tokens(Syntax.PYTHON, "@dataclass\nx = 1.5 + 10_000 + v2")).containsExactly(
                "al-code-decorator:@dataclass", "al-code-number:1.5", "al-code-number:10_000");
    }

    @Test
    void anUnfinishedStringRunsToTheEndOfItsLineOrText() {
        assertThat(tokens(Syntax.PYTHON, "s = 'open\nx = 1")).containsExactly("al-code-string:'open",
                "al-code-number:1");
        assertThat(tokens(Syntax.PYTHON, "s = '''open\nx = 1")).containsExactly("al-code-string:'''open\nx = 1");
    }

    @Test
    void javaKeywordsCommentsAndStrings() {
        assertThat(tokens(Syntax.JAVA, "long d = 5L; // wait\nString s = \"a\"; /* b */")).containsExactly(
                "al-code-keyword:long", "al-code-number:5L", "al-code-comment:// wait", "al-code-string:\"a\"",
                "al-code-comment:/* b */");
    }
}
