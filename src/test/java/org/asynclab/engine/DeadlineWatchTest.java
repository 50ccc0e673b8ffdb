package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The deadline timer of tasks on threads ({@code asyncio.wait_for}). */
@ResourceLock(LaneThreadsResource.KEY)
class DeadlineWatchTest {
    private final List<Thread> made = new CopyOnWriteArrayList<>();
    private final LaneThreads recorded = new LaneThreads() {
        @Override
        public Thread platform(String name, Runnable body) {
            Thread thread = LaneThreads.DAEMONS.platform(name, body);
            made.add(thread);
            return thread;
        }

        @Override
        public Thread virtual(String name, Runnable body) {
            return LaneThreads.DAEMONS.virtual(name, body);
        }
    };

    /**
     * Started by the first task's arm(), the timer thread was made under the timer's lock while the other tasks
     * waited to arm theirs: every task's wait began 20-50 ms after its start, and its bar was that much longer
     * than its delay (-n 10 -m threads --deadline 5). The thread is there, running, once started (EngineRun starts
     * it before the run's clock).
     */
    @Test
    void theTimerRunsBeforeTheFirstTaskArmsItsDeadline() {
        DeadlineWatch watch = new DeadlineWatch(10, TimeUnit.SECONDS.toNanos(5), recorded);
        try {
            assertThat(made).isEmpty();
            watch.start();
            assertThat(made).hasSize(1);
            assertThat(made.get(0).getName()).isEqualTo("deadline-timer");
            assertThat(made.get(0).isAlive()).isTrue();
        } finally {
            watch.close();
        }
        assertThat(made.get(0).isAlive()).isFalse();
    }

    @Test
    void aThreadsRunMakesItsTimerBeforeItsFirstTasksThread() throws InterruptedException {
        RunConfig config = new RunConfig(3, 1, Mode.THREADS, 0, TaskKind.IO, 1L, false,
                new Coordination(SharedCounter.OFF, Coordination.DEFAULT_GAP, 0, 5));
        RunEngine engine = new RunEngine(new EngineSetup(EngineSetup.STANDARD.cpuWork(), recorded,
                EngineSetup.STANDARD.globalLocks()));

        engine.run(config, Workload.ofSeconds(0.01, 0.02, 0.03));

        assertThat(made).extracting(Thread::getName).startsWith("deadline-timer").hasSize(4);
    }

    @Test
    void aTaskEndedBeforeItsDeadlineIsNotInterrupted() {
        DeadlineWatch watch = new DeadlineWatch(1, TimeUnit.SECONDS.toNanos(5), recorded);
        watch.start();
        try {
            assertThat(watch.disarm(0, watch.arm(0, 0))).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            assertThat(made).hasSize(1);
        } finally {
            watch.close();
        }
    }
}
