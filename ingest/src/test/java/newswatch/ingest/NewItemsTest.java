package newswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newswatch.ingest.feed.FeedItem;
import org.junit.jupiter.api.Test;

class NewItemsTest {
    private static FeedItem item(String id, String title) {
        return new FeedItem(id, title, "https://a.org/" + id, null, null, null, "Summary of " + title);
    }

    private static List<String> ids(NewItems.Selection s) {
        return s.fresh().stream().map(FeedItem::id).toList();
    }

    @Test
    void firstPollSendsEverythingOldestFirst() {
        NewItems.Selection s = NewItems.select("f", List.of(item("3", "c"), item("2", "b"), item("1", "a")),
                List.of(), List.of(), 100);
        assertThat(ids(s)).containsExactly("1", "2", "3");
        assertThat(s.seenIds()).containsExactly("1", "2", "3");
        assertThat(s.hashes()).hasSize(3);
    }

    @Test
    void knownIdsAreNotSentAgain() {
        NewItems.Selection first = NewItems.select("f", List.of(item("2", "b"), item("1", "a")), List.of(), List.of(), 100);
        NewItems.Selection second = NewItems.select("f", List.of(item("3", "c"), item("2", "b"), item("1", "a")),
                first.seenIds(), first.hashes(), 100);
        assertThat(ids(second)).containsExactly("3");
    }

    @Test
    void aStoryReissuedUnderANewGuidIsNotSentAgain() {
        NewItems.Selection first = NewItems.select("f", List.of(item("old-guid", "Talks resume")), List.of(), List.of(), 100);
        NewItems.Selection second = NewItems.select("f", List.of(item("new-guid", "Talks resume"), item("x", "Other")),
                first.seenIds(), first.hashes(), 100);
        assertThat(ids(second)).containsExactly("x");
        // The new GUID is remembered too, so it is known even after the hash is forgotten.
        assertThat(second.seenIds()).contains("old-guid", "new-guid");
    }

    @Test
    void stateWrittenWithRawIdsStillMatches() {
        FeedItem linkOnly = new FeedItem("https://a.org/s?utm_source=rss", "t", "https://a.org/s?utm_source=rss",
                null, null, null, null);
        NewItems.Selection s = NewItems.select("f", List.of(linkOnly), List.of("https://a.org/s?utm_source=rss"), List.of(), 100);
        assertThat(s.fresh()).isEmpty();
        assertThat(s.seenIds()).contains("https://a.org/s");
    }

    @Test
    void memoryIsBoundedAndKeepsWhatTheFeedStillLists() {
        List<String> old = List.of("1", "2", "3", "4");
        // "1" is the oldest remembered, but the feed still lists it: it must survive the trim.
        NewItems.Selection s = NewItems.select("f", List.of(item("5", "e"), item("1", "a")), old, List.of(), 3);
        assertThat(ids(s)).containsExactly("5");
        assertThat(s.seenIds()).containsExactly("4", "1", "5");
        assertThat(s.hashes()).hasSize(2);
    }
}
