package org.asynclab.options;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioException;
import org.asynclab.lesson.ScenarioLibrary;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The bundled scenarios' names for {@code --help}, and the resolution of {@code --scenario NAME|FILE}: a bundled
 * name first, then a file. A name that is neither, or a file that is not a valid scenario, is a bad option; a Python
 * program ({@code .py}) is sent to {@code --python}, which opens one (the window and the command line both have it).
 */
public final class ScenarioNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        try {
            return ScenarioLibrary.bundledIds().iterator();
        } catch (ScenarioException e) {
            return List.of("(the bundled scenarios cannot be read: " + e.getMessage() + ")").iterator();
        }
    }

    /** The scenario that {@code nameOrFile} names; a one-line {@code --scenario} error otherwise. */
    public static Scenario resolve(CommandLine commandLine, String nameOrFile) {
        if (nameOrFile.strip().toLowerCase(Locale.ROOT).endsWith(".py")) {
            throw new ParameterException(commandLine, "--scenario: " + nameOrFile + " is a Python program, not a"
                    + " scenario: open it with --python " + nameOrFile);
        }
        try {
            // A Python lesson's scenario runs its program (HeadlessCommand, like --python), never a Java mode.
            return ScenarioLibrary.resolveBundled(nameOrFile);
        } catch (ScenarioException e) {
            throw new ParameterException(commandLine, "--scenario: " + e.getMessage());
        }
    }
}
