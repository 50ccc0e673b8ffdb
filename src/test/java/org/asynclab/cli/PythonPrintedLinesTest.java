package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asynclab.engine.LaneThreadsResource;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.export.ResultJson;
import org.asynclab.model.ProgramOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code --headless --python FILE}: what the program prints and reads, as a terminal would show it (the real python3;
 * the run's options and figures are {@link PythonOptionTest}'s).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = LaneThreadsResource.KEY, mode = ResourceAccessMode.READ)
class PythonPrintedLinesTest {
    @TempDir
    Path folder;

    /** A line printed in pieces is one line, printed and in the JSON, as on a terminal: each piece was a line. */
    @Test
    void aLinePrintedInPiecesIsOneLine() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("pieces.py"), """
                import asyncio
                async def main():
                    for i in range(3):
                        print(i, end=" ", flush=True)
                        await asyncio.sleep(0.1)
                    print("done")
                    print("last ", end="")
                asyncio.run(main())
                """);
        Path json = folder.resolve("pieces.json");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--json", json.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out().lines().filter(line -> line.matches(" *\\d+\\.\\d{3} s \\| .*"))
                .map(line -> line.substring(line.indexOf("| ") + 2))).containsExactly("0 1 2 done", "last ");
        assertThat(ResultJson.read(json).program().output()).extracting(ProgramOutput::text)
                .containsExactly("0 1 2 done", "last ");
    }

    /**
     * A progress line rewritten with carriage returns is printed as a terminal shows it, its last state; the JSON
     * keeps what was written. The returns were printed as they were, and a terminal wrote the line over its time.
     */
    @Test
    void aProgressLineRewrittenInPlaceIsPrintedAsATerminalShowsIt() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("progress.py"), """
                import asyncio
                async def main():
                    for i in range(0, 101, 50):
                        print(f"\\rprogress {i}%", end="", flush=True)
                        await asyncio.sleep(0.05)
                    print()
                asyncio.run(main())
                """);
        Path json = folder.resolve("progress.json");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--json", json.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).doesNotContain("\r");
        assertThat(outcome.out().lines().filter(line -> line.matches(" *\\d+\\.\\d{3} s \\| .*"))
                .map(line -> line.substring(line.indexOf("| ") + 2))).containsExactly("progress 100%");
        assertThat(ResultJson.read(json).program().output()).extracting(ProgramOutput::text)
                .containsExactly("\rprogress 0%\rprogress 50%\rprogress 100%");
    }

    @Test
    void inputSaysWhyItReadsNothing() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("ask.py"), "n = int(input('n? '))\nprint(n)\n");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("asynclab: ask.py:1: EOFError: EOF when reading a line",
                "asynclab: input() reads nothing here: AsyncLab runs the program without a keyboard");
    }

    private static void assumePython() {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
    }
}
