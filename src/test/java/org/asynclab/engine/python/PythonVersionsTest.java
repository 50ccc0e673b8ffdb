package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The tracer on every Python 3.9 to 3.13 this machine has (pyenv's and the PATH's): the same bars on each. */
@Execution(ExecutionMode.CONCURRENT)
class PythonVersionsTest {
    @TempDir
    Path folder;

    @Test
    void everyPythonFoundDrawsSequentialAwaitsApartAndGatheredOnesTogether() throws Exception {
        List<PythonInterpreter> pythons = PythonFinder.findAll();
        assumeTrue(!pythons.isEmpty(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        Path both = PythonPrograms.write(folder, "both.py", PythonPrograms.SEQUENTIAL.formatted("0.1", "0.1")
                .replace("await dire_monde()\n", "await dire_monde()\n    await asyncio.gather(dire_bonjour(),"
                        + " dire_monde())\n"));

        for (PythonInterpreter python : pythons) {
            RunResult run = PythonPrograms.run(both, python);

            String on = python.toString();
            assertThat(run.program().version()).as(on).isEqualTo(python.version());
            assertThat(run.program().output()).as(on).extracting(ProgramOutput::text)
                    .containsExactly("Bonjour", "Monde", "Bonjour", "Monde");
            int bonjour = PythonPrograms.row(run, "dire_bonjour()");
            int monde = PythonPrograms.row(run, "dire_monde()");
            assertThat(run.startedNanos(monde)).as(on).isGreaterThanOrEqualTo(run.finishedNanos(bonjour));
            assertThat(run.phaseTimeline().phaseLine(monde, 0)).as(on).isEqualTo(10);
            int first = PythonPrograms.row(run, "Task-2 dire_bonjour");
            int second = PythonPrograms.row(run, "Task-3 dire_monde");
            assertThat(run.startedNanos(second)).as(on).isLessThan(run.finishedNanos(first));
            assertThat(run.startedNanos(first)).as(on).isGreaterThanOrEqualTo(run.finishedNanos(monde));
            assertThat(run.program().exitCode()).as(on).isZero();
        }
    }
}
