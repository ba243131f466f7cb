package newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import newswatch.common.model.FeedSpec;
import org.junit.jupiter.api.Test;

class FeedListTest {
    static Path list(String name) throws URISyntaxException {
        return Path.of(FeedListTest.class.getResource("/lists/" + name).toURI());
    }

    @Test
    void opmlIsFlattenedDeduplicatedAndTitled() throws Exception {
        List<FeedSpec> specs = FeedList.read(list("feeds.opml"));
        assertThat(specs).extracting(FeedSpec::url).containsExactly(
                "https://news.example.org/rss", "https://rights.example.net/atom.xml", "https://json.example.org/feed.json");
        assertThat(specs).extracting(FeedSpec::title).containsExactly("Daily Peninsula", "Only title attr", "JSON");
        assertThat(specs).allSatisfy(s -> assertThat(s.schemaVersion()).isEqualTo(FeedSpec.SCHEMA_VERSION));
    }

    @Test
    void plainListSkipsCommentsAndBlanks() throws Exception {
        assertThat(FeedList.read(list("feeds.txt"))).extracting(FeedSpec::url)
                .containsExactly("https://news.example.org/rss", "https://json.example.org/feed.json");
    }

    @Test
    void invalidLineIsNamedWithFileAndLine() {
        assertThatThrownBy(() -> FeedList.read(list("bad-line.txt")))
                .isInstanceOf(IOException.class).hasMessageContaining("bad-line.txt:2").hasMessageContaining("not a url");
        assertThatThrownBy(() -> FeedList.read(list("bad-scheme.txt")))
                .isInstanceOf(IOException.class).hasMessageContaining("bad-scheme.txt:2").hasMessageContaining("ftp://");
    }

    @Test
    void invalidOpmlUrlIsNamed() {
        assertThatThrownBy(() -> FeedList.read(list("bad-url.opml")))
                .isInstanceOf(IOException.class).hasMessageContaining("bad-url.opml").hasMessageContaining("javascript:alert(1)");
    }

    @Test
    void opmlDoctypeIsRefused() {
        assertThatThrownBy(() -> FeedList.read(list("xxe.opml")))
                .isInstanceOf(IOException.class).hasMessageContaining("xxe.opml").hasMessageContaining("DOCTYPE");
    }

    @Test
    void malformedOpmlNamesTheLine() {
        assertThatThrownBy(() -> FeedList.read(list("broken.opml")))
                .isInstanceOf(IOException.class).hasMessageContaining("broken.opml:");
    }
}
