package org.asynclab.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;

/**
 * One classroom scenario: the settings of a run, optionally a second run to compare it with, and the words a
 * teacher says about it (title, explanation, what to look at) in English and French. Immutable and always valid:
 * {@link ScenarioLoader} checks a file before it becomes a scenario.
 *
 * <p>Both runs of a scenario draw their delays the same way, so a comparison shows the same tasks run two ways:
 * either the explicit {@code delays} of the file, or the delays drawn from each run's tasks, max delay and seed
 * (the same three give the same delays in every mode).
 */
public final class Scenario {
    private final String id;
    private final LocalizedText title;
    private final LocalizedText explanation;
    private final LocalizedText lookAt;
    private final RunConfig settings;
    private final RunConfig compare;
    private final Workload delays;
    private final boolean requireGuess;
    private final PythonProgram python;

    /**
     * Creates a scenario.
     *
     * @param texts        the title, the explanation and what to look at
     * @param settings     the first run
     * @param compare      the run to compare it with, or null
     * @param delays       explicit delays shared by both runs, or null to draw them from each run's settings
     * @param requireGuess whether the class predicts the outcome before it is revealed
     * @throws IllegalArgumentException if the explicit delays do not match the task count of a run
     */
    public Scenario(String id, Texts texts, RunConfig settings, RunConfig compare, Workload delays,
                    boolean requireGuess) {
        this(id, texts, settings, compare, delays, requireGuess, null);
    }

    /**
     * Creates a scenario that may run a Python program instead of a Java mode.
     *
     * @param python the program, or null for a Java scenario; {@code settings} then give the delays AsyncLab may
     *               serve to its {@code random.uniform}
     * @see #Scenario(String, Texts, RunConfig, RunConfig, Workload, boolean)
     */
    public Scenario(String id, Texts texts, RunConfig settings, RunConfig compare, Workload delays,
                    boolean requireGuess, PythonProgram python) {
        this.python = python;
        this.id = Objects.requireNonNull(id, "id");
        this.title = texts.title();
        this.explanation = texts.explanation();
        this.lookAt = texts.lookAt();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.compare = compare;
        this.delays = delays;
        this.requireGuess = requireGuess;
        for (RunConfig config : configs()) {
            if (delays != null && delays.size() != config.tasks()) {
                throw new IllegalArgumentException(delays.size() + " delays for " + config.tasks() + " tasks");
            }
        }
    }

    /**
     * The words of a scenario.
     *
     * @param title       a few words, e.g. "Bonjour, Monde"
     * @param explanation two or three sentences: what the scenario shows
     * @param lookAt      the claim to check on the chart, e.g. "the concurrent run takes half the time"
     */
    public record Texts(LocalizedText title, LocalizedText explanation, LocalizedText lookAt) {
        /** Checks that every text exists. */
        public Texts {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(lookAt, "lookAt");
        }
    }

    /** The scenario's id: its file name without {@code .json}, e.g. {@code bonjour-monde}. */
    public String id() {
        return id;
    }

    /** The title. */
    public LocalizedText title() {
        return title;
    }

    /** What the scenario shows, in two or three sentences. */
    public LocalizedText explanation() {
        return explanation;
    }

    /** The claim to check on the chart; empty when the file gives none. */
    public LocalizedText lookAt() {
        return lookAt;
    }

    /** The settings of the first run. */
    public RunConfig settings() {
        return settings;
    }

    /** The settings of the run to compare with, if any. */
    public Optional<RunConfig> compare() {
        return Optional.ofNullable(compare);
    }

    /** The first run's settings, then the comparison's if there is one. */
    public List<RunConfig> configs() {
        return compare == null ? List.of(settings) : List.of(settings, compare);
    }

    /** The explicit delays of the file, if it gives them. */
    public Optional<Workload> explicitDelays() {
        return Optional.ofNullable(delays);
    }

    /** The delays of a run of this scenario: the explicit ones, or those drawn from {@code config}. */
    public Workload workloadFor(RunConfig config) {
        return delays != null ? delays : Workload.generate(config);
    }

    /** Whether the class must predict the outcome before the run is revealed. */
    public boolean requiresGuess() {
        return requireGuess;
    }

    /** The Python program this scenario runs, if it runs one rather than a Java mode. */
    public Optional<PythonProgram> python() {
        return Optional.ofNullable(python);
    }

    @Override
    public String toString() {
        return id + " (" + title.en() + ")";
    }
}
