package newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** RFC 7303: the charset of the HTTP Content-Type decides how an XML feed's bytes are read. */
class HttpCharsetTest {
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final String TITLE = "탈북민 일가족 입국";
    private static final byte[] FEED = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>뉴스</title>"
            + "<link>https://news.example/</link><item><title>" + TITLE + "</title>"
            + "<link>https://news.example/1</link></item></channel></rss>").getBytes(EUC_KR);

    @Test
    void anUndeclaredLegacyEncodingIsReadWithTheHeadersCharset() throws Exception {
        ParsedFeed feed = FeedParser.parse(FEED, "https://news.example/rss", "application/rss+xml; charset=EUC-KR");

        assertThat(feed.items().get(0).title()).isEqualTo(TITLE);
    }

    @Test
    void withoutTheHeaderTheSameBytesAreNotReadAsKorean() throws Exception {
        ParsedFeed feed = FeedParser.parse(FEED, "https://news.example/rss", null);

        assertThat(feed.items().get(0).title()).isNotEqualTo(TITLE);
    }

    @Test
    void aUtf8LabelOnBytesThatAreNotUtf8FallsBackToTheDeclaration() throws Exception {
        byte[] declared = ("<?xml version=\"1.0\" encoding=\"EUC-KR\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>" + TITLE + "</title><link>https://news.example/1</link></item></channel></rss>").getBytes(EUC_KR);

        ParsedFeed feed = FeedParser.parse(declared, "https://news.example/rss", "text/xml; charset=utf-8");

        assertThat(feed.items().get(0).title()).isEqualTo(TITLE);
    }
}
