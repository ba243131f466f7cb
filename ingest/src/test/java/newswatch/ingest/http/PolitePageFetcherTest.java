package newswatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newswatch.ingest.TestConfigs;
import newswatch.ingest.http.FetchResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolitePageFetcherTest {
    private TestServer server;
    private final List<Long> pageTimes = new CopyOnWriteArrayList<>();
    private final AtomicInteger robotsRequests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        server.on("/page", ex -> {
            pageTimes.add(System.nanoTime());
            TestServer.send(ex, 200, "<html><p>article</p></html>");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PolitePageFetcher fetcher(String hostDelay) {
        var config = TestConfigs.ingest("ingest.allow-private-hosts", server.allowEntry(), "ingest.host-delay", hostDelay);
        return new PolitePageFetcher(new SafeHttpClient(config), config);
    }

    private void robots(int status, String body) {
        server.on("/robots.txt", ex -> {
            robotsRequests.incrementAndGet();
            TestServer.send(ex, status, body);
        });
    }

    @Test
    void robotsDisallowIsHonouredWithoutTouchingThePage() {
        robots(200, "User-agent: *\nDisallow: /page/secret\n");
        try (PolitePageFetcher f = fetcher("0ms")) {
            FetchResult denied = f.fetch(server.url("/page/secret/1"));
            FetchResult allowed = f.fetch(server.url("/page/open"));
            assertThat(denied.outcome()).isEqualTo(Outcome.ROBOTS_DISALLOWED);
            assertThat(denied.error()).contains("robots.txt");
            assertThat(allowed.ok()).isTrue();
        }
        assertThat(pageTimes).hasSize(1);
        assertThat(robotsRequests).hasValue(1);
    }

    @Test
    void groupForOurAgentWinsOverWildcard() {
        robots(200, "User-agent: *\nDisallow:\n\nUser-agent: Newswatch\nDisallow: /page\n");
        try (PolitePageFetcher f = fetcher("0ms")) {
            assertThat(f.fetch(server.url("/page")).outcome()).isEqualTo(Outcome.ROBOTS_DISALLOWED);
        }
    }

    @Test
    void crawlDelayIsHonoured() {
        robots(200, "User-agent: *\nCrawl-delay: 1\n");
        try (PolitePageFetcher f = fetcher("0ms")) {
            assertThat(f.fetch(server.url("/page")).ok()).isTrue();
            assertThat(f.fetch(server.url("/page")).ok()).isTrue();
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(pageTimes.get(1) - pageTimes.get(0))).isGreaterThanOrEqualTo(950);
    }

    @Test
    void hostDelaySeparatesRequests() {
        robots(404, "");
        try (PolitePageFetcher f = fetcher("300ms")) {
            for (int i = 0; i < 3; i++) {
                assertThat(f.fetch(server.url("/page")).ok()).isTrue();
            }
        }
        for (int i = 1; i < pageTimes.size(); i++) {
            assertThat(TimeUnit.NANOSECONDS.toMillis(pageTimes.get(i) - pageTimes.get(i - 1))).isGreaterThanOrEqualTo(290);
        }
    }

    @Test
    void oneRequestAtATimePerHost() throws Exception {
        robots(404, "");
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        server.on("/busy", ex -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            TestServer.send(ex, 200, "ok");
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (PolitePageFetcher f = fetcher("0ms")) {
            List<Future<FetchResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> f.fetch(server.url("/busy"))));
            }
            for (Future<FetchResult> r : results) {
                assertThat(r.get(10, TimeUnit.SECONDS).ok()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(maxInFlight).hasValue(1);
    }

    @Test
    void missingRobotsAllowsEverything() {
        robots(404, "not here");
        try (PolitePageFetcher f = fetcher("0ms")) {
            assertThat(f.fetch(server.url("/page")).ok()).isTrue();
        }
    }

    @Test
    void failingRobotsDisallowsEverything() {
        robots(503, "down");
        try (PolitePageFetcher f = fetcher("0ms")) {
            assertThat(f.fetch(server.url("/page")).outcome()).isEqualTo(Outcome.ROBOTS_DISALLOWED);
        }
        assertThat(pageTimes).isEmpty();
    }

    @Test
    void blockedHostIsNeverContacted() {
        try (PolitePageFetcher f = fetcher("0ms")) {
            FetchResult r = f.fetch("http://169.254.169.254/latest/meta-data/");
            assertThat(r.outcome()).isEqualTo(Outcome.BLOCKED);
        }
    }

    @Test
    void agentNameIsTheProductToken() {
        assertThat(RobotsRules.agentName("Newswatch/0.1 (+https://x; news)")).isEqualTo("newswatch");
    }

    @Test
    void longestHostQueueShowsRequestsWaitingForABusyHost() throws Exception {
        robots(404, "");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (PolitePageFetcher f = fetcher("700ms")) {
            assertThat(f.longestHostQueue()).isZero();
            List<Future<FetchResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> f.fetch(server.url("/page"))));
            }
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> f.longestHostQueue() >= 1);
            for (Future<FetchResult> r : results) {
                assertThat(r.get(10, TimeUnit.SECONDS).ok()).isTrue();
            }
            assertThat(f.longestHostQueue()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
