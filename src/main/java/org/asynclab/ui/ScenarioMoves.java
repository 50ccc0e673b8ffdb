package org.asynclab.ui;

import java.util.function.BooleanSupplier;
import org.asynclab.ui.lesson.LessonViewModel;

/**
 * The one rule of every way to another scenario (the Lesson menu, the keys, the lesson bar's ◀ ▶ ×): nothing moves
 * while a run goes on, its settings being frozen until it ends; otherwise the run on screen, the old scenario's, is
 * cleared first. At either end of the lesson nothing changes and the run stays on screen, as it does when the lesson
 * is closed.
 */
public final class ScenarioMoves {
    private final LessonViewModel lesson;
    private final BooleanSupplier runGoesOn;
    private final Runnable clear;

    ScenarioMoves(LessonViewModel lesson, BooleanSupplier runGoesOn, Runnable clear) {
        this.lesson = lesson;
        this.runGoesOn = runGoesOn;
        this.clear = clear;
    }

    /** Shows a scenario by {@code move} (a menu's choice, a file opened) unless a run goes on. */
    public void show(Runnable move) {
        if (runGoesOn.getAsBoolean()) {
            return;
        }
        clear.run();
        move.run();
    }

    /** → / PageDown / ▶: the lesson's next scenario. */
    public void next() {
        if (lesson.hasNextProperty().get()) {
            show(lesson::next);
        }
    }

    /**
     * × and Lesson ▸ Close: no scenario, the run on screen kept. Not while a run goes on: closed mid-run, io-vs-cpu's
     * settings line said "max delay 1.5 s · … · vs Event loop" over a run of fixed delays against CPU.
     */
    public void close() {
        if (!runGoesOn.getAsBoolean()) {
            lesson.close();
        }
    }

    /** ← / PageUp / ◀: the lesson's previous scenario. */
    public void previous() {
        if (lesson.hasPreviousProperty().get()) {
            show(lesson::previous);
        }
    }
}
