package newswatch.sink.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.config.SinkConfig;
import newswatch.common.model.Alert;
import newswatch.common.model.FeedState;
import newswatch.sink.AlertWriter;
import newswatch.sink.JdbcAlertWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web page as an alert writer: every alert the sink delivers goes into the {@link AlertIndex} and, when it is new
 * or changed, out to every open page over Server-Sent Events. Writing never fails, so the page cannot hold a
 * partition. {@link #start} builds the whole page (index loaded from the JSONL file, Kafka feedback, HTTP server).
 */
public final class WebPage implements AlertWriter {
    private static final Logger LOG = LoggerFactory.getLogger(WebPage.class);
    static final int MAX_STREAMS = 32;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Reading feed states can mean reading a topic: do it at most this often, however often the page is loaded. */
    static final Duration FEEDS_CACHE = Duration.ofSeconds(10);

    private final AlertIndex index;
    private final EventHub events;
    private final List<AutoCloseable> owned = new ArrayList<>();
    private volatile WebServer server;

    public WebPage(AlertIndex index) {
        this(index, new EventHub(MAX_STREAMS, HEARTBEAT));
    }

    WebPage(AlertIndex index, EventHub events) {
        this.index = index;
        this.events = events;
    }

    /**
     * The page as configured under {@code sink.web.*}: alerts pre-loaded from {@code sink.jsonl-path}, feedback
     * produced to the feedback topic, HTTP server started. Closing the page (the sink closes its writers) stops it all.
     *
     * @param feeds current feed states for the feed-health page
     */
    public static WebPage start(NewswatchConfig config, Supplier<Collection<FeedState>> feeds) {
        var web = config.sink().web();
        WebPage page = new WebPage(new AlertIndex(web.maxAlerts()));
        try {
            // The JSONL writer rotates daily: the page starts from the recent rotated files too, oldest first.
            int loaded = 0;
            for (java.nio.file.Path file : newswatch.sink.JsonlFiles.recent(config.sink().jsonlPath(),
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(config.sink().jsonlDedupDays()))) {
                loaded += page.index.load(file);
            }
            LOG.info("web page loaded {} alerts from {} and its files of the last {} days", loaded, config.sink().jsonlPath(),
                    config.sink().jsonlDedupDays());
            overlayFromTable(page.index, config.sink().sql(), web.maxAlerts());
            KafkaFeedbackPublisher publisher = new KafkaFeedbackPublisher(config);
            page.owned.add(publisher);
            page.server = WebServer.start(web, page, publisher, new CachedSupplier<>(feeds, FEEDS_CACHE));
            page.owned.add(0, page.server);
            return page;
        } catch (IOException e) {
            page.close();
            throw new UncheckedIOException("cannot start the web page on " + web.host() + ":" + web.port(), e);
        } catch (RuntimeException e) {
            page.close();
            throw e;
        }
    }

    /**
     * The JSON Lines file keeps each alert's first version; the SQL table its latest (a story's sources and other
     * copies). Without this, a clustered story would show "1 source" after a restart until its next update.
     */
    static void overlayFromTable(AlertIndex index, SinkConfig.Sql sql, int limit) {
        if (!sql.enabled()) {
            return;
        }
        try (JdbcAlertWriter table = new JdbcAlertWriter(sql)) {
            List<Alert> latest = table.latest(limit);
            latest.forEach(index::add);
            LOG.info("web page took the latest version of {} alerts from {}", latest.size(), sql.safeUrl());
        } catch (IOException e) {
            LOG.warn("web page shows the alerts of the JSON Lines file only: {}", e.getMessage());
        }
    }

    public AlertIndex index() {
        return index;
    }

    /** Where the page is served, when this page was built by {@link #start}. */
    public Optional<URI> uri() {
        WebServer s = server;
        return s == null ? Optional.empty() : Optional.of(s.uri());
    }

    public EventHub events() {
        return events;
    }

    @Override
    public String name() {
        return "web";
    }

    @Override
    public void write(Alert alert) {
        if (index.add(alert)) {
            events.publish(SafeJson.write(alert));
        }
    }

    @Override
    public void close() {
        events.close();
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing the web page: {}", e.toString());
            }
        }
        owned.clear();
    }
}
