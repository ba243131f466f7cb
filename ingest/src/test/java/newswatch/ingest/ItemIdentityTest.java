package newswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import newswatch.ingest.feed.FeedItem;
import org.junit.jupiter.api.Test;

class ItemIdentityTest {
    private static FeedItem item(String id, String link, String title, String summary) {
        return new FeedItem(id, title, link, null, null, null, summary);
    }

    @Test
    void guidIsTheIdentityWhenPresent() {
        assertThat(ItemIdentity.of(item("urn:x:1", "https://a.org/s?utm_source=x", "t", "s"))).isEqualTo("urn:x:1");
    }

    @Test
    void withoutGuidTheCanonicalLinkIsTheIdentity() {
        // The parser puts the link in id when there is no GUID.
        String link = "https://A.org:443/story?id=4&utm_source=rss#top";
        assertThat(ItemIdentity.of(item(link, link, "t", "s"))).isEqualTo("https://a.org/story?id=4");
        assertThat(ItemIdentity.of(item(null, link, "t", "s"))).isEqualTo("https://a.org/story?id=4");
        assertThat(ItemIdentity.of(item(null, null, "t", "s"))).isNull();
    }

    @Test
    void contentHashIgnoresCaseSpacingPunctuationAndCompatibilityForms() {
        String a = ItemIdentity.contentHash(item("1", null, "Talks resume in Seoul", "Envoys met on Monday."));
        String b = ItemIdentity.contentHash(item("2", null, "TALKS  resume in Seoul!", "Envoys met on Monday"));
        String c = ItemIdentity.contentHash(item("3", null, "Ｔａｌｋｓ resume in Seoul", "Envoys met on Monday."));
        assertThat(a).hasSize(16).isEqualTo(b).isEqualTo(c);
    }

    @Test
    void contentHashDiffersForDifferentStories() {
        assertThat(ItemIdentity.contentHash(item("1", null, "Talks resume", "Envoys met on Monday.")))
                .isNotEqualTo(ItemIdentity.contentHash(item("1", null, "Talks resume", "Envoys met on Tuesday.")));
    }

    @Test
    void noContentHashWithoutBothTitleAndSummary() {
        assertThat(ItemIdentity.contentHash(item("1", null, "Daily briefing", null))).isNull();
        assertThat(ItemIdentity.contentHash(item("1", null, "Daily briefing", " ... "))).isNull();
        assertThat(ItemIdentity.contentHash(item("1", null, null, "Envoys met"))).isNull();
    }
}
