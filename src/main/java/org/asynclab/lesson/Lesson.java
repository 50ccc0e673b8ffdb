package org.asynclab.lesson;

import java.util.List;
import java.util.Objects;

/**
 * A lesson: scenarios in teaching order and the one on screen. Moving is bounded (no wrap-around: a teacher who
 * presses → on the last slide stays there). Pure and single-threaded; the window binds → / PageDown to
 * {@link #next()} and ← / PageUp to {@link #previous()} and reads {@link #current()} afterwards.
 *
 * <pre>{@code
 * Lesson lesson = ScenarioLibrary.bundled().lesson();
 * lesson.next();                    // the second scenario
 * lesson.jumpTo("io-vs-cpu");       // straight to one by id
 * Scenario shown = lesson.current();
 * }</pre>
 */
public final class Lesson {
    private final LocalizedText title;
    private final List<Scenario> scenarios;
    private int index;

    /**
     * Creates a lesson on its first scenario.
     *
     * @throws IllegalArgumentException if {@code scenarios} is empty
     */
    public Lesson(LocalizedText title, List<Scenario> scenarios) {
        this.title = Objects.requireNonNull(title, "title");
        this.scenarios = List.copyOf(scenarios);
        if (this.scenarios.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one scenario");
        }
    }

    /** The lesson's title. */
    public LocalizedText title() {
        return title;
    }

    /** The scenarios in teaching order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** Number of scenarios. */
    public int size() {
        return scenarios.size();
    }

    /** The position of the current scenario, 0 … size − 1. */
    public int index() {
        return index;
    }

    /** The scenario on screen. */
    public Scenario current() {
        return scenarios.get(index);
    }

    /** Whether there is a scenario after the current one. */
    public boolean hasNext() {
        return index < scenarios.size() - 1;
    }

    /** Whether there is a scenario before the current one. */
    public boolean hasPrevious() {
        return index > 0;
    }

    /** Moves to the next scenario; returns false, and stays, on the last one. */
    public boolean next() {
        return goTo(index + 1);
    }

    /** Moves to the previous scenario; returns false, and stays, on the first one. */
    public boolean previous() {
        return goTo(index - 1);
    }

    /** Moves to the scenario at {@code position}; returns false, and stays, when there is none there. */
    public boolean goTo(int position) {
        if (position < 0 || position >= scenarios.size()) {
            return false;
        }
        index = position;
        return true;
    }

    /** Moves to the scenario with this id; returns false, and stays, when the lesson has none. */
    public boolean jumpTo(String id) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(id)) {
                index = i;
                return true;
            }
        }
        return false;
    }
}
