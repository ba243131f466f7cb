package newswatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import newswatch.common.model.ArticleRef;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
    @Test
    void findsACopyByTextAndByUrlOnlyWithinTheWindow() {
        StoryIndex index = new StoryIndex();
        index.add(story("s1", 1_000, StoryTexts.load("soldier-wire")));
        TextSignature copy = StoryTexts.load("soldier-copy").signature();

        assertThat(index.match(copy, 0)).isEqualTo("s1");
        assertThat(index.match(copy, 1_001)).as("story started before the window").isNull();
        assertThat(index.match(StoryTexts.load("diplomat-defects").signature(), 0)).isNull();
        assertThat(index.byUrl("https://wire.test/s1", 0)).isEqualTo("s1");
        assertThat(index.byUrl("https://wire.test/s1", 1_001)).isNull();
    }

    @Test
    void forgetsARemovedStory() {
        StoryIndex index = new StoryIndex();
        Story s = story("s1", 0, StoryTexts.load("soldier-wire"));
        index.add(s);
        index.remove(s);
        assertThat(index.size()).isZero();
        assertThat(index.byUrl("https://wire.test/s1", 0)).isNull();
    }

    @Test
    void aLinearScanOfTenThousandStoriesTakesAFewMilliseconds() {
        StoryIndex index = new StoryIndex();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            int[] sketch = random.ints(MinHasher.HASHES).toArray();
            index.add(new Story("s" + i, i, new TextSignature("t" + i, 300, sketch, List.of()), List.of(), List.of(), Map.of()));
        }
        TextSignature probe = StoryTexts.load("soldier-wire").signature();
        for (int i = 0; i < 50; i++) {
            index.match(probe, 0); // warm up
        }
        long start = System.nanoTime();
        int rounds = 100;
        for (int i = 0; i < rounds; i++) {
            assertThat(index.match(probe, 0)).isNull();
        }
        double millis = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf("story index: %.2f ms per match over 10,000 stories%n", millis);
        assertThat(millis).as("generous bound for a shared 2-core machine").isLessThan(50);
    }

    private static Story story(String id, long firstSeen, StoryTexts texts) {
        String url = "https://wire.test/" + id;
        return new Story(id, firstSeen, texts.signature(), List.of(new StoryCopy(url, new ArticleRef(url, texts.title(), "Wire", "en", null))),
                List.of("wire"), Map.of());
    }
}
