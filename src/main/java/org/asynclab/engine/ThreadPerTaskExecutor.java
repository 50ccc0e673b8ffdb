package org.asynclab.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.asynclab.model.TaskKind;

/**
 * {@link org.asynclab.model.Mode#THREADS} and {@link org.asynclab.model.Mode#VIRTUAL}: one new thread per task,
 * {@code thread-<i>} (platform) or {@code virtual-<i>}; task i runs on lane i. The controller names each thread,
 * submits its task and starts it, one after another.
 *
 * <p>A live count of started threads, decremented by each as its last act, lets the controller wait for them
 * all without holding a million joins. Each thread also clears its own slot in the thread table, so that a
 * million finished virtual threads are not kept alive only so that a cancel could interrupt them; platform
 * threads (20,000 at most) stay in the table and are joined one by one, so none outlives the run.
 */
final class ThreadPerTaskExecutor extends LaneExecutor {
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Thread[].class);

    private final boolean virtual;
    private final Thread[] threads;
    /** Started threads that have not ended, plus one held by the launch until it is over. */
    private final AtomicInteger live = new AtomicInteger(1);
    private volatile Thread waiter;
    private int created;

    ThreadPerTaskExecutor(RunParts parts, boolean virtual) {
        super(parts);
        this.virtual = virtual;
        this.threads = new Thread[parts.tasks()];
    }

    @Override
    void launch() {
        waiter = Thread.currentThread();
        String prefix = virtual ? "virtual-" : "thread-";
        Recording recording = parts.recording();
        try {
            for (int task = 0; task < parts.tasks() && !parts.stop().isStopped(); task++) {
                startTask(task, prefix, recording);
            }
        } finally {
            leave();
        }
    }

    /**
     * Names, records and starts task {@code task}'s thread. A method of its own, not the loop's body: the JIT
     * compiles a method after some thousands of calls, which the JIT warm-up's 10,000 tasks give it, but a loop
     * only after tens of thousands of turns in one call, so the first 10⁵-task run would start most of its
     * threads from unoptimised code.
     */
    private void startTask(int task, String prefix, Recording recording) {
        // the slot is set before the thread starts: a thread may end, and clear it, at once
        String name = prefix + task;
        int lane = recording.addLane(name);
        Thread thread = virtual
                ? parts.threads().virtual(name, () -> runTask(task, lane))
                : parts.threads().platform(name, () -> runTask(task, lane));
        SLOTS.setRelease(threads, task, thread);
        created = task + 1;
        live.incrementAndGet();
        recording.submit(task);
        try {
            start(thread, name);
        } catch (RunFailedException refused) {
            SLOTS.setRelease(threads, task, null);
            live.decrementAndGet();
            throw refused;
        }
    }

    private void runTask(int task, int lane) {
        try {
            parts.body().run(task, lane);
        } finally {
            if (virtual) {
                SLOTS.setRelease(threads, task, null);
            }
            leave();
        }
    }

    private void leave() {
        if (live.decrementAndGet() == 0) {
            LockSupport.unpark(waiter);
        }
    }

    @Override
    void join() throws InterruptedException {
        while (live.get() > 0) {
            LockSupport.park(this);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        if (!virtual) {
            for (int i = 0; i < created; i++) {
                Thread thread = threads[i];
                if (thread != null) {
                    thread.join();
                }
            }
        }
    }

    /**
     * Wakes every thread still in the table. A waiting (I/O) task is parked, and an unpark is the cheapest wake-up;
     * a computing task may wait for the global lock, which only an interrupt ends.
     */
    @Override
    void stop() {
        boolean parked = parts.config().kind() == TaskKind.IO;
        for (int i = 0; i < created; i++) {
            Thread thread = (Thread) SLOTS.getAcquire(threads, i);
            if (thread == null) {
                continue;
            }
            if (parked) {
                LockSupport.unpark(thread);
            } else {
                thread.interrupt();
            }
        }
    }
}
