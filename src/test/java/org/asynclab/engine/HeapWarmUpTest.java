package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

/** The heap's preparation before a large virtual-thread run: which runs, how much, once per size, and a stop. */
class HeapWarmUpTest {
    private static final int N = JitWarmUp.MIN_TASKS;
    private static final long YOUNG = 64L << 20;
    private static final BooleanSupplier RUNNING = () -> false;

    private static RunConfig io(Mode mode, int tasks) {
        return new RunConfig(tasks, 0.01, mode, mode == Mode.POOL ? 4 : 0, TaskKind.IO, 5L);
    }

    @Test
    void onlyLargePlainRunsOfVirtualThreadsHaveTheirHeapPrepared() {
        assertThat(HeapWarmUp.applies(io(Mode.VIRTUAL, N))).isTrue();
        assertThat(HeapWarmUp.applies(io(Mode.VIRTUAL, N - 1))).as("a smaller run").isFalse();
        for (Mode mode : new Mode[] {Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.THREADS, Mode.POOL}) {
            assertThat(HeapWarmUp.applies(io(mode, N))).as(mode.id()).isFalse();
        }
        assertThat(HeapWarmUp.applies(new RunConfig(N, 0.01, Mode.VIRTUAL, 0, TaskKind.CPU, 5L))).as("cpu").isFalse();
        assertThat(HeapWarmUp.applies(io(Mode.VIRTUAL, N).withCoordination(Coordination.NONE.withDeadline(0.5))))
                .as("a course lesson").isFalse();
    }

    @Test
    void aRunIsGivenItsTasksWorthOfHeapAtMostTheYoungGeneration() {
        assertThat(HeapWarmUp.bytesFor(10_000, YOUNG)).isEqualTo(10_000 * HeapWarmUp.BYTES_PER_TASK);
        assertThat(HeapWarmUp.bytesFor(1_000_000, YOUNG)).isEqualTo(YOUNG);
    }

    @Test
    void eachLargeRunIsCollectedForAndTheHeapTouchedOncePerSizeWhereTheJvmAllowsIt() {
        AtomicInteger collections = new AtomicInteger();
        HeapWarmUp heap = HeapWarmUp.forJvm(new HeapWarmUp.Jvm(true, YOUNG), collections::incrementAndGet);
        RunConfig large = io(Mode.VIRTUAL, 20_000);

        assertThat(heap.prepare(io(Mode.VIRTUAL, N), RUNNING)).isPositive();
        assertThat(collections).as("a collection, the touching, a collection").hasValue(2);
        assertThat(heap.touched()).isGreaterThanOrEqualTo(HeapWarmUp.bytesFor(N, YOUNG));
        long afterFirst = heap.touched();
        heap.prepare(io(Mode.VIRTUAL, N), RUNNING);
        assertThat(collections).as("collected again, nothing more to touch").hasValue(3);
        assertThat(heap.touched()).isEqualTo(afterFirst);
        heap.prepare(large, RUNNING);
        assertThat(collections).hasValue(5);
        assertThat(heap.touched()).as("a larger run").isGreaterThanOrEqualTo(HeapWarmUp.bytesFor(20_000, YOUNG));
        heap.prepare(io(Mode.EVENT_LOOP, 20_000), RUNNING);
        assertThat(collections).as("not for the event loop").hasValue(5);

        HeapWarmUp elsewhere = HeapWarmUp.forJvm(new HeapWarmUp.Jvm(false, YOUNG), collections::incrementAndGet);
        assertThat(elsewhere.prepare(large, RUNNING)).as("System.gc() is a full collection there").isZero();
        assertThat(elsewhere.touched()).isZero();
        assertThat(collections).hasValue(5);
        assertThat(HeapWarmUp.none().prepare(large, RUNNING)).isZero();
    }

    @Test
    void aStoppedRunHasNothingPrepared() {
        AtomicInteger collections = new AtomicInteger();
        HeapWarmUp heap = HeapWarmUp.forJvm(new HeapWarmUp.Jvm(true, YOUNG), collections::incrementAndGet);

        assertThat(heap.prepare(io(Mode.VIRTUAL, N), () -> true)).isZero();

        assertThat(heap.touched()).isZero();
        assertThat(collections).hasValue(0);
    }

    @Test
    void aStopDuringTheTouchingEndsIt() {
        AtomicInteger collections = new AtomicInteger();
        HeapWarmUp heap = HeapWarmUp.forJvm(new HeapWarmUp.Jvm(true, YOUNG), collections::incrementAndGet);

        // stopped once the first collection was made: no chunk is touched
        heap.prepare(io(Mode.VIRTUAL, N), () -> collections.get() > 0);

        assertThat(heap.touched()).isZero();
    }
}
