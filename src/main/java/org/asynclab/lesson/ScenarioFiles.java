package org.asynclab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files beside a scenario, by file name: a folder of a teacher's, or the bundled ones on the class path. */
@FunctionalInterface
interface ScenarioFiles {
    /** No file beside the scenario: a scenario given as text alone. */
    ScenarioFiles NONE = name -> null;

    /** The file's content, or null when there is no such file. */
    InputStream open(String fileName) throws IOException;

    /** The files of {@code folder}. */
    static ScenarioFiles in(Path folder) {
        return name -> Files.isRegularFile(folder.resolve(name)) ? Files.newInputStream(folder.resolve(name)) : null;
    }

    /** The files bundled on the class path under {@code root}, e.g. {@code /scenarios/}. */
    static ScenarioFiles bundled(String root) {
        return name -> ScenarioFiles.class.getResourceAsStream(root + name);
    }
}
