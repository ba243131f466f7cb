package newswatch.sink.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Server-Sent Events to every connected page: one {@code data:} line of JSON per alert, a comment line as heartbeat.
 * Each client has a bounded queue; a client too slow to keep up is disconnected (its page reconnects and reloads)
 * rather than slowing the sink down.
 */
public final class EventHub implements AutoCloseable {
    private static final String CLOSE = "\u0000close";
    private static final int QUEUE = 1_000;

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final int maxClients;
    private final Duration heartbeat;
    private volatile boolean closed;

    public EventHub(int maxClients, Duration heartbeat) {
        this.maxClients = maxClients;
        this.heartbeat = heartbeat;
    }

    /** Queues one JSON document (no raw line breaks) for every client; never blocks. */
    public void publish(String json) {
        for (BlockingQueue<String> q : clients) {
            if (!q.offer(json)) {
                q.clear();
                q.offer(CLOSE);
            }
        }
    }

    public int clients() {
        return clients.size();
    }

    /** False when the hub is full or closed; the caller answers 503. */
    boolean hasRoom() {
        return !closed && clients.size() < maxClients;
    }

    /** Streams events to one client until it disconnects or the hub closes; blocks the calling thread. */
    void serve(OutputStream out) throws IOException {
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
        clients.add(queue);
        try {
            write(out, "retry: 2000\n: connected\n\n");
            while (!closed) {
                String next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (CLOSE.equals(next)) {
                    return;
                }
                write(out, next == null ? ": heartbeat\n\n" : "data: " + next + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends every stream. */
    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<String> q : clients) {
            q.clear();
            q.offer(CLOSE);
        }
    }
}
