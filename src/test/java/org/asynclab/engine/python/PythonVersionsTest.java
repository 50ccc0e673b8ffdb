package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracer on every Python 3.9 to 3.13 this machine has (pyenv's and the PATH's): the same bars on each. */
class PythonVersionsTest {
    @TempDir
    Path folder;

    @Test
    void everyPythonFoundDrawsSequentialAwaitsApartAndGatheredOnesTogether() throws Exception {
        List<PythonInterpreter> pythons = PythonFinder.findAll();
        assumeTrue(!pythons.isEmpty(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        Path sequential = PythonPrograms.write(folder, "sequential.py",
                PythonPrograms.SEQUENTIAL.formatted("0.1", "0.1"));
        Path gather = PythonPrograms.write(folder, "gather.py", PythonPrograms.GATHER.formatted("0.1", "0.1"));

        for (PythonInterpreter python : pythons) {
            RunResult apart = PythonPrograms.run(sequential, python);
            RunResult together = PythonPrograms.run(gather, python);

            String on = python.toString();
            assertThat(apart.program().version()).as(on).isEqualTo(python.version());
            assertThat(apart.program().output()).as(on).extracting(ProgramOutput::text)
                    .containsExactly("Bonjour", "Monde");
            int bonjour = PythonPrograms.row(apart, "dire_bonjour()");
            int monde = PythonPrograms.row(apart, "dire_monde()");
            assertThat(apart.startedNanos(monde)).as(on).isGreaterThanOrEqualTo(apart.finishedNanos(bonjour));
            assertThat(apart.phaseTimeline().phaseLine(monde, 0)).as(on).isEqualTo(10);
            int first = PythonPrograms.row(together, "Task-2 dire_bonjour");
            int second = PythonPrograms.row(together, "Task-3 dire_monde");
            assertThat(together.startedNanos(second)).as(on).isLessThan(together.finishedNanos(first));
            assertThat(together.program().exitCode()).as(on).isZero();
        }
    }
}
