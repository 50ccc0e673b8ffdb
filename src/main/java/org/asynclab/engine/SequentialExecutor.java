package org.asynclab.engine;

/**
 * {@link org.asynclab.model.Mode#SEQUENTIAL}: the {@code await} inside a {@code for} loop. One thread takes the
 * tasks one after another; a task is submitted when the loop reaches it, so it never waits in a queue.
 */
final class SequentialExecutor extends SingleLaneExecutor {

    SequentialExecutor(RunParts parts) {
        super(parts, "sequential");
    }

    @Override
    void runLane(int lane) {
        Recording recording = parts.recording();
        TaskBody body = parts.body();
        for (int task = 0; task < parts.tasks() && !parts.stop().isStopped(); task++) {
            recording.submit(task);
            if (!body.run(task, lane)) {
                return;
            }
        }
    }
}
