package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventLoopStructuresTest {

    @Test
    void theHeapGivesItsEntriesBackSmallestFirst() {
        Random random = new Random(3);
        long[] entries = new long[5_000];
        TimerHeap heap = new TimerHeap(entries.length);
        for (int i = 0; i < entries.length; i++) {
            entries[i] = random.nextInt(100_000);
            heap.push(entries[i]);
        }

        long[] popped = new long[entries.length];
        for (int i = 0; i < popped.length; i++) {
            popped[i] = heap.pop();
        }

        Arrays.sort(entries);
        assertThat(popped).isEqualTo(entries);
        assertThat(heap.isEmpty()).isTrue();
    }

    @Test
    void timersComeOutInOrderOfTheirDeadlinesWhetherTheyArriveInABatchOrOneByOne() {
        // given a big batch of timers (sorted and merged), then small late batches (heaped) between pops
        int n = 20_000;
        Random random = new Random(5);
        long[] deadlines = new long[n];
        TimerQueue timers = new TimerQueue(n);
        for (int task = 0; task < 15_000; task++) {
            deadlines[task] = random.nextInt(1_000_000);
            timers.push(deadlines[task], task);
        }
        timers.settle();

        // when they are popped, with more arriving now and then, never before the last one popped
        long[] popped = new long[n];
        int next = 15_000;
        long lastPopped = 0;
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0 && next < n) {
                int batch = Math.min(next + (i % 2 == 0 ? 2 : 300), n);
                for (; next < batch; next++) {
                    deadlines[next] = lastPopped + random.nextInt(1_000_000);
                    timers.push(deadlines[next], next);
                }
                timers.settle();
            }
            long first = timers.firstDeadline();
            int task = timers.pop();
            assertThat(deadlines[task]).isEqualTo(first).isGreaterThanOrEqualTo(lastPopped);
            lastPopped = first;
            popped[i] = task;
        }

        // then each task came out exactly once
        assertThat(timers.isEmpty()).isTrue();
        Arrays.sort(popped);
        for (int i = 0; i < n; i++) {
            assertThat(popped[i]).isEqualTo(i);
        }
    }

    @Test
    void aDeadlineBeyondThePackedRangeIsRefused() {
        TimerQueue timers = new TimerQueue(1);

        assertThatThrownBy(() -> timers.push(TimerQueue.MAX_DEADLINE + 1, 0))
                .isInstanceOf(IllegalStateException.class);
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
