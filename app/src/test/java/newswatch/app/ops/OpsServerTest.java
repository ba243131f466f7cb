package newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicReference<Health> readiness = new AtomicReference<>(new Health(true, Map.of("kafka", "UP")));
    private OpsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        registry.close();
    }

    @Test
    void liveWhileRunningEvenWhenNotReady() throws Exception {
        readiness.set(new Health(false, Map.of("kafka", "DOWN")));
        start(readiness::get);

        HttpResponse<String> live = get("/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json(live).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void readyIs200WithChecksWhenUp() throws Exception {
        readiness.set(new Health(true, Map.of("kafka", "UP", "streams", "RUNNING")));
        start(readiness::get);

        for (String path : new String[] {"/health", "/health/ready"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode body = json(response);
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.get("checks").get("streams").asText()).isEqualTo("RUNNING");
        }
    }

    @Test
    void readyIs503WhenDownAndFollowsTheSupplier() throws Exception {
        start(readiness::get);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);

        readiness.set(new Health(false, Map.of("kafka", "DOWN", "writer.jdbc", "UP")));
        HttpResponse<String> down = get("/health/ready");

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(json(down).get("status").asText()).isEqualTo("DOWN");
        assertThat(json(down).get("checks").get("kafka").asText()).isEqualTo("DOWN");
    }

    @Test
    void aThrowingReadinessSupplierIsDownNotAnError() throws Exception {
        start(() -> {
            throw new IllegalStateException("boom");
        });

        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("checks").get("readiness").asText()).contains("boom");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsInPrometheusTextFormat() throws Exception {
        registry.counter("newswatch.feeds.polled", "result", "ok").increment(3);
        start(readiness::get);

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body())
                .contains("# TYPE newswatch_feeds_polled_total counter")
                .contains("newswatch_feeds_polled_total{result=\"ok\"} 3.0");
    }

    @Test
    void systemMetricsAreExposed() throws Exception {
        try (SystemMetrics ignored = SystemMetrics.bindTo(registry)) {
            start(readiness::get);

            String body = get("/metrics").body();

            assertThat(body).contains("jvm_memory_used_bytes", "jvm_gc_", "system_cpu_count", "process_uptime_seconds", "jvm_threads_live_threads");
        }
    }

    @Test
    void unknownPathIs404AndPostIs405() throws Exception {
        start(readiness::get);

        assertThat(get("/nope").statusCode()).isEqualTo(404);
        assertThat(get("/healthz").statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void headAnswersWithoutBody() throws Exception {
        start(readiness::get);

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/health/live"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void closeFreesThePort() throws Exception {
        start(readiness::get);
        int port = server.port();
        server.close();
        server = OpsServer.start("127.0.0.1", port, registry, readiness::get);

        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void healthProbeFollowsTheEndpoint() {
        readiness.set(new Health(false, Map.of()));
        start(readiness::get);

        assertThat(HealthProbe.probe(uri("/health/live"), Duration.ofSeconds(2))).isTrue();
        assertThat(HealthProbe.probe(uri("/health/ready"), Duration.ofSeconds(2))).isFalse();
        int port = server.port();
        server.close();
        server = null;
        assertThat(HealthProbe.probe(URI.create("http://127.0.0.1:" + port + "/health/live"), Duration.ofSeconds(2))).isFalse();
    }

    @Test
    void defaultHostIsEveryInterface() {
        server = OpsServer.start(0, registry, readiness::get);

        assertThat(server.port()).isPositive();
        assertThat(OpsServer.DEFAULT_HOST).isEqualTo("0.0.0.0");
    }

    private void start(Supplier<Health> ready) {
        server = OpsServer.start("127.0.0.1", 0, registry, ready);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }
}
