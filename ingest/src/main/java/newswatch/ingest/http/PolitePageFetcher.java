package newswatch.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newswatch.common.config.IngestConfig;
import newswatch.ingest.http.FetchResult.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article-page fetching: robots.txt (crawler-commons, RFC 9309, crawl-delay honoured), one request at a time per
 * host, config.hostDelay() between requests to one host. Thread-safe.
 * <p>
 * Politeness is per host name; robots.txt is per origin (scheme, host, port), as RFC 9309 defines it. A robots.txt
 * fetch takes its turn like a page request and its rules are cached for {@link #ROBOTS_TTL}.
 */
public final class PolitePageFetcher implements AutoCloseable {
    static final Duration ROBOTS_TTL = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(PolitePageFetcher.class);

    private final SafeHttpClient http;
    private final Duration hostDelay;
    private final String agent;
    private final Map<String, HostSlot> slots = new ConcurrentHashMap<>();

    public PolitePageFetcher(SafeHttpClient http, IngestConfig config) {
        this.http = http;
        this.hostDelay = config.hostDelay();
        this.agent = RobotsRules.agentName(config.userAgent());
    }

    /** ROBOTS_DISALLOWED when robots.txt forbids it. */
    public FetchResult fetch(String url) {
        String origin = origin(url);
        if (origin == null) {
            // Not fetchable anyway; the client reports why (bad scheme, invalid URL) without contacting anyone.
            return http.get(url, null, null);
        }
        HostSlot slot = slots.computeIfAbsent(host(origin), h -> new HostSlot());
        try {
            return slot.exclusively(() -> {
                BaseRobotRules rules = robots(slot, origin);
                if (!rules.isAllowed(url)) {
                    LOG.info("robots.txt of {} disallows {}", origin, url);
                    return FetchResult.failure(Outcome.ROBOTS_DISALLOWED, url, url,
                            "disallowed by " + origin + "/robots.txt");
                }
                slot.awaitTurn(delay(rules));
                try {
                    return http.get(url, null, null);
                } finally {
                    slot.requestEnded();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failure(Outcome.NETWORK_ERROR, url, url, "interrupted while waiting for " + origin);
        }
    }

    /** Page requests waiting for the busiest host: shows when one slow or crawl-delayed host holds the workers. */
    public int longestHostQueue() {
        return slots.values().stream().mapToInt(HostSlot::waiting).max().orElse(0);
    }

    private BaseRobotRules robots(HostSlot slot, String origin) throws InterruptedException {
        BaseRobotRules cached = slot.robots(origin, ROBOTS_TTL);
        if (cached != null) {
            return cached;
        }
        String robotsUrl = origin + "/robots.txt";
        slot.awaitTurn(hostDelay);
        FetchResult result;
        try {
            result = http.get(robotsUrl, null, null);
        } finally {
            slot.requestEnded();
        }
        if (!result.ok()) {
            LOG.info("robots.txt {} not usable ({} {}): {}", robotsUrl, result.outcome(), result.status(),
                    result.error());
        }
        BaseRobotRules rules = RobotsRules.from(result, robotsUrl, agent);
        slot.rememberRobots(origin, rules);
        return rules;
    }

    private Duration delay(BaseRobotRules rules) {
        Duration crawlDelay = RobotsRules.crawlDelay(rules);
        return crawlDelay != null && crawlDelay.compareTo(hostDelay) > 0 ? crawlDelay : hostDelay;
    }

    static String origin(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = URI.create(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return scheme + "://" + host + (u.getPort() == -1 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String host(String origin) {
        String rest = origin.substring(origin.indexOf("://") + 3);
        int colon = rest.lastIndexOf(':');
        return colon > rest.lastIndexOf(']') ? rest.substring(0, colon) : rest;
    }

    @Override
    public void close() {
        slots.clear();
    }
}
