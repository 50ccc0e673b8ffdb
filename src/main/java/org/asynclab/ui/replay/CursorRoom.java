package org.asynclab.ui.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.asynclab.ui.common.UiText;

/**
 * The room of the replay's cursor: it keeps at least {@link #CURSOR_EMS} ems of the bar's text. Where it would be
 * shorter beside the buttons, the bar first goes short (the step buttons by their arrows, the time without its
 * end, which the chart's axis shows), and only if that is not enough gives the cursor a row of its own: a row costs
 * the charts its height, and at 1024×768 in presenter size (20 px) the short bar keeps the cursor beside the
 * buttons. At 1280×720 with the text twice larger the cursor had shrunk to its knob.
 *
 * <p>Worked out from the long words whatever the bar shows now, and from the widest the time can read up to the
 * replay's end, so it never swings between its layouts.
 */
final class CursorRoom {
    /**
     * The least length of the cursor, in ems of the bar's text. 4.5, not 5: measured at the widest its time reads
     * ("99.9 ms", not the end's "483 ms"), 5 ems sent the cursor to a row of its own at 1024×768 in presenter size,
     * where the bar measured at the end's time had left it 4.7 ems at "45.6 ms".
     */
    static final double CURSOR_EMS = 4.5;
    private static final String[] WORD_KEYS = {"replay.stepBack", "replay.stepForward"};
    private static final String[] SHORT_KEYS = {"replay.stepBack.short", "replay.stepForward.short"};
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Measures kept before they are all dropped (a language or text size changed many times). */
    private static final int MEASURES_KEPT = 64;

    private final ReadOnlyBooleanWrapper compact = new ReadOnlyBooleanWrapper(this, "compact");
    private final UiText text;
    private final Labeled stepBack;
    private final Labeled stepForward;
    private final Labeled position;
    private final HBox cursorBox;
    /**
     * The widest the time's long and short words can read up to the replay's end ("999 ms / 2.06 s", "999 ms"): a
     * duration changes its unit as the cursor moves (271 µs, 27.1 ms, 1.87 s), and a bar laid out from the words
     * of the moment would swing between its layouts while the replay plays.
     */
    private final List<String> longTimes = new ArrayList<>();
    private final List<String> shortTimes = new ArrayList<>();
    private double measuredEnd = Double.NaN;
    private final Map<Measure, Double> widths = new HashMap<>();

    /** The room of the cursor in {@code cursorBox}, beside its time {@code position} and the step buttons. */
    CursorRoom(UiText text, Labeled stepBack, Labeled stepForward, Labeled position, HBox cursorBox) {
        this.text = text;
        this.stepBack = stepBack;
        this.stepForward = stepForward;
        this.position = position;
        this.cursorBox = cursorBox;
        compact.subscribe(on -> {
            stepBack.setText(text.get(on ? SHORT_KEYS[0] : WORD_KEYS[0]));
            stepForward.setText(text.get(on ? SHORT_KEYS[1] : WORD_KEYS[1]));
        });
    }

    /**
     * The time at {@code at} of a replay {@code end} long, as the bar shows it: long ("271 µs / 2.06 s", {@link
     * UiText#replayPosition}), or short while the bar is ("271 µs", the cursor's {@link UiText#duration} alone).
     */
    String time(double at, double end) {
        if (Double.compare(end, measuredEnd) != 0) {
            measuredEnd = end;
            longTimes.clear();
            shortTimes.clear();
            for (double at999 = 999e-9; at999 < end; at999 *= 10) {
                longTimes.add(text.replayPosition(at999, end));
                shortTimes.add(text.duration(at999));
            }
            longTimes.add(text.replayPosition(end, end));
            shortTimes.add(text.duration(end));
        }
        return compact.get() ? text.duration(at) : text.replayPosition(at, end);
    }

    /**
     * Whether the cursor needs a row of its own, its box being {@code width} wide beside the buttons as they show
     * now; goes short first when that keeps it beside them.
     */
    boolean needsOwnRow(double width) {
        Font font = stepBack.getFont();
        double saved = Math.max(0, width(WORD_KEYS, font) - width(SHORT_KEYS, font));
        double withWords = compact.get() ? width - saved : width;
        double cursor = CURSOR_EMS * font.getSize() + cursorBox.getSpacing();
        if (withWords >= cursor + widest(longTimes, position.getFont())) {
            compact.set(false);
            return false;
        }
        compact.set(true);
        return withWords + saved < cursor + widest(shortTimes, position.getFont());
    }

    /** Whether the bar shows its short words. */
    ReadOnlyBooleanProperty compactProperty() {
        return compact.getReadOnlyProperty();
    }

    /** The width of the widest of {@code times}, the time's words up to the end. */
    private double widest(List<String> times, Font font) {
        double widest = 0;
        for (String time : times) {
            widest = Math.max(widest, width(time, font));
        }
        return widest;
    }

    private double width(String[] keys, Font font) {
        double sum = 0;
        for (String key : keys) {
            sum += width(text.get(key), font);
        }
        return sum;
    }

    /**
     * The width of {@code words} in {@code font}, measured once: during a replay the time changes every frame and
     * the bar is laid out again each time, and measuring six texts a frame made six nodes a frame on the FX thread.
     * Digits count as zeros (the same width in the fonts the app uses), so "0.512 / 2.058 s" and "1.874 / 2.058 s"
     * are one measure.
     */
    private double width(String words, Font font) {
        if (widths.size() > MEASURES_KEPT) {
            widths.clear();
        }
        return widths.computeIfAbsent(new Measure(DIGIT.matcher(words).replaceAll("0"), font), key -> {
            Text measure = new Text(key.words());
            measure.setFont(key.font());
            return measure.getLayoutBounds().getWidth();
        });
    }

    private record Measure(String words, Font font) {
    }
}
