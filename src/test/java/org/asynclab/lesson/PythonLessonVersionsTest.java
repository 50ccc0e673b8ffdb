package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every bundled lesson loads on every Python the classrooms have, 3.9 to 3.13: each file is run as a module, not
 * as {@code __main__}, so its definitions and their annotations ({@code list[float]} needs 3.9) are evaluated
 * without the seconds of the lesson itself. {@link PythonLessonClaimsTest} runs them in full on {@code python3}.
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonLessonVersionsTest {
    private static final String LOAD_EACH = "import runpy, sys\n"
            + "for f in sys.argv[1:]:\n"
            + "    runpy.run_path(f, run_name='lesson')\n"
            + "print('%d.%d' % sys.version_info[:2])\n";

    @TempDir
    Path work;

    @Test
    void everyLessonLoadsOnEveryPythonFrom39() throws Exception {
        List<Path> pythons = new ArrayList<>(Python3.pyenvVersions());
        Python3.onPath().map(Path::of).filter(p -> !pythons.contains(p)).ifPresent(pythons::add);
        assumeTrue(!pythons.isEmpty(), Python3.MISSING + " (nor any under ~/.pyenv/versions)");
        List<String> versions = new ArrayList<>();
        for (Path python : pythons) {
            List<String> command = new ArrayList<>(List.of(python.toString(), "-W", "error", "-c", LOAD_EACH));
            PythonLessonStyleTest.lessons().map(f -> f.toAbsolutePath().toString()).forEach(command::add);

            Python3.Run run = Python3.run(120, work, command.toArray(String[]::new));

            assertThat(run.exitCode()).as("%s: %s", python, run.err()).isZero();
            versions.add(run.out().strip());
        }
        assertThat(versions).allMatch(v -> v.matches("3\\.(9|1[0-9])"));
    }
}
