package newswatch.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.model.ArticleRef;
import newswatch.processor.story.MinHasher;
import newswatch.processor.story.Story;
import newswatch.processor.story.StoryCopy;
import newswatch.processor.story.StoryIndex;
import newswatch.processor.story.TextSignature;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Groups copies of one story. The first copy's alerts go out as made; a later copy within the window (same
 * canonical URL, or a near-duplicate text) joins that story, and every alert of the story goes out again under
 * its first alert id with the sources counted and the other copies listed. Sinks are idempotent by alert id:
 * notifying writers skip the repeat, the table and the page replace the alert with the richer one.
 * Needs every flagged article in one task: it runs after a single-partition repartition.
 */
final class StoryClusterer implements Processor<String, Classified, String, Alert> {
    private final String storeName;
    private final Duration window;
    private final Verdicts verdicts;
    private StoryIndex index;
    private KeyValueStore<String, Story> stories;
    private ProcessorContext<String, Alert> context;

    StoryClusterer(String storeName, Duration window, Verdicts verdicts) {
        this.storeName = storeName;
        this.window = window;
        this.verdicts = verdicts;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.stories = context.getStateStore(storeName);
        // A fresh index each time: after an aborted transaction Streams restores the store and calls init again.
        this.index = new StoryIndex();
        try (KeyValueIterator<String, Story> all = stories.all()) {
            all.forEachRemaining(kv -> index.add(kv.value));
        }
        context.schedule(WindowPurge.interval(window), PunctuationType.STREAM_TIME, this::purgeOlderThanWindow);
    }

    @Override
    public void process(Record<String, Classified> record) {
        Article article = record.value().article();
        long since = record.timestamp() - window.toMillis();
        StoryCopy copy = new StoryCopy(article.canonicalUrl(), ArticleRef.of(article));
        String source = Story.sourceOf(article.source(), article.url() == null ? article.canonicalUrl() : article.url());
        String storyId = index.byUrl(article.canonicalUrl(), since);
        TextSignature signature = null;
        if (storyId == null) {
            signature = MinHasher.sign(article.title(), article.text());
            storyId = index.match(signature, since);
        }
        Story story;
        if (storyId == null) {
            story = Story.first(Hashes.storyId(article.canonicalUrl()), record.timestamp(), signature, copy, source,
                    record.value().alerts());
            Story expired = stories.get(story.storyId());
            if (expired != null) {
                // the URL's earlier story is past the window but not yet purged: its copies must not point here
                index.remove(expired);
            }
            verdicts.story(Verdicts.STORY_NEW);
        } else {
            story = stories.get(storyId).with(copy, source, record.value().alerts());
            verdicts.story(Verdicts.STORY_JOINED);
        }
        stories.put(story.storyId(), story);
        index.add(story);
        for (Alert alert : alertsOf(story)) {
            context.forward(record.withKey(alert.alertId()).withValue(alert));
        }
    }

    /** Every category's lead alert, as one story: the story's id, its alert id, sources and other copies. */
    static List<Alert> alertsOf(Story story) {
        List<Alert> out = new ArrayList<>();
        story.alerts().keySet().stream().sorted().forEach(category -> {
            Alert lead = story.alerts().get(category);
            out.add(lead.asStory(story.storyId(), Hashes.alertId(category, story.storyId()), story.sources().size(),
                    story.relatedTo(lead.article())));
        });
        return out;
    }

    /** Forgets stories that started more than the window before {@code streamTime}: no copy can join them now. */
    void purgeOlderThanWindow(long streamTime) {
        for (var expired : WindowPurge.expired(stories, Story::firstSeen, streamTime - window.toMillis())) {
            stories.delete(expired.key);
            index.remove(expired.value);
        }
    }
}
