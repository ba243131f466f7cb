package newswatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Explanation;
import newswatch.common.model.Timestamps;
import org.junit.jupiter.api.Test;

class StoryTest {
    static final TextSignature SIGNATURE = new TextSignature("t", 100, new int[MinHasher.HASHES], List.of());

    @Test
    void aLaterCopyKeepsTheLeadButGivesACategoryTheStoryLackedItsAlert() {
        Story story = Story.first("s", 0, SIGNATURE, copy("a"), "wire", List.of(alert("defection", "a", 5)))
                .with(copy("b"), "daily", List.of(alert("defection", "b", 9), alert("human-rights", "b", 4)));

        assertThat(story.alerts().get("defection").article().url()).isEqualTo(url("a"));
        assertThat(story.alerts().get("human-rights").article().url()).isEqualTo(url("b"));
        assertThat(story.sources()).containsExactly("wire", "daily");
        assertThat(story.relatedTo(story.alerts().get("human-rights").article())).extracting(ArticleRef::url)
                .containsExactly(url("a"));
    }

    @Test
    void anEditedResendOfTheLeadReplacesItWithoutAddingACopy() {
        Story story = Story.first("s", 0, SIGNATURE, copy("a"), "wire", List.of(alert("defection", "a", 5)))
                .with(copy("a"), "wire", List.of(alert("defection", "a", 7)));

        assertThat(story.alerts().get("defection").score()).isEqualTo(7);
        assertThat(story.copies()).hasSize(1);
        assertThat(story.sources()).hasSize(1);
    }

    @Test
    void relatedLinksAreCappedButSourcesKeepCounting() {
        Story story = Story.first("s", 0, SIGNATURE, copy("a"), "source-a", List.of(alert("defection", "a", 5)));
        for (int i = 0; i < 30; i++) {
            story = story.with(copy("c" + i), "source-" + i, List.of());
        }
        assertThat(story.relatedTo(story.alerts().get("defection").article())).hasSize(Alert.MAX_RELATED);
        assertThat(story.sources()).hasSize(31);
    }

    @Test
    void theSourceIsThePublisherNameElseTheHost() {
        assertThat(Story.sourceOf(" Korea Desk ", "https://x.test/a")).isEqualTo("korea desk");
        assertThat(Story.sourceOf("", "https://www.Daily.test/a")).isEqualTo("daily.test");
        assertThat(Story.sourceOf(null, "not a url")).isEqualTo("not a url");
        assertThat(Story.sourceOf(null, null)).isEmpty();
    }

    private static StoryCopy copy(String id) {
        return new StoryCopy(url(id), new ArticleRef(url(id), "Title " + id, "Source " + id, "en", null));
    }

    private static String url(String id) {
        return "https://news.test/" + id;
    }

    private static Alert alert(String category, String id, double score) {
        Instant t = Instant.parse("2026-11-28T00:00:00Z");
        return new Alert(Alert.SCHEMA_VERSION, "alert-" + id, category, score, Alert.Severity.low, "story-" + id,
                copy(id).article(), new Explanation(List.of(), List.of(), null, "1", null), List.of(), 1,
                new Timestamps(t, t, t, t));
    }
}
