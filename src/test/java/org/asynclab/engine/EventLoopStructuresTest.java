package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventLoopStructuresTest {

    @Test
    void theTimerHeapGivesTasksBackInOrderOfTheirDeadlines() {
        // given 10,000 timers pushed in random order
        int n = 10_000;
        Random random = new Random(3);
        long[] deadlines = new long[n];
        TimerHeap heap = new TimerHeap(n);
        for (int task = 0; task < n; task++) {
            deadlines[task] = random.nextInt(1_000_000);
            heap.push(deadlines[task], task);
        }

        // when they are popped
        long[] popped = new long[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int task = heap.pop();
            popped[i] = deadlines[task];
            seen[task] = true;
        }

        // then each came out once, earliest first
        long[] sorted = deadlines.clone();
        Arrays.sort(sorted);
        assertThat(popped).isEqualTo(sorted);
        assertThat(heap.isEmpty()).isTrue();
        assertThat(seen).doesNotContain(false);
    }

    @Test
    void theReadyQueueIsFirstInFirstOutAcrossItsWrapAround() {
        ReadyQueue queue = new ReadyQueue(3);
        queue.add(1);
        queue.add(2);
        assertThat(queue.poll()).isEqualTo(1);
        queue.add(~3);
        queue.add(4);

        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.poll()).isEqualTo(2);
        assertThat(queue.poll()).isEqualTo(~3);
        assertThat(queue.poll()).isEqualTo(4);
        assertThat(queue.isEmpty()).isTrue();
    }
}
