package org.asynclab.engine;

/** An executor of one lane: one platform thread that runs every task (sequential, event loop). */
abstract class SingleLaneExecutor extends LaneExecutor {
    private final String name;
    private Thread thread;

    SingleLaneExecutor(RunParts parts, String name) {
        super(parts);
        this.name = name;
    }

    /** The lane's work: runs every task, and returns early once the stop flag is up. */
    abstract void runLane(int lane);

    @Override
    void launch() {
        int lane = parts.recording().addLane(name);
        thread = startPlatform(name, () -> {
            try {
                runLane(lane);
            } catch (RuntimeException | Error problem) {
                parts.stop().fail(problem);
            }
        });
    }

    @Override
    void join() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
    }

    @Override
    void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
