package newswatch.ingest.websub;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A minimal WebSub hub on loopback: records subscription requests, verifies intent against the callback like a
 * real hub (GET with a challenge, expecting it echoed), and publishes signed or forged content on demand.
 */
final class LoopbackHub implements AutoCloseable {
    /** A verified subscription as the hub sees it. */
    record Sub(String mode, String topic, String callback, String secret, String leaseSeconds) {
    }

    final List<Sub> requests = new CopyOnWriteArrayList<>();
    final List<Sub> verified = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    volatile String grantedLease = null;

    LoopbackHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hub", ex -> {
            Map<String, String> form = CallbackHandler.query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Sub sub = new Sub(form.get("hub.mode"), form.get("hub.topic"), form.get("hub.callback"),
                    form.get("hub.secret"), grantedLease != null ? grantedLease : form.get("hub.lease_seconds"));
            requests.add(sub);
            ex.sendResponseHeaders(202, -1);
            ex.close();
            // Verification of intent happens after the 202, as most hubs do it.
            if (verify(sub, sub.topic(), "challenge-" + requests.size())) {
                verified.add(sub);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hub";
    }

    boolean verify(Sub sub, String topic, String challenge) {
        String query = "hub.mode=" + sub.mode() + "&hub.topic=" + enc(topic) + "&hub.challenge=" + enc(challenge)
                + (sub.mode().equals("subscribe") ? "&hub.lease_seconds=" + sub.leaseSeconds() : "");
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sub.callback() + "?" + query)).GET().build());
        return r.statusCode() / 100 == 2 && challenge.equals(r.body());
    }

    /** Delivers content to a subscriber; signature is the X-Hub-Signature header value, or null for none. */
    int publish(String callback, byte[] body, String signature) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(callback))
                .header("Content-Type", "application/rss+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            b.header("X-Hub-Signature", signature);
        }
        return send(b.build()).statusCode();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
