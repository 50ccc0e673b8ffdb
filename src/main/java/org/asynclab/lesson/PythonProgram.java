package org.asynclab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The Python program a scenario runs instead of a Java mode: its file name and its source, read when the scenario
 * is loaded (so a missing or non-UTF-8 program is reported with the scenario, not at run time), and what its
 * picture should show.
 *
 * <p>Its text comes in the session's language: the French one is the file of the same name in
 * {@value PythonReader#FRENCH_FOLDER} beside the scenario ({@code fr/wait-n.py}), the same code with French
 * docstrings and comments; without one, a French session shows the program as it is.
 *
 * <p>The French text prints French too ("tâche créée, main continue"), so what a run shows comes in both languages:
 * the same total, bars and warning, the printed words and the labels of the printed lists in the run's language.
 *
 * @param fileName      the program's file name, e.g. {@code wait-n.py}; never a path, the same in both languages
 * @param source        the program's text, in English and in French
 * @param picture       what a run of the English text should show, checked by the tests against real runs
 * @param frenchPicture what a run of the French text should show: {@code picture} in the words it prints
 */
public record PythonProgram(String fileName, LocalizedText source, PictureClaims picture,
                            PictureClaims frenchPicture) {

    /** Checks the parts; the file name must be a bare {@code .py} name. */
    public PythonProgram {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(frenchPicture, "frenchPicture");
        if (!isFileName(fileName)) {
            throw new IllegalArgumentException("not a Python file name: " + fileName);
        }
    }

    /** Whether {@code name} is a bare Python file name: {@code wait-n.py}, not {@code ../x.py} or {@code x.txt}. */
    public static boolean isFileName(String name) {
        return name.endsWith(".py") && name.length() > ".py".length() && !name.contains("/")
                && !name.contains("\\") && !name.startsWith(".");
    }

    /** What a run of the program should show in a session in {@code locale}'s language, which it prints in. */
    public PictureClaims picture(Locale locale) {
        return LocalizedText.isFrench(locale) ? frenchPicture : picture;
    }

    /** The program's text for a session in {@code locale}'s language. */
    public String sourceIn(Locale locale) {
        return source.in(locale);
    }

    /**
     * Writes the program, in {@code locale}'s language, into {@code folder} under its own name, so {@code python3}
     * can run it (a bundled program lives in the jar, where no interpreter can open it).
     *
     * @return the written file
     */
    public Path writeTo(Path folder, Locale locale) throws IOException {
        return Files.writeString(folder.resolve(fileName), sourceIn(locale), StandardCharsets.UTF_8);
    }
}
