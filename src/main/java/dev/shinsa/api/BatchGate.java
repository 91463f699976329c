package dev.shinsa.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Screens at most {@code shinsa.batch.max-concurrent} batches at once (default 0: one per processor); the others
 * wait their turn, in order of arrival. A batch is pure CPU work, so more at once than there are cores serves no more,
 * but holds every waiting batch's decisions in the heap at the same time: with 16 batches of 150 in flight and
 * {@code -Xmx128m}, a third of the time went to garbage collection (README, Benchmarks, 2026-12-04).
 */
@ApplicationScoped
public class BatchGate {
    private final Semaphore slots;
    private final int size;

    public BatchGate(@ConfigProperty(name = "shinsa.batch.max-concurrent", defaultValue = "0") int maxConcurrent) {
        this.size = maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors();
        this.slots = new Semaphore(size, true);
    }

    /** Runs {@code batch} once a slot is free (on the caller's worker thread, which waits meanwhile). */
    public <T> T run(Supplier<T> batch) {
        slots.acquireUninterruptibly();
        try {
            return batch.get();
        } finally {
            slots.release();
        }
    }

    /** How many batches may be screened at once. */
    public int size() {
        return size;
    }
}
