package org.asynclab.ui.code;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.reactfx.Subscription;

/**
 * A code area with line numbers, syntax colours, and the marks the panel puts on lines: the lines tasks are paused
 * on at the chart's cursor (in the gutter a badge, a pause sign and the count, in place of the line number; the
 * line tinted) and the line of a problem (underlined). The colours are computed by {@link Syntax} on
 * {@code highlighting} — a background thread in the app — and applied on the FX thread only if the text has not
 * changed meanwhile, so typing never waits for them.
 */
public final class CodeEditor extends StackPane {
    /** Style class of the editor. */
    public static final String STYLE_CLASS = "al-code-editor";
    /** Paragraph style of a line a task is paused on. */
    public static final String PAUSED_LINE = "al-code-paused-line";
    /** Paragraph style of the line of a problem. */
    public static final String PROBLEM_LINE = "al-code-problem-line";
    /** Style class of the gutter badge that counts the tasks paused on a line: a pause sign and the count. */
    public static final String PAUSED_BADGE = "al-code-paused-badge";
    /**
     * Style class of the two bars of the badge's pause sign: drawn as shapes, since the "⏸" character is missing
     * from the fonts projectors are driven with (it drew as a box).
     */
    public static final String PAUSED_BAR = "al-code-paused-bar";
    /** Style class of the gutter: a line's number, or on a paused line the badge in its place. */
    public static final String GUTTER = "al-code-gutter";
    /** Style class of the badge's count. */
    public static final String PAUSED_COUNT = "al-code-paused-count";

    private final CodeArea area = new CodeArea();
    private final Syntax syntax;
    private final Executor highlighting;
    private final AtomicLong version = new AtomicLong();
    private final Subscription changes;
    private final IntFunction<Node> lineNumbers = LineNumberFactory.get(area);
    private final Set<Integer> styledParagraphs = new HashSet<>();
    private SortedMap<Integer, Integer> paused = Collections.emptySortedMap();
    private int problemLine;

    /** An editor of {@code syntax}, its colours computed on {@code highlighting}. */
    public CodeEditor(Syntax syntax, Executor highlighting) {
        this.syntax = syntax;
        this.highlighting = highlighting;
        getStyleClass().add(STYLE_CLASS);
        area.getStyleClass().add(syntax == Syntax.PYTHON ? "al-code-python" : "al-code-java");
        area.setParagraphGraphicFactory(this::gutter);
        // Long lines wrap: the panel beside the chart is narrower than the course's 79 columns, and a scroll bar
        // would hide the ends of lines (and a line of height) from the class.
        area.setWrapText(true);
        changes = area.multiPlainChanges().subscribe(ignored -> highlight());
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    /**
     * The width that shows {@code columns} characters of a line whole beside the gutter and the scroll bar, in the
     * editor's font as styled now (0 before its first layout: no line drawn yet to read the font from).
     */
    public double widthFor(int columns) {
        Node line = area.lookup(".text");
        Node number = area.lookup(".lineno");
        if (!(line instanceof Text drawn) || !(number instanceof Region gutter)) {
            return 0;
        }
        Text measure = new Text("0".repeat(columns));
        measure.setFont(drawn.getFont());
        double bar = lookupAll(".scroll-bar").stream().filter(Region.class::isInstance)
                .mapToDouble(bars -> ((Region) bars).getWidth()).max().orElse(0);
        return Math.ceil(measure.getLayoutBounds().getWidth() + gutter.getWidth() + bar
                + area.snappedLeftInset() + area.snappedRightInset() + snappedLeftInset() + snappedRightInset());
    }

    /** The code area itself: its text, caret and editable flag. */
    public CodeArea area() {
        return area;
    }

    /** Replaces the whole text (the caret goes to the start), unless it is already this text. */
    public void setText(String text) {
        if (!area.getText().equals(text)) {
            area.replaceText(text);
            area.moveTo(0);
            area.requestFollowCaret();
            styledParagraphs.clear();
            restyleLines();
        }
    }

    /** Marks the lines (1-based) tasks are paused on, with how many tasks on each; an empty map clears them. */
    public void setPausedLines(SortedMap<Integer, Integer> lines) {
        if (lines.equals(paused)) {
            return;
        }
        paused = Collections.unmodifiableSortedMap(new TreeMap<>(lines));
        restyleLines();
        area.setParagraphGraphicFactory(null);  // the gutter badges are drawn again from the new counts
        area.setParagraphGraphicFactory(this::gutter);
    }

    /** The lines marked as paused on, and the count of tasks on each. */
    public SortedMap<Integer, Integer> getPausedLines() {
        return paused;
    }

    /** Underlines line {@code line} (1-based) and shows it; 0 takes the mark away. */
    public void setProblemLine(int line) {
        problemLine = line;
        restyleLines();
        if (line > 0 && line <= area.getParagraphs().size()) {
            area.showParagraphInViewport(line - 1);
        }
    }

    /** Stops following the text; the editor may then be dropped. */
    public void dispose() {
        changes.unsubscribe();
    }

    private Node gutter(int paragraph) {
        Integer count = paused.get(paragraph + 1);
        Node number = lineNumbers.apply(paragraph);
        if (count == null) {
            StackPane box = new StackPane(number);
            box.getStyleClass().add(GUTTER);
            return box;
        }
        Label tasks = new Label(String.valueOf(count));
        tasks.getStyleClass().add(PAUSED_COUNT);
        HBox badge = new HBox(pauseBar(), pauseBar(), tasks);
        badge.getStyleClass().add(PAUSED_BADGE);
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        number.setVisible(false);  // the number keeps its room: the text does not move when a badge comes
        StackPane box = new StackPane(number, badge);
        box.getStyleClass().add(GUTTER);
        return box;
    }

    private static Region pauseBar() {
        Region bar = new Region();
        bar.getStyleClass().add(PAUSED_BAR);
        return bar;
    }

    private void restyleLines() {
        Set<Integer> wanted = new HashSet<>();
        for (int line : paused.keySet()) {
            wanted.add(line - 1);
        }
        if (problemLine > 0) {
            wanted.add(problemLine - 1);
        }
        Set<Integer> all = new HashSet<>(styledParagraphs);
        all.addAll(wanted);
        int paragraphs = area.getParagraphs().size();
        for (int paragraph : all) {
            if (paragraph < paragraphs) {
                area.setParagraphStyle(paragraph, styleOf(paragraph));
            }
        }
        styledParagraphs.clear();
        styledParagraphs.addAll(wanted);
    }

    private Collection<String> styleOf(int paragraph) {
        List<String> style = new ArrayList<>(2);
        if (paused.containsKey(paragraph + 1)) {
            style.add(PAUSED_LINE);
        }
        if (paragraph + 1 == problemLine) {
            style.add(PROBLEM_LINE);
        }
        return style;
    }

    /** Colours the text as it is now, off the FX thread; a newer change makes this result stale. */
    private void highlight() {
        long mine = version.incrementAndGet();
        String text = area.getText();
        highlighting.execute(() -> {
            if (version.get() != mine) {
                return;
            }
            StyleSpans<Collection<String>> spans = syntax.highlight(text);
            Platform.runLater(() -> {
                if (version.get() == mine && area.getLength() == text.length()) {
                    area.setStyleSpans(0, spans);
                }
            });
        });
    }
}
