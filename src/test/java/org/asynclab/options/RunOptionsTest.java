package org.asynclab.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The run options as another front end (the window's start-up options) mixes them in. */
class RunOptionsTest {

    @Command(name = "asynclab")
    static final class StartOptions {
        @Mixin
        RunOptions run = new RunOptions();

        @Option(names = "--run")
        boolean runAtOnce;
    }

    private static StartOptions parse(String... args) {
        StartOptions options = new StartOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void theWindowsStartUpOptionsGiveTheirRunConfig() {
        StartOptions options = parse("--tasks", "10", "--max-delay", "1", "--mode", "event-loop", "--seed", "7",
                "--run");

        assertThat(options.runAtOnce).isTrue();
        assertThat(options.run.toConfig()).isEqualTo(new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 7));
        assertThat(options.run.seedIsRandom()).isFalse();
        assertThat(options.run.compareConfig()).isEmpty();
    }

    @Test
    void withoutOptionsTheClassroomDefaultsApplyWithARandomSeedDrawnOnce() {
        StartOptions options = parse();

        RunConfig config = options.run.toConfig();

        assertThat(config.withSeed(42)).isEqualTo(RunConfig.defaults());
        assertThat(options.run.seedIsRandom()).isTrue();
        assertThat(config.seed()).isBetween(0L, 999_999L);
        assertThat(options.run.toConfig().seed()).isEqualTo(config.seed());
    }

    @Test
    void compareGivesTheSameDelaysInTheOtherModeAndAPoolTheWorkersOption() {
        StartOptions options = parse("-n", "5", "-m", "sequential", "--compare", "pool", "-w", "6", "-k", "cpu");

        RunConfig second = options.run.compareConfig().orElseThrow();

        assertThat(second).isEqualTo(new RunConfig(5, 1.0, Mode.POOL, 6, TaskKind.CPU, options.run.toConfig().seed()));
        assertThat(options.run.toConfigs()).hasSize(2).first().extracting(RunConfig::mode).isEqualTo(Mode.SEQUENTIAL);
    }

    @Test
    void aCombinationTheModelRefusesIsAParameterExceptionNamingTheOption() {
        StartOptions options = parse("-n", "25000", "-m", "threads");

        assertThatThrownBy(() -> options.run.toConfig()).isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("--tasks must be at most 20,000 in mode threads")
                .extracting(e -> ((ParameterException) e).getArgSpec().paramLabel()).isEqualTo("N");
    }

    @Test
    void unparsedOptionsAreTheDefaults() {
        assertThat(new RunOptions().toConfig().withSeed(42)).isEqualTo(RunConfig.defaults());
    }

    @Test
    void everyModelFieldMapsToTheOptionThatSetsIt() {
        assertThat(RunOptions.optionFor("tasks")).isEqualTo("--tasks");
        assertThat(RunOptions.optionFor("maxDelay")).isEqualTo("--max-delay");
        assertThat(RunOptions.optionFor("mode")).isEqualTo("--mode");
        assertThat(RunOptions.optionFor("workers")).isEqualTo("--workers");
        assertThat(RunOptions.optionFor("kind")).isEqualTo("--kind");
        assertThat(RunOptions.optionFor("seed")).isEqualTo("--seed");
    }
}
