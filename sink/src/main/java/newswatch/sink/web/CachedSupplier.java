package newswatch.sink.web;

import java.time.Duration;
import java.util.function.Supplier;

/** Remembers a supplier's value for a while, so a busy page does not re-read the feed-state topic on every request. */
final class CachedSupplier<T> implements Supplier<T> {
    private final Supplier<T> source;
    private final long ttlNanos;
    private T value;
    private long fetchedAt;
    private boolean fetched;

    CachedSupplier(Supplier<T> source, Duration ttl) {
        this.source = source;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public synchronized T get() {
        long now = System.nanoTime();
        if (!fetched || now - fetchedAt >= ttlNanos) {
            value = source.get();
            fetchedAt = now;
            fetched = true;
        }
        return value;
    }
}
