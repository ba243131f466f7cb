package newswatch.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/** One site's turn-taking: a fair lock so requests go one at a time in arrival order, and when the last one ended. */
final class HostSlot {
    interface Work<T> {
        T run() throws InterruptedException;
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private long lastRequestEndNanos;
    private boolean anyRequest;
    private BaseRobotRules robots;
    private long robotsFetchedNanos;

    <T> T exclusively(Work<T> work) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps until {@code delay} has passed since the previous request to this site ended. Call holding the slot. */
    void awaitTurn(Duration delay) throws InterruptedException {
        if (anyRequest) {
            long wait = lastRequestEndNanos + delay.toNanos() - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    /** Records that a request to this site just ended. Call holding the slot. */
    void requestEnded() {
        anyRequest = true;
        lastRequestEndNanos = System.nanoTime();
    }

    BaseRobotRules robots(Duration ttl) {
        return robots != null && System.nanoTime() - robotsFetchedNanos < ttl.toNanos() ? robots : null;
    }

    void rememberRobots(BaseRobotRules rules) {
        robots = rules;
        robotsFetchedNanos = System.nanoTime();
    }
}
