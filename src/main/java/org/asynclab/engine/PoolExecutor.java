package org.asynclab.engine;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link org.asynclab.model.Mode#POOL}: a fixed pool of K platform threads {@code pool-worker-<k>} (lane k). The
 * controller starts the workers, then submits every task to the queue; an idle worker takes the oldest. The queue
 * holds no objects: tasks are submitted in order, so it is a count of permits (one per submitted task) and the
 * index of the next task to take. After the last task, K more permits let each worker see the end.
 */
final class PoolExecutor extends LaneExecutor {
    private final Thread[] workers;
    private final Semaphore queued = new Semaphore(0);
    private final AtomicInteger next = new AtomicInteger();
    private int started;

    PoolExecutor(RunParts parts) {
        super(parts);
        workers = new Thread[parts.config().workers()];
    }

    @Override
    void launch() {
        Recording recording = parts.recording();
        for (int k = 0; k < workers.length && !parts.stop().isStopped(); k++) {
            String name = "pool-worker-" + k;
            int lane = recording.addLane(name);
            workers[k] = startPlatform(name, () -> work(lane));
            started = k + 1;
        }
        for (int task = 0; task < parts.tasks() && !parts.stop().isStopped(); task++) {
            recording.submit(task);
            queued.release();
        }
        queued.release(workers.length);
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
