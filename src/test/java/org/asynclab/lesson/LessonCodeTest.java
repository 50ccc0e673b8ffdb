package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

/**
 * The code panel shows, for each course lesson, the code of what its runs do: the lesson's own construct, in
 * Python and in Java, for the lesson's settings and for the run it is compared with.
 */
class LessonCodeTest {

    /** The Python and the Java of a lesson's first run (or, with {@code compared}, its second), in English. */
    private static String[] code(String lesson, boolean compared) throws ScenarioException {
        Scenario scenario = ScenarioLibrary.resolveBundled(lesson);
        RunConfig config = compared ? scenario.compare().orElseThrow() : scenario.settings();
        Workload delays = scenario.explicitDelays().orElse(null);
        return new String[] {CodeSamples.python(config, delays, Locale.ENGLISH),
            CodeSamples.java(config, delays, Locale.ENGLISH)};
    }

    @Test
    void semaphoreVsPoolShowsTheSemaphoreAroundTheWaitThenThePool() throws ScenarioException {
        String[] loop = code("semaphore-vs-pool", false);
        String[] pool = code("semaphore-vs-pool", true);

        assertThat(loop[0]).contains("semaphore = asyncio.Semaphore(4)").contains("async with semaphore:")
                .contains("await asyncio.sleep(delay)");
        assertThat(loop[1]).contains("int permits = 4;").contains("semaphoreQueue.add(");
        assertThat(pool[0]).contains("ThreadPoolExecutor(max_workers=4)").doesNotContain("Semaphore");
        assertThat(pool[1]).contains("Executors.newFixedThreadPool(4)");
    }

    @Test
    void waitForDeadlineShowsWaitForOnTheLoopAndABoundedWaitOnThreads() throws ScenarioException {
        String[] loop = code("wait-for-deadline", false);
        String[] threads = code("wait-for-deadline", true);

        assertThat(loop[0]).contains("await asyncio.wait_for(asyncio.sleep(delay), timeout=0.5)")
                .contains("except asyncio.TimeoutError:").contains("return None");
        assertThat(loop[1]).contains("Math.min(delays[i], 500_000_000L)").contains("\" cancelled\"");
        assertThat(threads[0]).contains("time.sleep(min(delay, 0.5))").contains("else None");
        // as the engine does: each thread keeps its own deadline, and the clock (not a timer thread) decides
        assertThat(threads[1]).contains("TimeUnit.NANOSECONDS.sleep(Math.min(delayNanos, 500_000_000L))")
                .contains("if (delayNanos > 500_000_000L)").doesNotContain("timer").doesNotContain("interrupt()\n");
    }

    @Test
    void raceThreadsVsLoopShowsTheReadTheGapAndTheWrite() throws ScenarioException {
        String[] threads = code("race-threads-vs-loop", false);
        String[] loop = code("race-threads-vs-loop", true);

        assertThat(threads[0]).contains("value = counter").contains("time.sleep(0.002)")
                .contains("counter = value + 1").doesNotContain("lock");
        assertThat(threads[1]).contains("int value = counter;").contains("LockSupport.parkNanos(2_000_000L);")
                .contains("counter = value + 1;").doesNotContain("lock.lock()");
        assertThat(loop[0]).contains("time.sleep(0.002)  # no await").doesNotContain("await asyncio.sleep(0.002)");
        assertThat(loop[1]).contains("LockSupport.parkNanos(2_000_000L);  // no await");
    }

    @Test
    void raceAwaitVsLockShowsTheAwaitThenTheLock() throws ScenarioException {
        String[] await = code("race-await-vs-lock", false);
        String[] lock = code("race-await-vs-lock", true);

        assertThat(await[0]).contains("await asyncio.sleep(0.002)").doesNotContain("Lock");
        assertThat(await[1]).contains("sleep(2_000_000L, () -> {").doesNotContain("lockQueue");
        assertThat(lock[0]).contains("lock = asyncio.Lock()").contains("async with lock:");
        assertThat(lock[1]).contains("lockQueue.add(() -> update(i))");
    }

    @Test
    void gilThreadsShowsTheLockTakenAroundEachSliceOnlyWithTheGil() throws ScenarioException {
        String[] gil = code("gil-threads", false);
        String[] free = code("gil-threads", true);

        assertThat(gil[0]).contains("threading.Thread(").contains("while time.thread_time() < end:")
                .contains("simulated GIL");
        assertThat(gil[1]).contains("new ReentrantLock(true)").contains("gil.lock();").contains("gil.unlock();");
        assertThat(free[1]).doesNotContain("gil");
    }

    @Test
    void fetchUrlsShowsARealFetchOneByOneThenGathered() throws ScenarioException {
        String[] sequential = code("fetch-urls", false);
        String[] gathered = code("fetch-urls", true);

        assertThat(sequential[0]).contains("await asyncio.open_connection(\"127.0.0.1\", PORT)")
                .contains("[await fetch_url(max_delay) for _ in range(n)]").doesNotContain("asyncio.sleep");
        assertThat(sequential[1]).contains("HttpClient").contains("client.send(").doesNotContain("sleep(");
        assertThat(gathered[0]).contains("asyncio.gather(*(fetch_url(max_delay)");
        assertThat(gathered[1]).contains("client.sendAsync(");
    }
}
