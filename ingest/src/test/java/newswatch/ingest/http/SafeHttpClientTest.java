package newswatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import newswatch.ingest.TestConfigs;
import newswatch.ingest.http.FetchResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeHttpClientTest {
    private TestServer server;
    private ConnectionTrap trap;
    private SafeHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        trap = new ConnectionTrap();
        client = new SafeHttpClient(TestConfigs.ingest("ingest.allow-private-hosts", server.allowEntry(),
                "ingest.max-redirects", "3", "ingest.max-body-size", "1MB", "ingest.request-timeout", "1s"));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.close();
        trap.close();
    }

    @Test
    void fetchesFromAllowListedServerWithConfiguredUserAgent() {
        server.on("/feed", ex -> {
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            TestServer.send(ex, 200, "<rss/>");
        });
        FetchResult r = client.get(server.url("/feed"), null, null);
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(new String(r.body())).isEqualTo("<rss/>");
        assertThat(r.etag()).isEqualTo("\"v1\"");
        assertThat(r.contentType()).isEqualTo("application/rss+xml");
        assertThat(server.exchanges.get(0).getRequestHeaders().getFirst("User-Agent")).startsWith("Newswatch/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/", "http://localhost:%d/", "http://2130706433:%d/", "http://0x7f.1:%d/",
        "http://127.1:%d/", "http://0177.0.0.1:%d/", "http://[::1]:%d/", "http://[::ffff:127.0.0.1]:%d/",
        "http://[::ffff:7f00:1]:%d/", "http://0.0.0.0:%d/", "https://127.0.0.1:%d/"})
    void forbiddenTargetsGetZeroConnections(String pattern) {
        FetchResult r = client.get(pattern.formatted(trap.port()), null, null);
        assertThat(r.outcome()).as(r.error()).isEqualTo(Outcome.BLOCKED);
        assertThat(r.error()).startsWith("blocked: ");
        assertThat(trap.connections).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/x", "gopher://127.0.0.1:70/", "jar:file:/x!/y"})
    void onlyHttpAndHttpsAreFetched(String url) {
        assertThat(client.get(url, null, null).outcome()).isEqualTo(Outcome.BLOCKED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/secret", "http://localhost:%d/secret", "file:///etc/passwd"})
    void redirectToPrivateAddressIsBlocked(String target) {
        server.on("/go", ex -> {
            ex.getResponseHeaders().add("Location", target.formatted(trap.port()));
            TestServer.send(ex, 302, "");
        });
        FetchResult r = client.get(server.url("/go"), null, null);
        assertThat(r.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(r.finalUrl()).containsAnyOf("secret", "passwd");
        assertThat(trap.connections).hasValue(0);
    }

    @Test
    void stopsAfterMaxRedirects() {
        server.on("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            TestServer.send(ex, 302, "");
        });
        FetchResult r = client.get(server.url("/loop"), null, null);
        assertThat(r.outcome()).isEqualTo(Outcome.HTTP_ERROR);
        assertThat(r.error()).contains("too many redirects");
        assertThat(server.requests).hasValue(4);
    }

    @Test
    void permanentRedirectIsReported() {
        server.on("/old", ex -> {
            ex.getResponseHeaders().add("Location", "/new");
            TestServer.send(ex, 301, "");
        }).on("/new", ex -> TestServer.send(ex, 200, "moved"));
        FetchResult r = client.get(server.url("/old"), null, null);
        assertThat(r.ok()).isTrue();
        assertThat(r.finalUrl()).isEqualTo(server.url("/new"));
        assertThat(r.requestedUrl()).isEqualTo(server.url("/old"));
        assertThat(r.permanentlyRedirected()).isTrue();
    }

    @Test
    void temporaryRedirectIsNotPermanent() {
        server.on("/tmp", ex -> {
            ex.getResponseHeaders().add("Location", "/new");
            TestServer.send(ex, 307, "");
        }).on("/new", ex -> TestServer.send(ex, 200, "here"));
        FetchResult r = client.get(server.url("/tmp"), null, null);
        assertThat(r.ok()).isTrue();
        assertThat(r.permanentlyRedirected()).isFalse();
    }

    @Test
    void conditionalGetSendsValidatorsAndReportsNotModified() {
        server.on("/feed", ex -> {
            boolean match = "\"abc\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
                    && "Wed, 21 Oct 2015 07:28:00 GMT".equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
            TestServer.send(ex, match ? 304 : 200, match ? "" : "full");
        });
        FetchResult r = client.get(server.url("/feed"), "\"abc\"", "Wed, 21 Oct 2015 07:28:00 GMT");
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(r.status()).isEqualTo(304);
    }

    @Test
    void validatorsAreSentIndependently() {
        server.on("/feed", ex -> TestServer.send(ex, 200, "x"));
        client.get(server.url("/feed"), "\"abc\"", null);
        client.get(server.url("/feed"), null, "Wed, 21 Oct 2015 07:28:00 GMT");
        var first = server.exchanges.get(0).getRequestHeaders();
        var second = server.exchanges.get(1).getRequestHeaders();
        assertThat(first.getFirst("If-None-Match")).isEqualTo("\"abc\"");
        assertThat(first.containsKey("If-modified-since")).isFalse();
        assertThat(second.getFirst("If-Modified-Since")).isEqualTo("Wed, 21 Oct 2015 07:28:00 GMT");
        assertThat(second.containsKey("If-none-match")).isFalse();
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        server.on("/busy", ex -> {
            ex.getResponseHeaders().add("Retry-After", "120");
            TestServer.send(ex, 429, "slow down");
        });
        FetchResult r = client.get(server.url("/busy"), null, null);
        assertThat(r.outcome()).isEqualTo(Outcome.HTTP_ERROR);
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void unavailableCarriesRetryAfterDate() {
        String inTwoMinutes = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(2));
        server.on("/down", ex -> {
            ex.getResponseHeaders().add("Retry-After", inTwoMinutes);
            TestServer.send(ex, 503, "");
        });
        FetchResult r = client.get(server.url("/down"), null, null);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.retryAfter()).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120));
    }

    @Test
    void gzipBombIsCutOffAtTheCap() throws IOException {
        byte[] bomb = gzippedZeros(50 << 20);
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, bomb.length);
            ex.getResponseBody().write(bomb);
        });
        FetchResult r = client.get(server.url("/bomb"), null, null);
        assertThat(r.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void declaredOversizeBodyIsRefused() {
        String big = "x".repeat((1 << 20) + 1);
        server.on("/big", ex -> TestServer.send(ex, 200, big));
        assertThat(client.get(server.url("/big"), null, null).outcome()).isEqualTo(Outcome.TOO_LARGE);
    }

    @Test
    void slowTricklingBodyTimesOut() {
        server.on("/slow", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            try {
                for (int i = 0; i < 50; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        FetchResult r = client.get(server.url("/slow"), null, null);
        assertThat(r.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void refusedConnectionIsANetworkErrorNotAnException() throws IOException {
        int port = trap.port();
        trap.close();
        SafeHttpClient allowAll = new SafeHttpClient(TestConfigs.ingest("ingest.allow-private-hosts", "127.0.0.1:" + port));
        FetchResult r = allowAll.get("http://127.0.0.1:" + port + "/", null, null);
        allowAll.close();
        assertThat(r.outcome()).isEqualTo(Outcome.NETWORK_ERROR);
        assertThat(r.error()).isNotBlank();
    }

    private static byte[] gzippedZeros(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 16];
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return bytes.toByteArray();
    }
}
