package newswatch.ingest;

import java.time.Instant;
import newswatch.common.config.IngestConfig;
import newswatch.common.model.Article;
import newswatch.common.model.FeedSpec;
import newswatch.ingest.extract.ArticleExtractor;
import newswatch.ingest.extract.Extracted;
import newswatch.ingest.feed.FeedItem;
import newswatch.ingest.http.FetchResult;
import newswatch.ingest.http.PolitePageFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a new feed item into an article: the page's main text when pages are fetched, else the feed summary. */
final class ItemArticles {
    private static final Logger LOG = LoggerFactory.getLogger(ItemArticles.class);

    private final PolitePageFetcher pages;
    private final IngestConfig config;
    private final IngestMetrics metrics;

    ItemArticles(PolitePageFetcher pages, IngestConfig config, IngestMetrics metrics) {
        this.pages = pages;
        this.config = config;
        this.metrics = metrics;
    }

    Article article(FeedSpec feed, String source, FeedItem item, Instant now) {
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
}
