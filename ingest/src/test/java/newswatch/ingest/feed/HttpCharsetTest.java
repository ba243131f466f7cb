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
    void anUndeclaredLegacyEncodingWithoutTheHeaderIsGuessedFromTheBytes() throws Exception {
        String[] titles = {"통일부, 올해 입국한 북한이탈주민 수 발표", "중국 공안에 붙잡힌 탈북민 강제북송 우려",
            "유엔 특별보고관 \"정치범수용소 실태 조사해야\"", "하나원 수료생들 지역 정착 지원 확대"};
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>뉴스</title>"
                + "<link>https://news.example/</link>");
        for (int i = 0; i < titles.length; i++) {
            xml.append("<item><title>").append(titles[i]).append("</title><link>https://news.example/").append(i)
                    .append("</link><description>").append(titles[i]).append(" 관련 소식입니다. 자세한 내용은 기사 본문을 참고하십시오.")
                    .append("</description></item>");
        }
        xml.append("</channel></rss>");

        ParsedFeed feed = FeedParser.parse(xml.toString().getBytes(EUC_KR), "https://news.example/rss", null);

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly(titles);
    }

    @Test
    void aUtf8LabelOnBytesThatAreNotUtf8FallsBackToTheDeclaration() throws Exception {
        byte[] declared = ("<?xml version=\"1.0\" encoding=\"EUC-KR\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>" + TITLE + "</title><link>https://news.example/1</link></item></channel></rss>").getBytes(EUC_KR);

        ParsedFeed feed = FeedParser.parse(declared, "https://news.example/rss", "text/xml; charset=utf-8");

        assertThat(feed.items().get(0).title()).isEqualTo(TITLE);
    }
}
