package newswatch.ingest.websub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriber's callback (W3C WebSub sections 5.3 and 7): a GET is the hub verifying our intent, answered with
 * its challenge only for a subscription we asked for; a POST is content, handed on only when its HMAC signature
 * matches the subscription's secret. A bad signature still gets 2xx, as the spec asks, so a forger learns nothing.
 */
final class CallbackHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

    /** What the subscriber does when the hub confirms: returns false to refuse an unexpected verification. */
    interface Verifier {
        boolean confirm(String id, String mode, String topic, Duration lease);
    }

    private final String pathPrefix;
    private final Function<String, Subscription> byId;
    private final Verifier verifier;
    private final BiConsumer<Subscription, byte[]> onContent;
    private final long maxBody;

    CallbackHandler(String pathPrefix, Function<String, Subscription> byId, Verifier verifier,
            BiConsumer<Subscription, byte[]> onContent, long maxBody) {
        this.pathPrefix = pathPrefix;
        this.byId = byId;
        this.verifier = verifier;
        this.onContent = onContent;
        this.maxBody = maxBody;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String id = ex.getRequestURI().getPath().substring(pathPrefix.length());
            if (ex.getRequestMethod().equals("GET")) {
                verify(ex, id);
            } else if (ex.getRequestMethod().equals("POST")) {
                content(ex, byId.apply(id));
            } else {
                ex.sendResponseHeaders(405, -1);
            }
        }
    }

    private void verify(HttpExchange ex, String id) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String mode = q.getOrDefault("hub.mode", "");
        if (mode.equals("denied")) {
            LOG.warn("WebSub hub denied subscription {} to {}: {}", id, q.get("hub.topic"), q.get("hub.reason"));
            ex.sendResponseHeaders(200, -1);
            return;
        }
        String challenge = q.get("hub.challenge");
        Duration lease = parseLease(q.get("hub.lease_seconds"));
        if (challenge == null || !verifier.confirm(id, mode, q.get("hub.topic"), lease)) {
            ex.sendResponseHeaders(404, -1);
            return;
        }
        byte[] body = challenge.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
    }

    private void content(HttpExchange ex, Subscription sub) throws IOException {
        if (sub == null) {
            // Unknown or ended subscription: 410 tells the hub to stop sending (section 7).
            ex.sendResponseHeaders(410, -1);
            return;
        }
        byte[] body = readCapped(ex.getRequestBody());
        if (body == null) {
            ex.sendResponseHeaders(413, -1);
            return;
        }
        if (Signature.valid(ex.getRequestHeaders().getFirst("X-Hub-Signature"), sub.secret(), body)) {
            onContent.accept(sub, body);
        } else {
            LOG.warn("WebSub push for {} ignored: missing or wrong signature", sub.feedUrl());
        }
        ex.sendResponseHeaders(202, -1);
    }

    private byte[] readCapped(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        return body.length > maxBody ? null : body;
    }

    private static Duration parseLease(String seconds) {
        try {
            return seconds == null ? null : Duration.ofSeconds(Long.parseLong(seconds.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
