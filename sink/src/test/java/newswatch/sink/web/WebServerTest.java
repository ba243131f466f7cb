package newswatch.sink.web;

import static newswatch.sink.web.TestAlerts.defection;
import static newswatch.sink.web.TestAlerts.humanRights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.config.WebConfig;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.model.FeedState;
import newswatch.common.model.Feedback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebServerTest {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final String SCRIPT_TITLE = "<script>alert(1)</script> defector </script><b>bold</b>";
    private static final String IMG_SNIPPET = "<img src=x onerror=alert(1)> a [[defector]] said";
    private static final String SVG_SOURCE = "\"><svg onload=alert(1)>";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final InMemoryFeedbackPublisher publisher = new InMemoryFeedbackPublisher();
    private final List<FeedState> feeds = new ArrayList<>();
    private final WebPage page = new WebPage(new AlertIndex(1000));
    private WebServer server;

    private WebServer start(String token) throws Exception {
        server = WebServer.start(new WebConfig(true, "127.0.0.1", 0, token, 1000), page, publisher, () -> feeds);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(5));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(HttpResponse<String> response) throws Exception {
        List<String> ids = new ArrayList<>();
        Json.MAPPER.readTree(response.body()).get("alerts").forEach(a -> ids.add(a.get("alertId").asText()));
        return ids;
    }

    @Test
    void defaultsBindLoopbackOnPort8080WithoutToken() {
        WebConfig web = NewswatchConfig.from(ConfigLoader.defaultsOnly()).sink().web();
        assertThat(web).isEqualTo(new WebConfig(true, "127.0.0.1", 8080, "", 20_000));
        assertThat(new WebConfig(true, "0.0.0.0", 1, "s3cret", 1).toString()).doesNotContain("s3cret");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        start("");
        for (String path : List.of("/", "/app.js", "/style.css", "/api/alerts", "/feeds", "/missing")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(index.body()).contains("<script src=\"/app.js\" defer></script>").doesNotContain("style=");
        assertThat(get("/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/app.js").body()).doesNotContain("innerHTML");
        assertThat(get("/missing").statusCode()).isEqualTo(404);
        assertThat(post("/api/alerts", "application/json", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void filtersAndSearchesOverHttp() throws Exception {
        start("");
        page.write(defection("d1", "Family reaches Seoul"));
        page.write(humanRights("h1", "Prison camp report"));

        assertThat(ids(get("/api/alerts"))).containsExactly("h1", "d1");
        assertThat(ids(get("/api/alerts?category=defection"))).containsExactly("d1");
        assertThat(ids(get("/api/alerts?severity=medium"))).containsExactly("h1");
        assertThat(ids(get("/api/alerts?source=Daily%20NK"))).containsExactly("d1");
        assertThat(ids(get("/api/alerts?entity=north%20korea&q=prison"))).containsExactly("h1");
        assertThat(ids(get("/api/alerts?q=SEOUL+family"))).containsExactly("d1");
        assertThat(ids(get("/api/alerts?since=2000-01-01T00:00:00Z&until=2000-01-02T00:00:00Z"))).isEmpty();
        assertThat(Json.MAPPER.readTree(get("/api/alerts?limit=1").body()).get("total").asInt()).isEqualTo(2);
        HttpResponse<String> bad = get("/api/alerts?severity=urgent");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("severity");
    }

    @Test
    void eventStreamDeliversANewAlertWithinASecondAndSkipsReplays() throws Exception {
        start("");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var response = http.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/api/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        await().atMost(Duration.ofSeconds(5)).until(() -> page.events().clients() == 1);
        HttpResponse<Stream<String>> r = response.get(5, TimeUnit.SECONDS);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        Thread reader = new Thread(() -> {
            try {
                r.body().filter(l -> l.startsWith("data: ")).forEach(lines::add);
            } catch (java.io.UncheckedIOException closedByServer) {
                // the end of the test closes the server under this reader
            }
        });
        reader.setDaemon(true);
        reader.start();

        page.write(defection("d1", "Defector reaches Seoul"));
        String first = lines.poll(1, TimeUnit.SECONDS);
        assertThat(first).as("event within a second").isNotNull();
        assertThat(Json.MAPPER.readValue(first.substring(6), Alert.class)).isEqualTo(defection("d1", "Defector reaches Seoul"));

        page.write(defection("d1", "Defector reaches Seoul"));
        page.write(humanRights("h1", "Prison camp report"));
        String second = lines.poll(1, TimeUnit.SECONDS);
        assertThat(Json.MAPPER.readTree(second.substring(6)).get("alertId").asText()).isEqualTo("h1");
        server.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> page.events().clients() == 0);
    }

    @Test
    void feedbackReachesThePublisherWithTheAlertsCategoryAndStory() throws Exception {
        start("");
        page.write(defection("d1", "Defector reaches Seoul"));
        Instant before = Instant.now();

        HttpResponse<String> r = post("/api/feedback", "application/json",
                "{\"alertId\":\"d1\",\"relevant\":false,\"note\":\"film review, not a defection\"}");

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(publisher.published).hasSize(1);
        Feedback f = publisher.published.get(0);
        assertThat(f.alertId()).isEqualTo("d1");
        assertThat(f.category()).isEqualTo("defection");
        assertThat(f.storyId()).isEqualTo("story-d1");
        assertThat(f.relevant()).isFalse();
        assertThat(f.note()).isEqualTo("film review, not a defection");
        assertThat(f.origin()).isEqualTo("web");
        assertThat(f.at()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(f.schemaVersion()).isEqualTo(Feedback.SCHEMA_VERSION);
    }

    @Test
    void badFeedbackIsRefusedAndNothingIsPublished() throws Exception {
        start("");
        page.write(defection("d1", "Defector reaches Seoul"));

        assertThat(post("/api/feedback", "text/plain", "{\"alertId\":\"d1\",\"relevant\":true}").statusCode()).isEqualTo(415);
        assertThat(post("/api/feedback", "application/json", "{\"alertId\":\"d1\"").statusCode()).isEqualTo(400);
        assertThat(post("/api/feedback", "application/json", "{\"alertId\":\"d1\",\"relevant\":\"yes\"}").statusCode()).isEqualTo(400);
        assertThat(post("/api/feedback", "application/json", "{\"alertId\":\"nope\",\"relevant\":true}").statusCode()).isEqualTo(404);
        assertThat(post("/api/feedback", "application/json", "{\"alertId\":\"d1\",\"relevant\":true,\"note\":\"" + "x".repeat(5000) + "\"}")
                .statusCode()).isEqualTo(413);
        assertThat(get("/api/feedback").statusCode()).isEqualTo(405);
        assertThat(publisher.published).isEmpty();

        publisher.failing = true;
        assertThat(post("/api/feedback", "application/json", "{\"alertId\":\"d1\",\"relevant\":true}").statusCode()).isEqualTo(503);
    }

    @Test
    void scriptInjectionInFeedTextComesBackJsonEscapedNeverAsMarkup() throws Exception {
        start("");
        Alert evil = TestAlerts.alert("x1", "defection", Alert.Severity.high, SCRIPT_TITLE, SVG_SOURCE, IMG_SNIPPET);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var events = http.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/api/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        await().atMost(Duration.ofSeconds(5)).until(() -> page.events().clients() == 1);
        Thread reader = new Thread(() -> {
            try {
                events.get().body().filter(l -> l.startsWith("data: ")).forEach(lines::add);
            } catch (Exception e) {
                // the stream ends with the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        page.write(evil);

        HttpResponse<String> list = get("/api/alerts?q=defector");
        String pushed = lines.poll(2, TimeUnit.SECONDS);
        for (String body : List.of(list.body(), pushed)) {
            assertThat(body).doesNotContain("<", ">").contains("\\u003Cscript\\u003E", "\\u003Cimg src=x onerror=alert(1)\\u003E");
        }
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode back = Json.MAPPER.readTree(list.body()).get("alerts").get(0);
        assertThat(back.at("/article/title").asText()).isEqualTo(SCRIPT_TITLE);
        assertThat(back.at("/article/source").asText()).isEqualTo(SVG_SOURCE);
        assertThat(back.at("/explanation/snippet").asText()).isEqualTo(IMG_SNIPPET);
    }

    @Test
    void feedHealthPageEscapesFeedTextAndLinksOnlyHttp() throws Exception {
        start("");
        Instant t = Instant.parse("2026-11-28T10:00:00Z");
        feeds.add(new FeedState(1, "https://feeds.example/rss?a=1&b=2", null, null, t, t, t.plusSeconds(900), 0, null, List.of()));
        feeds.add(new FeedState(1, "javascript:alert(1)//<script>x</script>", null, null, t, null, t, 3,
                "HTTP 500 <script>alert(2)</script><img src=x onerror=alert(3)>", List.of()));

        HttpResponse<String> r = get("/feeds");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body())
                .contains("2 feeds, 1 failing", "href=\"https://feeds.example/rss?a=1&amp;b=2\"", "failing (3)",
                        "&lt;script&gt;alert(2)&lt;/script&gt;&lt;img src=x onerror=alert(3)&gt;")
                .doesNotContain("<script", "<img", "href=\"javascript", "onerror=\"");
    }

    @Test
    void tokenIsRequiredOnTheApiAndFeedsButNotOnThePageItself() throws Exception {
        start("s3cret-token");
        page.write(defection("d1", "Defector reaches Seoul"));

        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
        for (String path : List.of("/api/alerts", "/api/events", "/feeds")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(get(path, "Authorization", "Bearer wrong").statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "Authorization", "Bearer s3cret-token-and-more").statusCode()).as(path).isEqualTo(401);
        }
        assertThat(post("/api/feedback", "application/json", "{\"alertId\":\"d1\",\"relevant\":true}").statusCode()).isEqualTo(401);
        assertThat(publisher.published).isEmpty();

        assertThat(ids(get("/api/alerts", "Authorization", "Bearer s3cret-token"))).containsExactly("d1");
        assertThat(get("/feeds", "Cookie", "theme=dark; newswatch_token=s3cret-token").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutTokenOnlyLoopbackHostNamesAreServed() throws Exception {
        start("");
        assertThat(rawStatus("evil.example")).isEqualTo(421);
        assertThat(rawStatus("localhost:" + server.port())).isEqualTo(200);
        assertThat(rawStatus("127.0.0.1:" + server.port())).isEqualTo(200);
    }

    private int rawStatus(String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/alerts HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

}
