package newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedParserTest {
    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void rss2() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("rss2.xml"), "https://news.example.org/rss");
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.title()).isEqualTo("Daily Peninsula");
        assertThat(feed.ttlMinutes()).isEqualTo(30);
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.id()).isEqualTo("dp-10231");
        assertThat(first.title()).isEqualTo("Defectors describe border crossing");
        assertThat(first.link()).isEqualTo("https://news.example.org/2024/05/defectors-border");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-05-14T08:30:00Z"));
        assertThat(first.author()).isEqualTo("Kim Min-ji");
        assertThat(first.summary()).isEqualTo("Three people crossed the border on foot & were met by soldiers.");
    }

    @Test
    void rssRelativeLinkBadDateAndEntities() throws Exception {
        FeedItem second = FeedParser.parse(fixture("rss2.xml"), "https://news.example.org/rss").items().get(1);
        assertThat(second.link()).isEqualTo("https://news.example.org/2024/05/rights-report");
        assertThat(second.id()).isEqualTo(second.link());
        assertThat(second.published()).isNull();
        assertThat(second.title()).isEqualTo("Rights report & UN response \u2014 \"grave\"");
    }

    @Test
    void atomWithXmlBase() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("atom.xml"), "https://atom.example.net/feed.atom");
        assertThat(feed.format()).isEqualTo("atom_1.0");
        assertThat(feed.title()).isEqualTo("Korea Watch");
        assertThat(feed.ttlMinutes()).isNull();
        FeedItem first = feed.items().get(0);
        assertThat(first.id()).isEqualTo("tag:atom.example.net,2024:camp-images");
        assertThat(first.link()).isEqualTo("https://atom.example.net/korea/stories/camp-images");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-05-13T13:15:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2024-05-14T01:00:00Z"));
        assertThat(first.author()).isEqualTo("Lee Jae-won");
        assertThat(first.summary()).isEqualTo("New images show expansion.");
        FeedItem second = feed.items().get(1);
        assertThat(second.link()).isEqualTo("https://elsewhere.example.com/abs");
        assertThat(second.summary()).isEqualTo("Content body only");
        assertThat(second.published()).isNull();
        assertThat(feed.items().get(2).link()).isEqualTo("https://atom.example.net/archive/2023/old-story");
    }

    @Test
    void rdf() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("rdf.xml"), "https://rdf.example.org/index.rdf");
        assertThat(feed.format()).isEqualTo("rss_1.0");
        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Repatriation from China");
        assertThat(item.link()).isEqualTo("https://rdf.example.org/a1");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-05-10T12:00:00Z"));
        assertThat(item.summary()).isEqualTo("Forced returns continue.");
    }

    @Test
    void jsonFeed() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("feed.json"), "https://json.example.org/feed.json");
        assertThat(feed.format()).isEqualTo("json_1.1");
        assertThat(feed.title()).isEqualTo("JSON Desk");
        assertThat(feed.link()).isEqualTo("https://json.example.org/");
        assertThat(feed.items()).hasSize(3);
        FeedItem first = feed.items().get(0);
        assertThat(first.id()).isEqualTo("j-1");
        assertThat(first.link()).isEqualTo("https://json.example.org/posts/1");
        assertThat(first.title()).isEqualTo("Family reunion & talks");
        assertThat(first.summary()).isEqualTo("Talks resumed.");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-05-12T08:00:00Z"));
        assertThat(first.updated()).isNull();
        assertThat(first.author()).isEqualTo("Park");
        FeedItem second = feed.items().get(1);
        assertThat(second.id()).isEqualTo("https://json.example.org/posts/2");
        assertThat(second.author()).isEqualTo("Old style");
        assertThat(feed.items().get(2).id()).isNull();
        assertThat(feed.items().get(2).title()).isEqualTo("no id, no url: kept");
    }

    @Test
    void doctypeIsRefusedAndNothingIsRead() throws Exception {
        assertThatThrownBy(() -> FeedParser.parse(fixture("xxe.xml"), "https://x.example/rss"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("https://x.example/rss").hasMessageContaining("DOCTYPE");
    }

    @Test
    void wrongDeclaredEncodingStillParses() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("wrong-encoding.xml"), "https://fr.example/rss");
        assertThat(feed.title()).isEqualTo("Caf\u00e9 Nouvelles");
        assertThat(feed.items().get(0).title()).isEqualTo("R\u00e9fugi\u00e9s \u2013 t\u00e9moignages");
    }

    @Test
    void garbageFailsWithTheUrl() throws Exception {
        for (byte[] body : new byte[][] {fixture("not-a-feed.html"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
            "{not json".getBytes(StandardCharsets.UTF_8), new byte[] {0, 1, 2, (byte) 0xff}, new byte[0]}) {
            assertThatThrownBy(() -> FeedParser.parse(body, "https://bad.example/feed"))
                    .isInstanceOf(FeedParseException.class)
                    .hasMessageContaining("https://bad.example/feed");
        }
    }

    @Test
    void entriesWithNeitherIdNorLinkAreKept() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>Only a title</title></item>"
                + "<item><description>Only text</description></item></channel></rss>";
        ParsedFeed feed = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "https://a.example/rss");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Only a title", null);
        assertThat(feed.items()).extracting(FeedItem::id).containsOnlyNulls();
        assertThat(feed.items().get(1).summary()).isEqualTo("Only text");
    }

    @ParameterizedTest
    @CsvSource({"https://jsonfeed.org/version/1, json_1.0", "http://jsonfeed.org/version/1.1/, json_1.1",
        "1.0, json_1.0", "1.1, json_1.1"})
    void jsonFeedVersions(String version, String format) throws Exception {
        String json = "{\"version\":\"" + version + "\",\"title\":\"J\",\"items\":[{\"content_text\":\"x\"}]}";
        ParsedFeed feed = FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "https://j.example/feed.json");
        assertThat(feed.format()).isEqualTo(format);
        assertThat(feed.items()).singleElement().extracting(FeedItem::id).isNull();
    }

    @Test
    void unknownJsonFeedVersionIsRefused() {
        byte[] json = "{\"version\":\"https://jsonfeed.org/version/2\",\"items\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedParser.parse(json, "https://j.example/feed.json"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("version/2");
    }

    @Test
    void base64AtomTextIsDecoded() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"application/octet-stream\">"
                + "RmVlZCA8Yj5UaXRsZTwvYj4=</title><entry><title type=\"text\">plain</title>"
                + "<content type=\"application/octet-stream\">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</content></entry></feed>";
        String atom03 = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><title mode=\"base64\">\n"
                + "  RXhhbXBsZSA8Yj5BdG9tPC9iPg==\n</title></entry></feed>";
        ParsedFeed feed = FeedParser.parse(atom.getBytes(StandardCharsets.UTF_8), "https://b.example/atom");
        assertThat(feed.title()).isEqualTo("Feed Title");
        assertThat(feed.items().get(0).summary()).isEqualTo("Example Atom");
        assertThat(feed.items().get(0).title()).isEqualTo("plain");
        ParsedFeed old = FeedParser.parse(atom03.getBytes(StandardCharsets.UTF_8), "https://b.example/atom");
        assertThat(old.items().get(0).title()).isEqualTo("Example Atom");
    }

    @Test
    void datesRomeCannotReadAreReadFromTheDocument() throws Exception {
        String rss = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>T</title>"
                + "<item><title>a</title><pubDate>2024\ub144 05\uc6d4 14\uc77c 17:30:00</pubDate></item>"
                + "<item><title>b</title><dc:date>Tue, 14 May 2024 17:30 KST</dc:date></item></channel></rss>";
        ParsedFeed feed = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "https://d.example/rss");
        assertThat(feed.items()).extracting(FeedItem::published)
                .containsExactly(Instant.parse("2024-05-14T08:30:00Z"), Instant.parse("2024-05-14T08:30:00Z"));
    }

    @Test
    void feedLinkIsTheAlternateNotSelf() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
                + "<link rel=\"self\" href=\"https://s.example/feed.atom\"/><link href=\"/home\"/></feed>";
        String atom03 = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><link href=\"http://example.org\"/></feed>";
        String rss = "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>T</title>"
                + "<atom:link rel=\"self\" href=\"https://s.example/rss\"/><link>https://s.example/</link></channel></rss>";
        assertThat(FeedParser.parse(atom.getBytes(StandardCharsets.UTF_8), "https://s.example/feed.atom").link())
                .isEqualTo("https://s.example/home");
        assertThat(FeedParser.parse(atom03.getBytes(StandardCharsets.UTF_8), "https://s.example/a").link())
                .isEqualTo("http://example.org");
        assertThat(FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "https://s.example/rss").link())
                .isEqualTo("https://s.example/");
    }

    @Test
    void commonXmlFaultsAreMended() throws Exception {
        byte[] rss = ("<rss version=\"2.0\"><channel><title>T\u0008 &#X41;</title><item><title>don\u0092t</title>"
                + "<description>x</description></item></channel></rss").getBytes(StandardCharsets.UTF_8);
        ParsedFeed feed = FeedParser.parse(rss, "https://m.example/rss");
        assertThat(feed.title()).isEqualTo("T A");
        assertThat(feed.items().get(0).title()).isEqualTo("don\u2019t");
    }

    @Test
    void extensionAndUnescapedMarkupFallbacks() throws Exception {
        String rss = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
                + "<channel><dc:title>DC feed</dc:title><item xml:base=\"https://other.example/news/\">"
                + "<media:title>media</media:title><title>Own <b>title</b></title><dc:author>Editor</dc:author>"
                + "<itunes:summary>Said</itunes:summary><link>1.html</link><guid>abc123</guid></item></channel></rss>";
        ParsedFeed feed = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "https://f.example/rss");
        assertThat(feed.title()).isEqualTo("DC feed");
        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Own title");
        assertThat(item.author()).isEqualTo("Editor");
        assertThat(item.summary()).isEqualTo("Said");
        assertThat(item.link()).isEqualTo("https://other.example/news/1.html");
        assertThat(item.id()).isEqualTo("abc123");
    }

    @ParameterizedTest
    @CsvSource({"UTF-16BE, ''", "UTF-16LE, ''", "UTF-32BE, ''", "UTF-32LE, ''", "UTF-16BE, \uFEFF",
        "UTF-32LE, \uFEFF"})
    void wideEncodingsAreDetectedWithOrWithoutByteOrderMark(String charset, String bom) throws Exception {
        String rss = bom + "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\ub144 \u00e9</title></channel></rss>";
        ParsedFeed feed = FeedParser.parse(rss.getBytes(java.nio.charset.Charset.forName(charset)), "https://w.example/rss");
        assertThat(feed.title()).isEqualTo("\ub144 \u00e9");
    }

    @Test
    void rssWithoutChannelIsAnEmptyFeed() throws Exception {
        ParsedFeed feed = FeedParser.parse("<rss>\n</rss>".getBytes(StandardCharsets.UTF_8), "https://e.example/rss");
        assertThat(feed.items()).isEmpty();
    }

    @Test
    void undeclaredNamespacePrefixesAreDeclared() throws Exception {
        String rss = "<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\"><channel><title>T</title>"
                + "<atom:link rel=\"self\" href=\"https://u.example/rss\"/><item><title>i</title>"
                + "<foo:bar>x</foo:bar><pubDate>Tue, 14 May 2024 17:30:00 +0900</pubDate></item></channel></rss>";
        ParsedFeed feed = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "https://u.example/rss");
        assertThat(feed.items()).singleElement().extracting(FeedItem::published)
                .isEqualTo(Instant.parse("2024-05-14T08:30:00Z"));
    }

    @Test
    void jsonFeedDatesInOtherFormsAreRead() throws Exception {
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\","
                + "\"date_published\":\"Tue, 14 May 2024 17:30:00 KST\"}]}";
        ParsedFeed feed = FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "https://j.example/feed.json");
        assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2024-05-14T08:30:00Z"));
    }

    @ParameterizedTest
    @CsvSource({"'', atom_1.0", "' xmlns=\"http://purl.org/echo/\" version=\"0.3\"', atom_0.3"})
    void atomOutsideItsNamespaceIsReadAsAtom(String attributes, String format) throws Exception {
        String atom = "<feed" + attributes + "><title>Echo</title><entry><title>e</title></entry></feed>";
        ParsedFeed feed = FeedParser.parse(atom.getBytes(StandardCharsets.UTF_8), "https://n.example/atom");
        assertThat(feed.format()).isEqualTo(format);
        assertThat(feed.title()).isEqualTo("Echo");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("e");
    }
}
