package newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HubLinksTest {
    private static HubLinks of(String xml) {
        return HubLinks.of(xml.getBytes(StandardCharsets.UTF_8), "https://news.example/feeds/main.xml");
    }

    @Test
    void findsHubAndSelfInAtom() {
        HubLinks l = of("<feed xmlns=\"http://www.w3.org/2005/Atom\"><link rel=\"hub\" href=\"https://hub.example/\"/>"
                + "<link rel=\"self\" href=\"/feeds/atom\"/><link rel=\"alternate\" href=\"/\"/></feed>");
        assertThat(l.hub()).isEqualTo("https://hub.example/");
        assertThat(l.self()).isEqualTo("https://news.example/feeds/atom");
        assertThat(l.advertised()).isTrue();
    }

    @Test
    void findsAtomLinksInsideRss() {
        HubLinks l = of("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>"
                + "<link>https://news.example/</link>"
                + "<atom:link rel=\"hub\" href=\"https://pubsubhubbub.example/\"/>"
                + "<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://news.example/rss\"/>"
                + "</channel></rss>");
        assertThat(l.hub()).isEqualTo("https://pubsubhubbub.example/");
        assertThat(l.self()).isEqualTo("https://news.example/rss");
    }

    @Test
    void noHubMeansPollingOnly() {
        HubLinks l = of("<rss version=\"2.0\"><channel><link>https://news.example/</link></channel></rss>");
        assertThat(l.advertised()).isFalse();
        assertThat(l.self()).isNull();
    }

    @Test
    void entitiesAreNotExpanded() {
        HubLinks l = of("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed><link rel=\"hub\" href=\"&x;\"/></feed>");
        assertThat(l.hub() == null || !l.hub().contains("root")).isTrue();
    }
}
