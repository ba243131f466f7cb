package newswatch.sink.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import newswatch.common.config.WebConfig;
import newswatch.common.model.FeedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysts' page on the JDK's HTTP server: {@code /} (page, {@code /app.js}, {@code /style.css}),
 * {@code GET /api/alerts}, {@code GET /api/events} (Server-Sent Events), {@code POST /api/feedback} and
 * {@code GET /feeds}. Every response carries a strict Content-Security-Policy; API calls and the feeds page need the
 * token when one is configured; without a token, only loopback host names are answered (DNS-rebinding guard).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final int THREADS = 48;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Map<String, String> ASSETS = Map.of(
            "/", "text/html; charset=utf-8", "/app.js", "text/javascript; charset=utf-8",
            "/style.css", "text/css; charset=utf-8", "/favicon.svg", "image/svg+xml");

    private final WebPage page;
    private final FeedbackApi feedback;
    private final Supplier<Collection<FeedState>> feeds;
    private final TokenGuard guard;
    private final String bindHost;
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService executor;

    private WebServer(WebConfig config, WebPage page, FeedbackPublisher publisher,
                      Supplier<Collection<FeedState>> feeds, Clock clock) throws IOException {
        this.page = page;
        this.feedback = new FeedbackApi(page.index(), publisher, clock);
        this.feeds = feeds;
        this.guard = new TokenGuard(config.token());
        this.bindHost = config.host().toLowerCase(Locale.ROOT);
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "newswatch-web");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", ex -> handle(ex, false, "GET", this::asset));
        server.createContext("/api/alerts", ex -> handle(ex, true, "GET", this::alerts));
        server.createContext("/api/events", ex -> handle(ex, true, "GET", this::events));
        server.createContext("/api/feedback", ex -> handle(ex, true, "POST", feedback::handle));
        server.createContext("/feeds", ex -> handle(ex, true, "GET", this::feedsPage));
    }

    /** Binds {@code sink.web.host}:{@code sink.web.port} and starts serving. */
    public static WebServer start(WebConfig config, WebPage page, FeedbackPublisher publisher,
                                  Supplier<Collection<FeedState>> feeds) throws IOException {
        WebServer s = new WebServer(config, page, publisher, feeds, Clock.systemUTC());
        s.server.start();
        LOG.info("web page at {}{}", s.uri(), s.guard.enabled() ? " (token required: open it with #token=...)" : "");
        return s;
    }

    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private interface Route {
        void serve(HttpExchange ex) throws IOException;
    }

    private void handle(HttpExchange ex, boolean protectedRoute, String method, Route route) throws IOException {
        try {
            HttpIo.secure(ex);
            if (!guard.enabled() && !loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
                HttpIo.error(ex, 421, "unexpected Host header; set sink.web.token to serve other host names");
            } else if (protectedRoute && !guard.allows(ex.getRequestHeaders())) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                HttpIo.error(ex, 401, "token required: open the page as /#token=<token> or send Authorization: Bearer");
            } else if (!method.equals(ex.getRequestMethod()) && !("GET".equals(method) && "HEAD".equals(ex.getRequestMethod()))) {
                ex.getResponseHeaders().set("Allow", method);
                HttpIo.error(ex, 405, "method not allowed");
            } else {
                route.serve(ex);
            }
        } catch (IOException e) {
            LOG.debug("web client went away on {}: {}", ex.getRequestURI().getPath(), e.toString());
        } catch (RuntimeException e) {
            LOG.warn("web request {} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
            try {
                HttpIo.error(ex, 500, "internal error");
            } catch (IOException | RuntimeException again) {
                // the response had already started: closing the exchange is all that is left
            }
        } finally {
            ex.close();
        }
    }

    private boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            h = h.substring(0, colon);
        }
        return LOOPBACK_NAMES.contains(h) || h.equals(bindHost) || ("[" + bindHost + "]").equals(h);
    }

    private void asset(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String type = ASSETS.get(path);
        if (type == null) {
            HttpIo.error(ex, 404, "not found");
            return;
        }
        String resource = "/web" + ("/".equals(path) ? "/index.html" : path);
        try (InputStream in = WebServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            HttpIo.send(ex, 200, type, in.readAllBytes());
        }
    }

    private void alerts(HttpExchange ex) throws IOException {
        AlertQuery query;
        try {
            query = AlertQuery.parse(HttpIo.query(ex), clock);
        } catch (IllegalArgumentException e) {
            HttpIo.error(ex, 400, e.getMessage());
            return;
        }
        HttpIo.json(ex, 200, SafeJson.write(page.index().query(query)));
    }

    private void events(HttpExchange ex) throws IOException {
        if ("HEAD".equals(ex.getRequestMethod())) {
            HttpIo.send(ex, 200, "text/event-stream; charset=utf-8", new byte[0]);
            return;
        }
        if (!page.events().hasRoom()) {
            HttpIo.error(ex, 503, "too many live connections");
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            page.events().serve(out);
        }
    }

    private void feedsPage(HttpExchange ex) throws IOException {
        if (!"/feeds".equals(ex.getRequestURI().getPath())) {
            HttpIo.error(ex, 404, "not found");
            return;
        }
        HttpIo.send(ex, 200, "text/html; charset=utf-8", FeedsPage.render(feeds.get()).getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the live streams and stops listening. */
    @Override
    public void close() {
        page.events().close();
        server.stop(0);
        executor.shutdownNow();
    }
}
