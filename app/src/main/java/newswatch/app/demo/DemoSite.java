package newswatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import newswatch.common.model.FeedSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves the bundled sample feeds and article pages on loopback, as a news site would. */
public final class DemoSite implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
    private static final String PLACEHOLDER = "{{BASE}}";

    private final HttpServer server;
    private final Map<String, byte[]> feeds;
    private final Map<String, byte[]> articles;

    private DemoSite(HttpServer server, Map<String, byte[]> feeds, Map<String, byte[]> articles) {
        this.server = server;
        this.feeds = feeds;
        this.articles = articles;
    }

    /**
     * Starts on the given port, or on a free one when it is taken (a fixed port keeps feed and article URLs,
     * hence de-duplication, stable across demo runs).
     */
    public static DemoSite start(int preferredPort) {
        HttpServer server;
        try {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), preferredPort), 0);
            } catch (BindException e) {
                LOG.warn("port {} is taken; the sample site uses a random port, so earlier demo items will be seen as new", preferredPort);
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sample site", e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        DemoSite site = new DemoSite(server, load("feeds", base), load("articles", base));
        server.createContext("/", site::handle);
        server.start();
        return site;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body = null;
            String type = "text/plain";
            if (path.startsWith("/feeds/")) {
                body = feeds.get(path.substring("/feeds/".length()));
                type = path.endsWith(".atom") ? "application/atom+xml" : "application/rss+xml";
            } else if (path.startsWith("/articles/")) {
                body = articles.get(path.substring("/articles/".length()));
                type = "text/html; charset=utf-8";
            } else if (path.equals("/robots.txt")) {
                body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
            }
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        }
    }

    /** host:port, for the SSRF guard's allow-list. */
    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public List<FeedSpec> feeds() {
        String base = "http://" + hostPort() + "/feeds/";
        return feeds.keySet().stream().map(name -> FeedSpec.of(base + name, "Sample feed " + name)).toList();
    }

    private static Map<String, byte[]> load(String folder, String base) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            URI uri = DemoSite.class.getResource("/demo/" + folder).toURI();
            FileSystem jar = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null;
            try (Stream<Path> list = Files.list(Path.of(uri))) {
                for (Path p : list.toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8).replace(PLACEHOLDER, base);
                    files.put(p.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
                }
            } finally {
                if (jar != null) {
                    jar.close();
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the bundled sample " + folder, e);
        }
        return files;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
