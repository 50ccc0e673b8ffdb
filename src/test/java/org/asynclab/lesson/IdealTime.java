package org.asynclab.lesson;

import java.util.PriorityQueue;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * What a run would take with zero overhead, worked out from its delays alone: the classroom time a scenario
 * costs, checked before the engine ever runs it. CPU work is spread over the machine's cores at best.
 */
final class IdealTime {
    private IdealTime() {
    }

    /** Seconds for every run of the scenario, one after the other. */
    static double ofScenario(Scenario scenario) {
        double total = 0;
        for (RunConfig config : scenario.configs()) {
            total += ofRun(config, scenario.workloadFor(config));
        }
        return total;
    }

    /** Seconds for one run. */
    static double ofRun(RunConfig config, Workload workload) {
        double sum = workload.sumNanos() / 1e9;
        double longest = workload.longestNanos() / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        boolean cpu = config.kind() == TaskKind.CPU;
        return switch (config.mode()) {
            case SEQUENTIAL -> sum;
            case EVENT_LOOP -> cpu ? sum : longest;
            case POOL -> queued(workload, cpu ? Math.min(config.workers(), cores) : config.workers());
            case THREADS, VIRTUAL -> cpu ? Math.max(longest, sum / cores) : longest;
        };
    }

    /** Tasks taken in order by the first of {@code workers} to be free. */
    private static double queued(Workload workload, int workers) {
        PriorityQueue<Long> freeAt = new PriorityQueue<>();
        for (int i = 0; i < workers; i++) {
            freeAt.add(0L);
        }
        long end = 0;
        for (int i = 0; i < workload.size(); i++) {
            long done = freeAt.poll() + workload.delayNanos(i);
            end = Math.max(end, done);
            freeAt.add(done);
        }
        return end / 1e9;
    }
}
