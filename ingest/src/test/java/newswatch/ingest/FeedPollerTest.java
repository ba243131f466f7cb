package newswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import newswatch.common.config.IngestConfig;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.ingest.http.PolitePageFetcher;
import newswatch.ingest.http.SafeHttpClient;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One poll against a loopback server, one behaviour per test: what is sent, what is remembered, when next. */
class FeedPollerTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private HttpServer server;
    private SafeHttpClient http;
    private PolitePageFetcher pages;
    private FeedPoller poller;
    private SimpleMeterRegistry meters;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        IngestConfig config = TestConfigs.ingest("ingest.allow-private-hosts", "127.0.0.1:" + server.getAddress().getPort(),
                "ingest.fetch-pages", "false");
        http = new SafeHttpClient(config);
        pages = new PolitePageFetcher(http, config);
        meters = new SimpleMeterRegistry();
        IngestMetrics metrics = new IngestMetrics(meters);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        poller = new FeedPoller(http, new ItemArticles(pages, config, metrics), config, metrics,
                new PollSchedule(config, clock, new SplittableRandom(1)), clock);
    }

    @AfterEach
    void stop() {
        pages.close();
        http.close();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void on(String path, int status, String body, String... headers) {
        server.createContext(path, ex -> {
            requests.incrementAndGet();
            for (int i = 0; i < headers.length; i += 2) {
                ex.getResponseHeaders().set(headers[i], headers[i + 1]);
            }
            send(ex, status, body);
        });
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    /** RSS with items of the given GUIDs, newest first, published an hour apart. */
    private static String rss(String extraChannel, String... guids) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>T</title>").append(extraChannel);
        for (int i = 0; i < guids.length; i++) {
            xml.append("<item><guid isPermaLink=\"false\">").append(guids[i]).append("</guid><title>Story ")
                    .append(guids[i]).append("</title><description>About ").append(guids[i])
                    .append("</description><pubDate>")
                    .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            NOW.minus(Duration.ofHours(i)).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private FeedPoller.Result poll(String path, FeedState state) {
        return poller.poll(FeedSpec.of(url(path), "T"), state);
    }

    private static void assertNextPollAbout(FeedState s, Duration expected) {
        assertThat(Duration.between(NOW, s.nextPoll()).toMillis())
                .isCloseTo(expected.toMillis(), Percentage.withPercentage(10));
    }

    @Test
    void newFeedIsSentAndPolledAtHalfItsPublishingGap() {
        on("/feed", 200, rss("", "c", "b", "a"), "ETag", "\"v1\"");
        FeedPoller.Result r = poll("/feed", FeedState.initial(url("/feed")));
        assertThat(r.articles()).extracting(a -> a.itemId()).containsExactly("a", "b", "c");
        assertThat(r.outcome()).isEqualTo("ok");
        assertThat(r.state().lastStatus()).isEqualTo("ok");
        assertThat(r.state().etag()).isEqualTo("\"v1\"");
        assertThat(r.state().publishGapSeconds()).isEqualTo(3600L);
        assertThat(r.state().recentHashes()).hasSize(3);
        assertNextPollAbout(r.state(), Duration.ofMinutes(30));
        assertThat(meters.timer("newswatch.ingest.feed.fetch").count()).isEqualTo(1);
    }

    @Test
    void notModifiedKeepsMemoryAndRate() {
        server.createContext("/feed", ex -> {
            boolean conditional = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            send(ex, conditional ? 304 : 500, "");
        });
        FeedState before = FeedStates.succeeded(FeedState.initial(url("/feed")), NOW.minusSeconds(60), "\"v1\"", null,
                "ok", null, 7200L, List.of("a"), List.of("h"), NOW);
        FeedPoller.Result r = poll("/feed", before);
        assertThat(r.outcome()).isEqualTo("not-modified");
        assertThat(r.state().lastStatus()).isEqualTo("not-modified");
        assertThat(r.state().seenIds()).containsExactly("a");
        assertThat(r.state().recentHashes()).containsExactly("h");
        assertThat(r.state().etag()).isEqualTo("\"v1\"");
        assertNextPollAbout(r.state(), Duration.ofHours(1));
    }

    @Test
    void allItemsNewAfterAPreviousPollIsAWarningAndPollsFaster() {
        on("/feed", 200, rss("", "f", "e", "d"));
        FeedState before = FeedStates.succeeded(FeedState.initial(url("/feed")), NOW.minusSeconds(60), null, null,
                "ok", null, null, List.of("a", "b", "c"), List.of(), NOW);
        FeedPoller.Result r = poll("/feed", before);
        assertThat(r.articles()).hasSize(3);
        assertThat(r.outcome()).isEqualTo("warning");
        assertThat(r.state().lastWarning()).contains("all 3 items were new").contains("polling faster");
        assertNextPollAbout(r.state(), Duration.ofMinutes(5));
    }

    @Test
    void ttlAndMaxAgeDelayTheNextPoll() {
        on("/ttl", 200, rss("<ttl>180</ttl>", "b", "a"));
        on("/max-age", 200, rss("", "b", "a"), "Cache-Control", "public, max-age=7200");
        assertNextPollAbout(poll("/ttl", FeedState.initial(url("/ttl"))).state(), Duration.ofHours(3));
        assertNextPollAbout(poll("/max-age", FeedState.initial(url("/max-age"))).state(), Duration.ofHours(2));
    }

    @Test
    void retryAfterOn429IsHonouredAndMemoryKept() {
        on("/busy", 429, "", "Retry-After", "10800");
        FeedState before = FeedStates.succeeded(FeedState.initial(url("/busy")), NOW.minusSeconds(60), "\"e\"", null,
                "ok", null, null, List.of("a"), List.of(), NOW);
        FeedPoller.Result r = poll("/busy", before);
        assertThat(r.outcome()).isEqualTo("failed");
        assertThat(r.state().lastStatus()).isEqualTo("failed");
        assertThat(r.state().consecutiveFailures()).isEqualTo(1);
        assertThat(r.state().lastError()).contains("429");
        assertThat(r.state().seenIds()).containsExactly("a");
        assertThat(r.state().etag()).isEqualTo("\"e\"");
        assertNextPollAbout(r.state(), Duration.ofHours(3));
    }

    @Test
    void repeatedFailuresBackOffDoublingAndSuccessResets() {
        on("/down", 503, "");
        FeedState s = FeedState.initial(url("/down"));
        s = poll("/down", s).state();
        assertNextPollAbout(s, Duration.ofMinutes(30));
        s = poll("/down", s).state();
        assertNextPollAbout(s, Duration.ofHours(1));
        assertThat(s.consecutiveFailures()).isEqualTo(2);
        on("/up", 200, rss("", "a"));
        FeedState recovered = poller.poll(FeedSpec.of(url("/up"), "T"), s).state();
        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(recovered.lastError()).isNull();
    }

    @Test
    void permanentRedirectMovesTheFeedWithItsState() {
        on("/old", 301, "", "Location", "/mid");
        on("/mid", 308, "", "Location", "/new");
        on("/new", 200, rss("", "b", "a"));
        FeedPoller.Result r = poll("/old", FeedState.initial(url("/old")));
        assertThat(r.movedTo()).isEqualTo(url("/new"));
        assertThat(r.state().feedUrl()).isEqualTo(url("/new"));
        assertThat(r.articles()).hasSize(2);
    }

    @Test
    void aTemporaryHopAnywhereKeepsTheFeedWhereItIs() {
        on("/old", 301, "", "Location", "/tmp");
        on("/tmp", 302, "", "Location", "/new");
        on("/new", 200, rss("", "a"));
        FeedPoller.Result r = poll("/old", FeedState.initial(url("/old")));
        assertThat(r.movedTo()).isNull();
        assertThat(r.state().feedUrl()).isEqualTo(url("/old"));
    }

    @Test
    void unparsableFeedIsAFailureNotACrash() {
        on("/html", 200, "<html><body>not a feed</body></html>", "Content-Type", "text/html");
        FeedPoller.Result r = poll("/html", FeedState.initial(url("/html")));
        assertThat(r.outcome()).isEqualTo("failed");
        assertThat(r.state().lastError()).startsWith("unparsable feed");
        assertNextPollAbout(r.state(), Duration.ofMinutes(30));
    }
}
