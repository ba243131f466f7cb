package newswatch.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One host's turn-taking: a fair lock so requests go one at a time in arrival order, when the last one ended,
 * and the robots.txt rules of the host's origins (http and https, other ports), all guarded by the lock.
 */
final class HostSlot {
    interface Work<T> {
        T run() throws InterruptedException;
    }

    private record CachedRules(BaseRobotRules rules, long fetchedNanos) {
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Map<String, CachedRules> robotsByOrigin = new HashMap<>();
    private long lastRequestEndNanos;
    private boolean anyRequest;

    <T> T exclusively(Work<T> work) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    /** Requests waiting for this host right now (an estimate, as the lock reports it). */
    int waiting() {
        return lock.getQueueLength();
    }

    /** Sleeps until {@code delay} has passed since the previous request to this host ended. Call holding the slot. */
    void awaitTurn(Duration delay) throws InterruptedException {
        if (anyRequest) {
            long wait = lastRequestEndNanos + delay.toNanos() - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    /** Records that a request to this host just ended. Call holding the slot. */
    void requestEnded() {
        anyRequest = true;
        lastRequestEndNanos = System.nanoTime();
    }

    BaseRobotRules robots(String origin, Duration ttl) {
        CachedRules cached = robotsByOrigin.get(origin);
        return cached != null && System.nanoTime() - cached.fetchedNanos() < ttl.toNanos() ? cached.rules() : null;
    }

    void rememberRobots(String origin, BaseRobotRules rules) {
        robotsByOrigin.put(origin, new CachedRules(rules, System.nanoTime()));
    }
}
