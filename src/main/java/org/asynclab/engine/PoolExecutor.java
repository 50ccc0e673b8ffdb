package org.asynclab.engine;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link org.asynclab.model.Mode#POOL}: a pool of at most K platform threads {@code pool-worker-<k>} (lane k). The
 * controller submits every task to the queue and, like Python's {@code ThreadPoolExecutor}, starts a worker with
 * each of the first K submits: a pool never has more workers than tasks, and starting them is part of the run's
 * measured time (first submit → last finish), not a cost paid before the clock looks. An idle worker takes the
 * oldest task. The queue holds no objects: tasks are submitted in order, so it is a count of permits (one per
 * submitted task) and the index of the next task to take. After the last task, one more permit per worker lets
 * each see the end.
 */
final class PoolExecutor extends LaneExecutor {
    private final Thread[] workers;
    private final Semaphore queued = new Semaphore(0);
    private final AtomicInteger next = new AtomicInteger();
    private int started;

    PoolExecutor(RunParts parts) {
        super(parts);
        workers = new Thread[Math.min(parts.config().workers(), parts.tasks())];
    }

    @Override
    void launch() {
        Recording recording = parts.recording();
        try {
            for (int task = 0; task < parts.tasks() && !parts.stop().isStopped(); task++) {
                recording.submit(task);
                queued.release();
                if (started < workers.length) {
                    String name = "pool-worker-" + started;
                    int lane = recording.addLane(name);
                    workers[started] = startPlatform(name, () -> work(lane));
                    started++;
                }
            }
        } finally {
            queued.release(started);
        }
    }

    private void work(int lane) {
        int n = parts.tasks();
        try {
            while (!parts.stop().isStopped()) {
                queued.acquire();
                int task = next.getAndIncrement();
                if (task >= n || !parts.body().run(task, lane)) {
                    return;
                }
            }
        } catch (InterruptedException stopped) {
            // the run is stopping: this worker ends
        }
    }

    @Override
    void join() throws InterruptedException {
        for (int k = 0; k < started; k++) {
            workers[k].join();
        }
    }

    @Override
    void stop() {
        for (int k = 0; k < started; k++) {
            workers[k].interrupt();
        }
    }
}
