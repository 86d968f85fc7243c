package cn.perfeval.base;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many uploaded documents and workbooks are read at the same time
 * ({@code perfeval.uploads.concurrent-parses}, default 2): reading one large workbook takes
 * hundreds of megabytes for a moment, and three at once could exhaust the heap. A request that
 * finds every permit taken waits up to {@code perfeval.uploads.wait} (default 2 s) and is then
 * refused with {@link BusyException}, which asks the caller to try again shortly. Reentrant on a
 * thread: an API request that holds a permit reads its workbook without taking a second one.
 */
@Component
public class HeavyWork {

    /** How long the caller is asked to wait before sending the upload again. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private final Semaphore permits;
    private final Duration wait;
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);

    HeavyWork(@Value("${perfeval.uploads.concurrent-parses:2}") int concurrent,
            @Value("${perfeval.uploads.wait:2s}") Duration wait) {
        this.permits = new Semaphore(Math.max(1, concurrent), true);
        this.wait = wait;
    }

    /** Runs {@code work} holding a permit; refuses with {@link BusyException} when none came free in time. */
    public <T> T call(Supplier<T> work) {
        enter();
        try {
            return work.get();
        } finally {
            leave();
        }
    }

    /** Takes a permit for the current thread (or counts once more the one it holds); {@link #leave()} gives it back. */
    public void enter() {
        int[] depth = held.get();
        if (depth[0] == 0) {
            boolean acquired;
            try {
                acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                acquired = false;
            }
            if (!acquired) {
                held.remove();
                throw new BusyException(RETRY_AFTER_SECONDS);
            }
        }
        depth[0]++;
    }

    /** Gives back what {@link #enter()} took. */
    public void leave() {
        int[] depth = held.get();
        if (depth[0] <= 0) {
            held.remove();
            return;
        }
        if (--depth[0] == 0) {
            held.remove();
            permits.release();
        }
    }

    /** Permits free at the moment (for tests and metrics). */
    public int available() {
        return permits.availablePermits();
    }
}
