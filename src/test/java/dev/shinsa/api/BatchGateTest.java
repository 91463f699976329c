package dev.shinsa.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchGateTest {
    @Test
    void noMoreBatchesRunAtOnceThanItsSizeAndAllRun() throws Exception {
        BatchGate gate = new BatchGate(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            callers.add(new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                int result = gate.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return 1;
                });
                done.addAndGet(result);
            }));
        }
        callers.forEach(Thread::start);
        start.countDown();
        for (Thread t : callers) {
            t.join(10_000);
        }
        assertEquals(8, done.get(), "every batch ran and gave its result");
        assertEquals(2, most.get(), "two ran at once, never more");
    }

    @Test
    void zeroMeansOnePerProcessorAndAFailingBatchFreesItsSlot() {
        BatchGate gate = new BatchGate(0);
        assertEquals(Runtime.getRuntime().availableProcessors(), gate.size());
        BatchGate one = new BatchGate(1);
        try {
            one.run(() -> {
                throw new IllegalStateException("a failing batch");
            });
        } catch (IllegalStateException expected) {
            // the slot must be given back
        }
        assertTrue(one.run(() -> true), "the slot of the failed batch was not given back");
    }
}
