package org.asynclab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.asynclab.engine.MeasuredRun;
import org.asynclab.export.HandBuiltResults;
import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;

/**
 * What one in-process run of the command line did: its exit code, what it printed, and the runs it asked for.
 *
 * @param exitCode the code {@code main} would exit with
 * @param out      everything printed on stdout
 * @param err      everything printed on stderr
 * @param configs  the settings of each run carried out, in order
 * @param workloads the delays each run was given, in order
 */
record CommandOutcome(int exitCode, String out, String err, List<RunConfig> configs, List<Workload> workloads) {

    /** A step of a run carried out in place of the engine: it may fail, or change the world while "running". */
    @FunctionalInterface
    interface DuringRun {
        /** Called when a run starts. */
        void happen() throws InterruptedException;
    }

    /** Runs the command line with hand-built results in place of the engine. */
    static CommandOutcome run(String... args) {
        return run(() -> { }, args);
    }

    /** Runs the command line with hand-built results in place of the engine, doing {@code duringRun} first. */
    static CommandOutcome run(DuringRun duringRun, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<RunConfig> configs = new ArrayList<>();
        List<Workload> workloads = new ArrayList<>();
        int code = HeadlessCommand.run(args, new PrintWriter(out), new PrintWriter(err), (config, workload) -> {
            configs.add(config);
            workloads.add(workload);
            duringRun.happen();
            return MeasuredRun.unmeasured(HandBuiltResults.simulate(config, workload));
        });
        return new CommandOutcome(code, out.toString(), err.toString(), configs, workloads);
    }

    /** Runs the command line on the real engine. */
    static CommandOutcome runOnEngine(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeadlessCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandOutcome(code, out.toString(), err.toString(), List.of(), List.of());
    }
}
