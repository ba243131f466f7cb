package newswatch.processor.story;

import java.util.HashMap;
import java.util.Map;

/**
 * In-memory view of the stored stories for fast matching: signatures by story id and story ids by canonical URL.
 * A linear scan over the signatures is cheap enough: 10,000 stories take about 4 ms on a shared 2-core machine
 * (StoryIndexTest), and only flagged articles (a few per minute) are matched.
 * Rebuilt from the store whenever the clusterer starts, so it never outlives or contradicts the store.
 */
public final class StoryIndex {
    private record Entry(TextSignature signature, long firstSeen) {
    }

    private final Map<String, Entry> stories = new HashMap<>();
    private final Map<String, String> storyByUrl = new HashMap<>();

    public void add(Story story) {
        stories.put(story.storyId(), new Entry(story.signature(), story.firstSeen()));
        story.copies().forEach(c -> storyByUrl.put(c.canonicalUrl(), story.storyId()));
    }

    public void remove(Story story) {
        stories.remove(story.storyId());
        story.copies().forEach(c -> storyByUrl.remove(c.canonicalUrl(), story.storyId()));
    }

    /** The story a canonical URL already belongs to, if that story started at or after {@code since}. */
    public String byUrl(String canonicalUrl, long since) {
        String id = storyByUrl.get(canonicalUrl);
        Entry e = id == null ? null : stories.get(id);
        return e != null && e.firstSeen() >= since ? id : null;
    }

    /** The most similar story started at or after {@code since} that {@code signature} is a copy of, or null. */
    public String match(TextSignature signature, long since) {
        String best = null;
        double bestScore = -1;
        for (var e : stories.entrySet()) {
            if (e.getValue().firstSeen() < since) {
                continue;
            }
            double score = SameStory.similarity(signature, e.getValue().signature());
            // ties go to the smaller id, so a replay picks the same story whatever the map's order
            if (score >= 0 && (score > bestScore || score == bestScore && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    public int size() {
        return stories.size();
    }
}
