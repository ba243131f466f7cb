package newswatch.ingest.websub;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import newswatch.ingest.http.SafeHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebSub subscriber: subscribes feeds that advertise a hub, answers the hub's verification on its callback endpoint,
 * renews each lease before it ends, and hands verified pushes (HMAC-checked) to {@code onPush} as (feed URL, body).
 * Polling stays the fallback: a hub that never confirms or stops pushing costs nothing but the subscription.
 */
public final class WebSubSubscriber implements AutoCloseable {
    static final String PATH = "/websub/";
    private static final Logger LOG = LoggerFactory.getLogger(WebSubSubscriber.class);
    // Renew at 90% of the lease: early enough for a slow hub, late enough not to churn.
    private static final double RENEW_AT = 0.9;

    private final SafeHttpClient http;
    private final String callbackBase;
    private final Duration lease;
    private final BiConsumer<String, byte[]> onPush;
    private final Clock clock;
    private final HttpServer server;
    private final ScheduledExecutorService renewals;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByFeed = new ConcurrentHashMap<>();
    private final Set<String> leaving = ConcurrentHashMap.newKeySet();
    private final Map<String, java.util.concurrent.ScheduledFuture<?>> renewalById = new ConcurrentHashMap<>();

    /**
     * @param callbackBase how hubs reach {@code bind} from outside, e.g. https://ingest-1.example.org:8443; blank:
     *                     the bound address itself (a hub on the same host or network, tests)
     */
    public WebSubSubscriber(SafeHttpClient http, String callbackBase, InetSocketAddress bind, Duration lease,
            long maxBody, BiConsumer<String, byte[]> onPush, Clock clock) {
        this.http = http;
        this.lease = lease;
        this.onPush = onPush;
        this.clock = clock;
        this.renewals = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "websub-renewal");
            t.setDaemon(true);
            return t;
        });
        try {
            this.server = HttpServer.create(bind, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for WebSub callbacks on " + bind, e);
        }
        server.createContext(PATH, new CallbackHandler(PATH, byId::get, this::confirm,
                (sub, body) -> onPush.accept(sub.feedUrl(), body), maxBody));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "websub-callback");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        String base = callbackBase == null || callbackBase.isBlank()
                ? "http://" + bind.getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                : callbackBase;
        this.callbackBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The port the callback endpoint listens on (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Subscribes when the feed advertises a hub and is not already subscribed there; never throws. */
    public void subscribe(String feedUrl, HubLinks links) {
        if (!links.advertised()) {
            return;
        }
        String topic = links.self() != null ? links.self() : feedUrl;
        String existing = idByFeed.get(feedUrl);
        Subscription current = existing == null ? null : byId.get(existing);
        if (current != null && current.hub().equals(links.hub()) && current.topic().equals(topic)) {
            return;
        }
        if (current != null) {
            unsubscribe(feedUrl);
        }
        Subscription sub = new Subscription(token(16), feedUrl, links.hub(), topic, token(32), null);
        byId.put(sub.id(), sub);
        idByFeed.put(feedUrl, sub.id());
        request(sub, "subscribe");
    }

    /** Ends the subscription of a feed this instance no longer owns. */
    public void unsubscribe(String feedUrl) {
        String id = idByFeed.remove(feedUrl);
        Subscription sub = id == null ? null : byId.remove(id);
        if (sub != null) {
            var renewal = renewalById.remove(id);
            if (renewal != null) {
                renewal.cancel(false);
            }
            leaving.add(id);
            request(sub, "unsubscribe");
        }
    }

    /** True while the hub has confirmed the feed's subscription and its lease runs. */
    public boolean active(String feedUrl) {
        String id = idByFeed.get(feedUrl);
        Subscription sub = id == null ? null : byId.get(id);
        return sub != null && sub.active(clock.instant());
    }

    private void request(Subscription sub, String mode) {
        int status = http.postForm(sub.hub(), Map.of("hub.mode", mode, "hub.topic", sub.topic(),
                "hub.callback", callbackBase + PATH + sub.id(), "hub.secret", sub.secret(),
                "hub.lease_seconds", String.valueOf(lease.toSeconds())));
        if (status < 200 || status > 299) {
            LOG.warn("WebSub {} of {} at hub {} refused (status {}); polling continues", mode, sub.feedUrl(), sub.hub(), status);
            if (mode.equals("subscribe")) {
                byId.remove(sub.id());
                idByFeed.remove(sub.feedUrl(), sub.id());
            }
        }
    }

    private boolean confirm(String id, String mode, String topic, Duration granted) {
        if (mode.equals("unsubscribe")) {
            return leaving.remove(id);
        }
        Subscription sub = byId.get(id);
        if (!mode.equals("subscribe") || sub == null || !sub.topic().equals(topic)) {
            return false;
        }
        Duration term = granted != null && !granted.isZero() ? granted : lease;
        byId.put(id, sub.verified(clock.instant().plus(term)));
        long renewIn = (long) (term.toMillis() * RENEW_AT);
        var previous = renewalById.put(id, renewals.schedule(() -> renew(id), renewIn, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
        LOG.info("WebSub subscription of {} at {} confirmed for {}", sub.feedUrl(), sub.hub(), term);
        return true;
    }

    private void renew(String id) {
        Subscription sub = byId.get(id);
        if (sub != null) {
            request(sub, "subscribe");
        }
    }

    private String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Override
    public void close() {
        renewals.shutdownNow();
        server.stop(0);
    }
}
