package org.asynclab.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * {@code asyncio.wait_for} for tasks on threads: one timer thread ({@code deadline-timer}) interrupts a task's
 * thread when its deadline passes, as {@code Future.cancel(true)} would. The interrupt ends the task's park (or
 * its computation between two chunks); the task then sees that the deadline, not a stop, woke it.
 *
 * <p>A task's thread may run other tasks afterwards (a pool), so a late interrupt must never reach it. Each task's
 * state settles the race: the timer may interrupt only by winning RUNNING → INTERRUPTING, and the task ends its
 * wait by trying RUNNING → FINISHED; if it loses, it waits until the interrupt has been delivered (INTERRUPTED,
 * a few instructions away) and clears it, so the thread leaves the task with its interrupt flag as it came.
 */
final class DeadlineWatch {
    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int INTERRUPTING = 2;
    private static final int INTERRUPTED = 3;

    private final AtomicIntegerArray states;
    private final ScheduledThreadPoolExecutor timer;
    /** The timer's threads (one, unless a task made it die): joined at the end, not only stopped. */
    private final Queue<Thread> timerThreads = new ConcurrentLinkedQueue<>();
    private final long deadlineNanos;

    DeadlineWatch(int tasks, long deadlineNanos, LaneThreads threads) {
        this.states = new AtomicIntegerArray(tasks);
        this.deadlineNanos = deadlineNanos;
        this.timer = new ScheduledThreadPoolExecutor(1, body -> {
            Thread thread = threads.platform("deadline-timer", body);
            timerThreads.add(thread);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Starts the timer's thread; before the run's clock. (Started by the first task's arm(), it was made under the
     * timer's lock while every other task waited to arm, and each task's bar came out 20-50 ms longer than its
     * delay.)
     */
    void start() {
        timer.prestartCoreThread();
    }

    /** Arms {@code task}'s deadline, {@code elapsedNanos} after its start; call on the task's own thread. */
    ScheduledFuture<?> arm(int task, long elapsedNanos) {
        Thread thread = Thread.currentThread();
        return timer.schedule(() -> fire(task, thread), Math.max(0, deadlineNanos - elapsedNanos),
                TimeUnit.NANOSECONDS);
    }

    private void fire(int task, Thread thread) {
        if (states.compareAndSet(task, RUNNING, INTERRUPTING)) {
            thread.interrupt();
            states.set(task, INTERRUPTED);
        }
    }

    /**
     * Ends {@code task}'s watch when its wait is over, either way; on the task's own thread.
     *
     * @return true when the deadline interrupted it (the interrupt is cleared); false when it ended first
     */
    boolean disarm(int task, ScheduledFuture<?> armed) {
        armed.cancel(false);
        if (states.compareAndSet(task, RUNNING, FINISHED)) {
            return false;
        }
        while (states.get(task) != INTERRUPTED) {
            Thread.onSpinWait();
        }
        Thread.interrupted();
        return true;
    }

    /**
     * Stops the timer thread and waits for it to end, interrupts or not: no thread of a run outlives it. (The
     * executor's termination alone comes a few instructions before its thread's end, and a check of the live
     * threads right after a run once saw the timer still there.)
     */
    void close() {
        timer.shutdownNow();
        boolean interrupted = false;
        for (Thread thread : timerThreads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException stopNow) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
