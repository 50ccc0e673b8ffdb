package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.model.Mode;
import org.junit.jupiter.api.Test;

/**
 * Options that change nothing in the run they were given to: the run goes ahead as it would without them, and a
 * note on stderr says so before it starts, so that nobody reads its table as the answer to what they typed.
 */
class IdleOptionsTest {

    @Test
    void workersWithoutAPoolAreSaidToHaveNoEffect() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-m", "threads", "-w", "2", "-s", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.configs()).singleElement().satisfies(c -> assertThat(c.mode()).isEqualTo(Mode.THREADS));
        assertThat(run.err()).isEqualTo("note: --workers has no effect here: only a pool has workers (--mode pool,"
                + " or --compare pool)\n");
    }

    @Test
    void workersOfTheComparedPoolAreNoIdleOption() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-m", "threads", "--compare", "pool", "-w",
                "2", "-s", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.configs()).extracting(c -> c.workers()).containsExactly(0, 2);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aCounterGapWithoutACounterAndATimeoutWithoutRequestsAreBothSaid() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "--counter-gap", "0.01", "--timeout", "2",
                "-s", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).containsExactly(
                "note: --counter-gap has no effect without --counter (the gap is between a task's read and its write"
                        + " of the shared counter)",
                "note: --timeout has no effect here: only http tasks make requests (-k http, or --urls)");
    }

    @Test
    void aScenarioSaysWhichOfTheGivenSettingsItsOwnOverrode() {
        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", "wait-n-5-5", "-n", "100", "-m",
                "threads", "-s", "5");

        assertThat(run.configs()).singleElement().satisfies(c -> {
            assertThat(c.tasks()).isEqualTo(5);
            assertThat(c.mode()).isEqualTo(Mode.EVENT_LOOP);
        });
        assertThat(run.err()).isEqualTo("note: --tasks, --mode, --seed have no effect: the scenario wait-n-5-5 runs"
                + " with its own settings\n");
    }

    @Test
    void aPythonScenarioRefusesTheJavaModesOptionsWithoutANoteBefore() {
        CommandOutcome run = CommandOutcome.run("--headless", "--scenario", "two-worlds", "-m", "threads");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("asynclab: --mode does not apply with --python").doesNotContain("note:");
    }

    @Test
    void aPicturesLooksWithoutAPictureAreSaidToChangeNothing() {
        CommandOutcome none = CommandOutcome.run("--headless", "-n", "3", "-s", "1", "--width", "900", "--theme",
                "dark");
        CommandOutcome vector = CommandOutcome.run("--headless", "-n", "3", "-s", "1", "--scale", "2", "--svg", "-");
        CommandOutcome drawn = CommandOutcome.run("--headless", "-n", "3", "-s", "1", "--scale", "2", "--width",
                "900", "--png", "-");

        assertThat(none.exitCode()).isZero();
        assertThat(none.err()).isEqualTo("note: --width, --theme have no effect without a picture (--png or"
                + " --svg)\n");
        assertThat(vector.err()).startsWith("note: --scale has no effect on an SVG (a vector picture has no"
                + " pixels; --scale is a PNG's pixels per point)\n");
        assertThat(drawn.err()).doesNotContain("note:");
    }

    @Test
    void optionsThatDoSomethingGetNoNote() {
        CommandOutcome requests = CommandOutcome.run("--headless", "-n", "3", "-m", "pool", "-w", "2", "-k", "http",
                "--timeout", "2", "-s", "1");
        CommandOutcome race = CommandOutcome.run("--headless", "-n", "3", "-m", "threads", "--counter", "lock",
                "--counter-gap", "0.01", "-s", "1");

        assertThat(requests.exitCode()).isZero();
        assertThat(requests.err()).isEmpty();
        assertThat(race.exitCode()).isZero();
        assertThat(race.err()).isEmpty();
    }
}
