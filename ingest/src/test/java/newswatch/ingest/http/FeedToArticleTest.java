package newswatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import newswatch.ingest.TestConfigs;
import newswatch.ingest.Urls;
import newswatch.ingest.extract.ArticleExtractor;
import newswatch.ingest.extract.Extracted;
import newswatch.ingest.feed.FeedItem;
import newswatch.ingest.feed.FeedParser;
import newswatch.ingest.feed.ParsedFeed;
import org.junit.jupiter.api.Test;

/** The components chained the way the ingester uses them, against one loopback site. */
class FeedToArticleTest {
    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FeedToArticleTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void feedThenPageThenText() throws Exception {
        byte[] page = resource("/pages/article.html");
        try (TestServer server = new TestServer()) {
            String feed = "<rss version=\"2.0\"><channel><title>Local</title><link>/</link>"
                    + "<item><title>Escape</title><link>/story?id=1&amp;utm_source=rss</link></item></channel></rss>";
            server.on("/rss", ex -> {
                ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
                TestServer.send(ex, 200, feed);
            }).on("/story", ex -> {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, page.length);
                ex.getResponseBody().write(page);
            }).on("/robots.txt", ex -> TestServer.send(ex, 200, "User-agent: *\nAllow: /\n"));
            var config = TestConfigs.ingest("ingest.allow-private-hosts", server.allowEntry());
            try (SafeHttpClient http = new SafeHttpClient(config); PolitePageFetcher pages = new PolitePageFetcher(http, config)) {
                FetchResult feedResult = http.get(server.url("/rss"), null, null);
                ParsedFeed parsed = FeedParser.parse(feedResult.body(), feedResult.finalUrl());
                FeedItem item = parsed.items().get(0);
                assertThat(Urls.canonical(item.link())).isEqualTo(server.url("/story?id=1"));
                FetchResult pageResult = pages.fetch(item.link());
                assertThat(pageResult.ok()).isTrue();
                Extracted article = ArticleExtractor.extract(pageResult.body(), pageResult.contentType(), pageResult.finalUrl());
                assertThat(article.text()).contains("Three people who fled North Korea");
                assertThat(new String(pageResult.body(), StandardCharsets.UTF_8)).contains("<article>");
            }
        }
    }
}
