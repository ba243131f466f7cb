package newswatch.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoints of one service, on the JDK's HTTP server:
 * <ul>
 *   <li>{@code /health/live}: 200 while the process runs (liveness);</li>
 *   <li>{@code /health}, {@code /health/ready}: 200 with {@code {"status":"UP","checks":{...}}}, 503 with status DOWN;</li>
 *   <li>{@code /metrics}: the registry in the Prometheus text format.</li>
 * </ul>
 * Only GET and HEAD; anything else is 404 or 405. Handler threads are daemons, so a running server never keeps the JVM up.
 */
public final class OpsServer implements AutoCloseable {
    /** Every interface: what a container needs. */
    public static final String DEFAULT_HOST = "0.0.0.0";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String JSON = "application/json";

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final Supplier<Health> readiness;

    private OpsServer(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry, Supplier<Health> readiness) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.readiness = readiness;
    }

    /** Serves on every interface; port 0 picks a free port (see {@link #port()}). */
    public static OpsServer start(int port, PrometheusMeterRegistry registry, Supplier<Health> readiness) {
        return start(DEFAULT_HOST, port, registry, readiness);
    }

    public static OpsServer start(String host, int port, PrometheusMeterRegistry registry, Supplier<Health> readiness) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve ops endpoints on " + host + ":" + port + " (ops.host / ops.port): " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, daemonThreads());
        OpsServer ops = new OpsServer(server, executor, registry, readiness);
        server.createContext("/", ops::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("ops endpoints on http://{}:{}/ (health, health/live, health/ready, metrics)", host, ops.port());
        return ops;
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"));
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/health/live" -> respond(exchange, 200, JSON, healthBody(Health.alwaysUp()));
                case "/health", "/health/ready" -> {
                    Health health = currentReadiness();
                    respond(exchange, health.up() ? 200 : 503, JSON, healthBody(health));
                }
                case "/metrics" -> respond(exchange, 200, PROMETHEUS_TEXT, scrape());
                default -> respond(exchange, 404, "text/plain; charset=utf-8",
                        bytes("not found; try /health, /health/live, /health/ready, /metrics\n"));
            }
        } catch (RuntimeException e) {
            LOG.warn("ops request {} failed", exchange.getRequestURI(), e);
        }
    }

    private Health currentReadiness() {
        try {
            return readiness.get();
        } catch (RuntimeException e) {
            return new Health(false, Map.of("readiness", Health.DOWN + ": " + e));
        }
    }

    private byte[] scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        registry.scrape(out, PROMETHEUS_TEXT);
        return out.toByteArray();
    }

    private static byte[] healthBody(Health health) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.status());
        body.put("checks", health.checks());
        return MAPPER.writeValueAsBytes(body);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ops-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
