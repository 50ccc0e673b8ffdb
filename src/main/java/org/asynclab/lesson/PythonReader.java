package org.asynclab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario's Python fields: {@code python}, the program's file name beside the scenario, and
 * {@code picture}, what its run should show:
 *
 * <pre>{@code
 * "python": "bonjour-monde-gather.py",
 * "picture": {"total": [0.9, 1.8], "overlap": true, "prints": ["Bonjour", "Monde"],
 *             "ascending": ["wait_n(5, 5)"], "notAscending": ["gather"], "warning": "never awaited"}
 * }</pre>
 *
 * <p>The French text of a program prints French: where the words printed, or the start of a listed line, differ
 * between the languages, {@code prints}, {@code ascending} and {@code notAscending} take
 * {@code {"en": ["task created, main goes on"], "fr": ["tâche créée, main continue"]}}; a plain list holds for
 * both, and a language left out gets the other's.
 *
 * <p>A Python program decides itself how its tasks run, so the Java run settings that say it (mode, workers,
 * kind, globalLock, delays) are refused beside {@code python}; tasks, maxDelay and seed stay: they are the
 * delays AsyncLab can serve to the program's {@code random.uniform}. {@code "compare": {"mode": "event-loop"}}
 * beside {@code python} is "same delays, two worlds": AsyncLab serves those delays to the program, then runs them in
 * that Java mode.
 */
final class PythonReader {
    /**
     * Where a program's French text sits, beside its scenario: {@code fr/wait-n.py} is {@code wait-n.py} with
     * French docstrings and comments, shown and run in a French session. The one place that says where.
     */
    static final String FRENCH_FOLDER = "fr/";
    /** The scenario fields this reader owns. */
    static final List<String> FIELDS = List.of("python", "picture");

    private static final List<String> JAVA_ONLY = List.of("mode", "workers", "kind", "globalLock", "delays");
    private static final List<String> PICTURE_FIELDS = List.of("total", "overlap", "ascending", "notAscending",
            "warning", "prints");
    private static final Phrase WORDS = Phrase.of("picture.words");
    private static final Phrase TOTAL = Phrase.of("picture.total");

    private PythonReader() {
    }

    /** The program the scenario names, read from {@code files}; empty for a Java scenario. */
    static Optional<PythonProgram> read(FieldReader fields, ScenarioFiles files) throws ScenarioException {
        Optional<String> name = fields.string("python", Phrase.of("python.expected", fields.source()));
        if (name.isEmpty()) {
            if (fields.has("picture")) {
                throw fields.problem("picture", Phrase.of("python.pictureAlone"));
            }
            return Optional.empty();
        }
        String fileName = name.get();
        if (!PythonProgram.isFileName(fileName)) {
            throw fields.problemGot("python", Phrase.of("python.badName", fields.source()));
        }
        for (String javaOnly : JAVA_ONLY) {
            if (fields.has(javaOnly)) {
                throw fields.problem(javaOnly, Phrase.of("python.javaOnly"));
            }
        }
        String source = text(files, fileName).orElseThrow(() -> fields.problem("python",
                Phrase.of("python.noFile", fileName, fields.source())));
        String french = text(files, FRENCH_FOLDER + fileName).orElse(source);
        Pictures pictures = pictures(fields);
        return Optional.of(new PythonProgram(fileName, new LocalizedText(source, french), pictures.en(),
                pictures.fr()));
    }

    /** The text of the file {@code name} beside the scenario; empty when there is none. */
    private static Optional<String> text(ScenarioFiles files, String name) throws ScenarioException {
        try (InputStream in = files.open(name)) {
            return in == null ? Optional.empty() : Optional.of(ScenarioLoader.decode(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new ScenarioException(name, null, Phrase.of("read.failed", String.valueOf(e.getMessage())), e);
        }
    }

    /** What a run shows, of the English text and of the French one: the same but for the words printed. */
    private record Pictures(PictureClaims en, PictureClaims fr) {
    }

    /** A picture's list of words in each language. */
    private record Words(List<String> en, List<String> fr) {
    }

    private static Pictures pictures(FieldReader fields) throws ScenarioException {
        Optional<FieldReader> given = fields.object("picture", Phrase.of("picture.expected"));
        if (given.isEmpty()) {
            return new Pictures(PictureClaims.NONE, PictureClaims.NONE);
        }
        FieldReader picture = given.get();
        picture.allowOnly(PICTURE_FIELDS);
        double[] total = total(picture);
        Boolean overlap = picture.bool("overlap").orElse(null);
        String warning = picture.string("warning", Phrase.of("picture.warning")).orElse(null);
        Words ascending = words(picture, "ascending");
        Words notAscending = words(picture, "notAscending");
        Words prints = words(picture, "prints");
        return new Pictures(
                new PictureClaims(total[0], total[1], overlap, ascending.en(), notAscending.en(), warning,
                        prints.en()),
                new PictureClaims(total[0], total[1], overlap, ascending.fr(), notAscending.fr(), warning,
                        prints.fr()));
    }

    private static double[] total(FieldReader picture) throws ScenarioException {
        Optional<List<?>> bounds = picture.list("total", TOTAL);
        if (bounds.isEmpty()) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        List<?> pair = bounds.get();
        if (pair.size() != 2 || !(pair.get(0) instanceof Number least) || !(pair.get(1) instanceof Number most)
                || !(least.doubleValue() >= 0 && least.doubleValue() <= most.doubleValue())
                || !Double.isFinite(most.doubleValue())) {
            throw picture.problem("total", Phrase.got(Phrase.of("picture.leastFirst", TOTAL), pair.toString()));
        }
        return new double[] {least.doubleValue(), most.doubleValue()};
    }

    /** A list of texts for both languages, or {@code {"en": […], "fr": […]}}, one of them at least. */
    private static Words words(FieldReader picture, String name) throws ScenarioException {
        if (!picture.holdsObject(name)) {
            List<String> both = texts(picture, name);
            return new Words(both, both);
        }
        FieldReader languages = picture.object(name, WORDS).orElseThrow();
        languages.allowOnly(List.of("en", "fr"));
        if (!languages.has("en") && !languages.has("fr")) {
            throw picture.problem(name, Phrase.of("picture.oneLanguage", WORDS));
        }
        List<String> en = texts(languages, "en");
        List<String> fr = texts(languages, "fr");
        return new Words(languages.has("en") ? en : fr, languages.has("fr") ? fr : en);
    }

    private static List<String> texts(FieldReader fields, String name) throws ScenarioException {
        List<?> values = fields.list(name, WORDS).orElse(List.of());
        List<String> texts = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof String text) || text.isBlank()) {
                throw fields.problem(name, Phrase.got(WORDS, FieldReader.show(value)));
            }
            texts.add(text);
        }
        return texts;
    }
}
