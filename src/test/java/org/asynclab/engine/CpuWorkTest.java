package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class CpuWorkTest {

    /** A fair lock that counts its holders and remembers who took it, in order. */
    static final class WatchedLock extends ReentrantLock {
        private static final long serialVersionUID = 1L;
        final AtomicInteger holders = new AtomicInteger();
        final AtomicInteger mostHolders = new AtomicInteger();
        final List<String> takers = new CopyOnWriteArrayList<>();
        /** For each release, in order: whether another thread was waiting for the lock then. */
        final List<Boolean> waitedForAtRelease = new CopyOnWriteArrayList<>();

        WatchedLock() {
            super(true);
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            super.lockInterruptibly();
            mostHolders.accumulateAndGet(holders.incrementAndGet(), Math::max);
            takers.add(Thread.currentThread().getName());
        }

        @Override
        public void unlock() {
            holders.decrementAndGet();
            waitedForAtRelease.add(hasQueuedThreads());
            super.unlock();
        }
    }

    @Test
    void theSameDelayIsTheSameAmountOfWork() {
        CpuWork work = new CpuWork(0.5);

        assertThat(work.iterationsFor(2_000_000L)).isEqualTo(1_000_000L);
        assertThat(work.iterationsFor(0)).isZero();
    }

    @Test
    void calibrationFindsAPositiveRateOnce() {
        assertThat(CpuWork.calibrated()).isSameAs(CpuWork.calibrated());
        assertThat(CpuWork.calibrated().iterationsFor(1_000_000L)).isPositive();
    }

    @Test
    void workRatedTooSlowStillComputesItsDelayOfCpuTime() throws InterruptedException {
        // given work rated 20 times too slow, as a calibration taken before the JIT compiled the loop was (a
        // loaded machine: "3 s of work" then ended in under 0.2 s, before its deadline)
        CpuWork tooSlow = new CpuWork(CpuWork.calibrated().iterationsFor(1_000_000L) / 1e6 / 20);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled(),
                "needs the thread's CPU time");

        // when a platform thread computes 0.4 s with it, under a lock taken around each chunk (the GIL's way)
        WatchedLock lock = new WatchedLock();
        long before = threads.getCurrentThreadCpuTime();
        assertThat(tooSlow.compute(400_000_000L, new StopSignal(), lock)).isTrue();
        long spent = threads.getCurrentThreadCpuTime() - before;

        // then it computed about 0.4 s of its CPU time, not a twentieth of it (the chunks ran 20 times faster than
        // the rate said, and what was left was scaled), in chunks of about 2 ms again: about 200 turns at the lock,
        // not 20 times as many (the lock ledger has room for the chunks the delays stand for)
        assertThat(spent / 1e9).as("CPU seconds computed").isGreaterThan(0.2).isLessThan(2.0);
        assertThat(lock.takers).as("chunks computed").hasSizeLessThan(600);
    }

    @Test
    void chunksAFifthFasterThanRatedThreeInARowRaiseTheRate() {
        // given work rated a fifth too slow, as a calibration taken while another program loaded the machine was
        // (the GIL lesson then read "total 1.65 s" under its "ideal 2.00 s")
        CpuWork.ChunkClock clock = new CpuWork.ChunkClock(true);
        long rated = CpuWork.CHUNK_NANOS;

        // when its chunks take 80 % of the CPU time they stand for
        clock.took(rated * 8 / 10);
        clock.took(rated * 8 / 10);
        assertThat(clock.fasterThanRated()).as("two chunks are not enough to say").isZero();
        clock.took(rated * 8 / 10);

        // then the work left is scaled by 1.25 (it was 0 before: only chunks under half the time counted)
        assertThat(clock.fasterThanRated()).isCloseTo(1.25, within(1e-9));
    }

    @Test
    void aRightRateIsLeftAloneWhateverTheClocksNoise() {
        CpuWork.ChunkClock clock = new CpuWork.ChunkClock(true);
        long rated = CpuWork.CHUNK_NANOS;

        // chunks 3 % faster than rated (noise, a core's boost) never correct it
        for (int i = 0; i < 20; i++) {
            clock.took(rated * 97 / 100);
            assertThat(clock.fasterThanRated()).isZero();
        }
        // nor fast chunks that a slow one interrupts, nor a chunk whose time the clock did not see
        for (long spent : new long[] {rated / 2, rated / 2, rated * 12 / 10, rated / 2, 0, rated / 2}) {
            clock.took(spent);
            assertThat(clock.fasterThanRated()).isZero();
        }
    }

    @Test
    void computationStopsBetweenChunksOnceTheRunIsStopped() throws InterruptedException {
        StopSignal stop = new StopSignal();
        stop.stop();

        assertThat(CpuWork.calibrated().compute(60_000_000_000L, stop, null)).isFalse();
    }

    @Test
    void underTheGlobalLockThreadsInterleaveButNeverComputeTogether() throws InterruptedException {
        // given three computing threads that share one watched lock, and start computing together (started one
        // after another, the first could compute its 40 ms alone on a loaded machine before the others began)
        WatchedLock lock = new WatchedLock();
        StopSignal stop = new StopSignal();
        CyclicBarrier together = new CyclicBarrier(3);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            threads.add(Thread.ofPlatform().name("gil-" + i).start(() -> {
                try {
                    together.await();
                    CpuWork.calibrated().compute(40_000_000L, stop, lock);
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        // then the work went chunk by chunk, one holder at a time, and the threads took turns: whenever another
        // thread waited as a chunk ended, the next chunk was the other's. (How often one waited is the OS's to
        // decide: "at least 6 turns" failed at load 13-17, the threads then running one after another.)
        assertThat(lock.mostHolders.get()).isEqualTo(1);
        assertThat(lock.takers).hasSizeGreaterThanOrEqualTo(3 * 10);
        List<String> takers = List.copyOf(lock.takers);
        for (int i = 0; i + 1 < takers.size(); i++) {
            if (lock.waitedForAtRelease.get(i)) {
                assertThat(takers.get(i + 1)).as("the chunk after release %d, another thread waiting", i)
                        .isNotEqualTo(takers.get(i));
            }
        }
        assertThat(switches(takers)).isGreaterThanOrEqualTo(2);
    }

    private static int switches(List<String> takers) {
        int switches = 0;
        for (int i = 1; i < takers.size(); i++) {
            switches += takers.get(i).equals(takers.get(i - 1)) ? 0 : 1;
        }
        return switches;
    }

    @Test
    void aRunWithTheGlobalLockInterleavesItsThreadsUnderOneLock() throws InterruptedException {
        // given an engine whose runs' global lock is watched
        WatchedLock lock = new WatchedLock();
        RunEngine engine = new RunEngine(new EngineSetup(CpuWork::calibrated, LaneThreads.DAEMONS, () -> lock));
        RunConfig config = new RunConfig(3, 1, Mode.THREADS, 0, TaskKind.CPU, 1L, true);

        // when three threads compute 60 ms each
        RunResult result = engine.run(config, Workload.ofSeconds(0.06, 0.06, 0.06));

        // then they were under way together, yet never two computed together. (All three at once, peak 3, was the
        // OS's to decide: a thread launched 60 ms late misses the first, as GilTest's four did at load 2.)
        assertThat(result.config().globalLock()).isTrue();
        assertThat(result.summary().peakConcurrency()).isGreaterThanOrEqualTo(2);
        assertThat(lock.mostHolders.get()).isEqualTo(1);
        assertThat(lock.takers).hasSizeGreaterThanOrEqualTo(3 * 20).contains("thread-0", "thread-1", "thread-2");
        assertThat(result.summary().idealSeconds()).isEqualTo(result.summary().sumOfDelaysSeconds());
    }
}
