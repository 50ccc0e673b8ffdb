package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;

@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class FailureTest {

    /** Makes real daemon threads until the {@code refuseAt}-th, which the "system" refuses like Linux does. */
    private static LaneThreads refusingAt(int refuseAt) {
        AtomicInteger made = new AtomicInteger();
        return new LaneThreads() {
            @Override
            public Thread platform(String name, Runnable body) {
                if (made.incrementAndGet() < refuseAt) {
                    return LaneThreads.DAEMONS.platform(name, body);
                }
                return new Thread(body, name) {
                    @Override
                    public synchronized void start() {
                        throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
                    }
                };
            }

            @Override
            public Thread virtual(String name, Runnable body) {
                throw new IllegalStateException("the scheduler is broken");
            }
        };
    }

    private static RunEngine engineWith(LaneThreads threads) {
        return new RunEngine(new EngineSetup(EngineSetup.STANDARD.cpuWork(), threads,
                EngineSetup.STANDARD.globalLocks()));
    }

    @Test
    void aRefusedPlatformThreadStopsTheRunCleanlyWithAClearMessage() throws InterruptedException {
        // given a system that refuses the 5th thread of a threads run of 60 s tasks
        RunConfig config = new RunConfig(10, 60, Mode.THREADS, 0, TaskKind.IO, 1);
        RunHandle run = engineWith(refusingAt(5)).start(config, Workload.generate(config));

        // then the result fails with a message that says what to do, and the 4 started threads are gone
        assertThatThrownBy(run::await)
                .isInstanceOf(RunFailedException.class)
                .hasMessageContaining("thread-4")
                .hasMessageContaining("no more threads")
                .hasMessageContaining("pool");
        assertThat(run.isDone()).isTrue();
        assertThat(run.timeline().startedNanos(5)).isEqualTo(-1L);
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }

    @Test
    void aRefusedPoolWorkerFailsTheRunToo() throws InterruptedException {
        RunConfig config = new RunConfig(10, 60, Mode.POOL, 4, TaskKind.IO, 1);
        RunHandle run = engineWith(refusingAt(3)).start(config, Workload.generate(config));

        assertThatThrownBy(run::await).isInstanceOf(RunFailedException.class).hasMessageContaining("pool-worker-2");
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }

    @Test
    void aFailureInsideTheEngineCompletesTheResultExceptionallyInsteadOfHanging() throws Exception {
        RunConfig config = new RunConfig(10, 1, Mode.VIRTUAL, 0, TaskKind.IO, 1);
        RunHandle run = engineWith(refusingAt(1)).start(config, Workload.generate(config));

        assertThatThrownBy(() -> run.result().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(RunFailedException.class)
                .hasStackTraceContaining("the scheduler is broken");
    }
}
