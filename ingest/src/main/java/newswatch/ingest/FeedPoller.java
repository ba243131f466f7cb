package newswatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import newswatch.common.config.IngestConfig;
import newswatch.common.model.Article;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.ingest.extract.ArticleExtractor;
import newswatch.ingest.extract.Extracted;
import newswatch.ingest.feed.FeedItem;
import newswatch.ingest.feed.FeedParseException;
import newswatch.ingest.feed.FeedParser;
import newswatch.ingest.feed.ParsedFeed;
import newswatch.ingest.http.FetchResult;
import newswatch.ingest.http.PolitePageFetcher;
import newswatch.ingest.http.SafeHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls one feed: conditional GET, parse, keep only items not seen before, fetch and extract their pages. */
final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int MAX_BACKOFF_FACTOR = 16;

    /** What one poll produced: the articles to send, then the state to remember once they are sent. */
    record Result(List<Article> articles, FeedState state, String outcome) {
    }

    private final SafeHttpClient http;
    private final PolitePageFetcher pages;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final Clock clock;

    FeedPoller(SafeHttpClient http, PolitePageFetcher pages, IngestConfig config, IngestMetrics metrics, Clock clock) {
        this.http = http;
        this.pages = pages;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    Result poll(FeedSpec feed, FeedState state) {
        Instant now = clock.instant();
        FetchResult fetched = http.get(feed.url(), state.etag(), state.lastModified());
        if (fetched.outcome() == FetchResult.Outcome.NOT_MODIFIED) {
            return new Result(List.of(), succeeded(state, now, state.etag(), state.lastModified(), state.seenIds(), fetched), "not-modified");
        }
        if (!fetched.ok()) {
            return failed(feed, state, now, fetched.outcome().name().toLowerCase(java.util.Locale.ROOT) + ": " + fetched.error(), fetched.retryAfter());
        }
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(fetched.body(), fetched.finalUrl());
        } catch (FeedParseException e) {
            return failed(feed, state, now, "unparsable feed: " + e.getMessage(), null);
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>(state.seenIds());
        List<Article> articles = new ArrayList<>();
        List<FeedItem> items = new ArrayList<>(parsed.items());
        // Feeds list newest first; send oldest first so downstream sees stories in publication order.
        java.util.Collections.reverse(items);
        String source = parsed.title() == null || parsed.title().isBlank() ? feed.title() : parsed.title();
        for (FeedItem item : items) {
            if (item.id() == null || seen.contains(item.id())) {
                continue;
            }
            articles.add(article(feed, source, item, now));
            seen.add(item.id());
        }
        if (!articles.isEmpty() && articles.size() == parsed.items().size() && !state.seenIds().isEmpty()) {
            LOG.warn("feed {}: all {} items are new; items were probably missed between polls, poll it more often",
                    feed.url(), articles.size());
        }
        List<String> kept = new ArrayList<>(seen);
        kept = kept.subList(Math.max(0, kept.size() - config.rememberItems()), kept.size());
        return new Result(articles, succeeded(state, now, fetched.etag(), fetched.lastModified(), kept, fetched), "ok");
    }

    private Article article(FeedSpec feed, String source, FeedItem item, Instant now) {
        String link = item.link() == null ? item.id() : item.link();
        String text = item.summary() == null ? "" : item.summary();
        String textSource = "feed-summary";
        String canonical = Urls.canonical(link);
        String language = null;
        Instant published = item.published() != null ? item.published() : item.updated();
        String title = item.title();
        if (config.fetchPages() && link != null) {
            FetchResult page = pages.fetch(link);
            if (page.ok()) {
                Extracted x = ArticleExtractor.extract(page.body(), page.contentType(), page.finalUrl());
                if (x.text() != null && !x.text().isBlank()) {
                    text = x.text();
                    textSource = "page";
                } else {
                    LOG.info("page {}: no article text ({}); using the feed summary", link, x.failureReason());
                }
                if (x.canonicalUrl() != null && !x.canonicalUrl().isBlank()) {
                    canonical = Urls.canonical(x.canonicalUrl());
                }
                language = x.language();
                published = published != null ? published : x.published();
                title = title != null && !title.isBlank() ? title : x.title();
            } else {
                metrics.pageFailed(page.outcome().name());
                LOG.warn("page {} of feed {}: {} {}; using the feed summary", link, feed.url(), page.outcome(), page.error());
            }
        }
        return new Article(Article.SCHEMA_VERSION, canonical, link, item.id(), feed.url(), source, title, text,
                textSource, language, published, now);
    }

    private FeedState succeeded(FeedState s, Instant now, String etag, String lastModified, List<String> seen, FetchResult fetched) {
        Duration wait = jittered(config.pollInterval());
        if (fetched.retryAfter() != null && fetched.retryAfter().compareTo(wait) > 0) {
            wait = fetched.retryAfter();
        }
        return new FeedState(FeedState.SCHEMA_VERSION, s.feedUrl(), etag, lastModified, now, now, now.plus(wait),
                0, null, List.copyOf(seen));
    }

    private Result failed(FeedSpec feed, FeedState s, Instant now, String error, Duration retryAfter) {
        int failures = s.consecutiveFailures() + 1;
        Duration wait = config.pollInterval().multipliedBy(Math.min(1L << Math.min(failures, 4), MAX_BACKOFF_FACTOR));
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        LOG.warn("feed {} failed ({} in a row), next try in {}: {}", feed.url(), failures, wait, error);
        FeedState next = new FeedState(FeedState.SCHEMA_VERSION, s.feedUrl(), s.etag(), s.lastModified(), now,
                s.lastSuccess(), now.plus(wait), failures, error, s.seenIds());
        return new Result(List.of(), next, "failed");
    }

    private static Duration jittered(Duration d) {
        // +-10% so feeds added together do not stay in lock-step against the same hosts.
        long ms = d.toMillis();
        long jitter = ms / 10;
        return Duration.ofMillis(ms + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1)));
    }
}
