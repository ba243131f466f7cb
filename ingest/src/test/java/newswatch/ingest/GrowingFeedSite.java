package newswatch.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loopback RSS feeds that each publish one item per {@code every}, keeping the newest {@code window} items, and
 * count the requests each feed receives. Each answer takes {@code responseDelay}. Item k of feed "a" has the GUID "a-k", so the items a feed has published
 * by any moment are known exactly.
 */
final class GrowingFeedSite implements AutoCloseable {
    private final HttpServer server;
    private final Instant start = Instant.now();
    private final Duration every;
    private final int window;
    private final Duration responseDelay;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    GrowingFeedSite(Duration every, int window, Duration responseDelay) throws IOException {
        this.every = every;
        this.responseDelay = responseDelay;
        this.window = window;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/feed/", ex -> {
            String name = ex.getRequestURI().getPath().substring("/feed/".length());
            requests.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            pause();
            byte[] body = rss(name).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    /** Slow answers keep polls in flight, so rebalances happen mid-poll as they would against real sites. */
    private void pause() {
        try {
            Thread.sleep(responseDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + name;
    }

    String allowEntry() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    int requests(String name) {
        AtomicInteger n = requests.get(name);
        return n == null ? 0 : n.get();
    }

    private String rss(String name) {
        long newest = Duration.between(start, Instant.now()).toMillis() / every.toMillis();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
                .append(name).append("</title><link>http://example.org/</link>");
        for (long k = newest; k >= 0 && k > newest - window; k--) {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(start.plus(every.multipliedBy(k)).atOffset(ZoneOffset.UTC));
            xml.append("<item><guid isPermaLink=\"false\">").append(name).append('-').append(k).append("</guid>")
                    .append("<title>Story ").append(k).append(" of ").append(name).append("</title>")
                    .append("<link>http://example.org/").append(name).append('/').append(k).append("</link>")
                    .append("<description>Body of story ").append(k).append(" in ").append(name).append("</description>")
                    .append("<pubDate>").append(date).append("</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
