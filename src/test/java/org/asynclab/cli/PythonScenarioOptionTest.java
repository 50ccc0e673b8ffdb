package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario that runs a Python program is refused by {@code --scenario}, never run as Java defaults. */
class PythonScenarioOptionTest {

    @TempDir
    Path dir;

    @Test
    void aPythonScenarioIsOneLineNamingTheProgramAndWritesNothing() throws Exception {
        Files.writeString(dir.resolve("hello.py"), "print('hello')\n");
        Path file = Files.writeString(dir.resolve("py.json"),
                "{\"title\": \"T\", \"explanation\": \"E\", \"python\": \"hello.py\"}");
        Path json = dir.resolve("out.json");

        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", file.toString(), "--json",
                json.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("asynclab: --scenario")
                .contains("hello.py").contains("--python").doesNotContain("Exception");
        assertThat(run.configs()).isEmpty();
        assertThat(json).doesNotExist();
    }
}
