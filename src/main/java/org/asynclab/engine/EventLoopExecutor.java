package org.asynclab.engine;

import java.util.concurrent.locks.LockSupport;
import org.asynclab.model.TaskKind;

/**
 * {@link org.asynclab.model.Mode#EVENT_LOOP}: one thread, non-blocking, a small asyncio. Like
 * {@code asyncio.gather}, the loop first wraps every task and queues its first step; each first step records the
 * start and either sleeps (a timer at start + delay, and the loop moves on) or computes on the loop's own thread,
 * blocking the loop and every task behind it. Due timers move their tasks' resumptions to the ready queue, whose
 * steps run in order; when nothing is ready the loop parks until the next deadline, or until the run is stopped
 * (the controller interrupts it, and it looks at the stop flag before every step).
 *
 * <p>The ready queue and the timer heap are primitive arrays sized n, allocated before the run's clock starts.
 */
final class EventLoopExecutor extends SingleLaneExecutor {
    private final ReadyQueue ready;
    private final TimerHeap timers;

    EventLoopExecutor(RunParts parts) {
        super(parts, "event-loop");
        ready = new ReadyQueue(parts.tasks());
        timers = new TimerHeap(parts.tasks());
    }

    @Override
    void runLane(int lane) {
        Recording recording = parts.recording();
        StopSignal stop = parts.stop();
        for (int task = 0; task < parts.tasks(); task++) {
            if (stop.isStopped()) {
                return;
            }
            recording.submit(task);
            ready.add(task);
        }
        while (!stop.isStopped()) {
            runReadySteps(lane);
            long now = recording.now();
            while (!timers.isEmpty() && timers.firstDeadline() <= now) {
                ready.add(~timers.pop());
            }
            if (ready.isEmpty()) {
                if (timers.isEmpty()) {
                    return;
                }
                LockSupport.parkNanos(this, timers.firstDeadline() - now);
            }
        }
    }

    /** Runs the steps that were ready when the pass began (asyncio's {@code ntodo}); later ones wait a pass. */
    private void runReadySteps(int lane) {
        StopSignal stop = parts.stop();
        for (int todo = ready.size(); todo > 0; todo--) {
            if (stop.isStopped()) {
                return;
            }
            int step = ready.poll();
            if (step < 0) {
                parts.recording().finish(~step);
            } else if (!firstStep(step, lane)) {
                return;
            }
        }
    }

    /** A task's first step: start, then sleep (a timer) or compute right here. False when stopped meanwhile. */
    private boolean firstStep(int task, int lane) {
        Recording recording = parts.recording();
        long startedAt = recording.start(task, lane);
        long delay = parts.workload().delayNanos(task);
        if (parts.config().kind() == TaskKind.IO) {
            if (delay == 0) {
                ready.add(~task);
            } else {
                timers.push(startedAt + delay, task);
            }
            return true;
        }
        try {
            if (!parts.cpu().compute(delay, parts.stop(), null)) {
                return false;
            }
        } catch (InterruptedException stopped) {
            return false;
        }
        recording.finish(task);
        return true;
    }
}
