package org.asynclab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ThreadCpuTest {

    @Test
    void threadsOfOneKindAreNamedWithoutTheirNumber() {
        Map<String, String> kinds = Map.of("C2 CompilerThread0", "C2 CompilerThread", "C1 CompilerThre",
                "C1 CompilerThre", "QuantumRenderer-0", "QuantumRenderer", "JavaFX Applicat", "JavaFX Applicat");
        kinds.forEach((name, kind) -> assertThat(ThreadCpu.kind(name)).as(name).isEqualTo(kind));
    }

    @Test
    void theLineNamesTheLargestFirstAndLeavesOutThoseThatTookNothing() {
        assertThat(ThreadCpu.line(Map.of("java", 240L, "JavaFX Applicat", 1120L, "C2 CompilerThre", 830L,
                "Signal Dispatch", 0L))).isEqualTo("JavaFX Applicat 1120, C2 CompilerThre 830, java 240");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void readsTheCpuTimeOfAThreadOfThisProcessByItsKind() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Thread spinner = new Thread(() -> {
            long until = mx.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(300);
            long sink = 0;
            while (mx.getCurrentThreadCpuTime() < until) {
                sink += System.nanoTime() % 7;
            }
            spun.countDown();
            try {
                read.await(); // alive while its CPU time is read: a thread that ended is no longer in /proc
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(sink).isNotNegative();
        }, "spin-4");
        spinner.start();
        assertThat(spun.await(30, TimeUnit.SECONDS)).isTrue();

        ThreadCpu cpu = new ThreadCpu();
        Map<String, Long> now = cpu.read(ProcessHandle.current().pid());
        read.countDown();
        spinner.join();

        // 300 ms of its own CPU time, read in the kernel's ticks of 10 ms
        assertThat(now.get("spin")).isBetween(250L, 10_000L);
        assertThat(cpu.medians(1)).containsEntry("spin", now.get("spin"));
        assertThat(cpu.medians(3)).containsEntry("spin", 0L);
    }
}
