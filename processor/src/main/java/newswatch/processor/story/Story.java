package newswatch.processor.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;

/**
 * A story as the clusterer stores it: the signature of its first copy, its copies, the distinct sources, and the
 * alert of each category in the form first made (the lead: later copies only add sources and related links).
 * Immutable: every change returns a new value to be put back in the store.
 *
 * @param firstSeen record timestamp of the first copy; the story window counts from it
 * @param sources   distinct source keys ({@link #sourceOf}), at most {@link #MAX_SOURCES}
 * @param copies    first copy first, at most {@link Alert#MAX_RELATED} + 1
 */
public record Story(String storyId, long firstSeen, TextSignature signature, List<StoryCopy> copies,
        List<String> sources, Map<String, Alert> alerts) {
    /** Bounds the stored record; a story picked up by more outlets than this is counted as this many. */
    public static final int MAX_SOURCES = 500;

    public Story {
        copies = List.copyOf(copies);
        sources = List.copyOf(sources);
        alerts = Map.copyOf(alerts);
    }

    public static Story first(String storyId, long firstSeen, TextSignature signature, StoryCopy copy, String source,
            List<Alert> alerts) {
        Story empty = new Story(storyId, firstSeen, signature, List.of(), List.of(), Map.of());
        return empty.with(copy, source, alerts);
    }

    /**
     * The story with one more copy. A category the story has no alert for yet takes the copy's alert; a copy with
     * the lead's own URL (an edited re-send) replaces the lead; otherwise the lead stays.
     */
    public Story with(StoryCopy copy, String source, List<Alert> newAlerts) {
        List<StoryCopy> allCopies = new ArrayList<>(copies);
        int known = indexOf(copy.canonicalUrl());
        if (known >= 0) {
            allCopies.set(known, copy);
        } else if (allCopies.size() <= Alert.MAX_RELATED) {
            allCopies.add(copy);
        }
        List<String> allSources = new ArrayList<>(sources);
        if (!allSources.contains(source) && allSources.size() < MAX_SOURCES) {
            allSources.add(source);
        }
        Map<String, Alert> leads = new LinkedHashMap<>(alerts);
        for (Alert alert : newAlerts) {
            Alert lead = leads.get(alert.category());
            if (lead == null || copy.canonicalUrl().equals(canonicalUrlOf(lead.article()))) {
                leads.put(alert.category(), alert);
            }
        }
        return new Story(storyId, firstSeen, signature, allCopies, allSources, leads);
    }

    /** The other copies, oldest first, as listed next to an alert about {@code article}. */
    public List<ArticleRef> relatedTo(ArticleRef article) {
        List<ArticleRef> related = new ArrayList<>();
        for (StoryCopy c : copies) {
            if (!Objects.equals(c.article().url(), article.url()) && related.size() < Alert.MAX_RELATED) {
                related.add(c.article());
            }
        }
        return related;
    }

    /**
     * Who published a copy, for counting independent sources: the publisher's name (the feed title), else the
     * host of the article's URL. Two feeds of one outlet with different titles count twice; that errs towards
     * more sources, never towards merging stories.
     */
    public static String sourceOf(String source, String url) {
        if (source != null && !source.isBlank()) {
            return source.strip().toLowerCase(java.util.Locale.ROOT);
        }
        if (url == null) {
            return "";
        }
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private String canonicalUrlOf(ArticleRef article) {
        for (StoryCopy c : copies) {
            if (Objects.equals(c.article().url(), article.url())) {
                return c.canonicalUrl();
            }
        }
        return null;
    }

    private int indexOf(String canonicalUrl) {
        for (int i = 0; i < copies.size(); i++) {
            if (copies.get(i).canonicalUrl().equals(canonicalUrl)) {
                return i;
            }
        }
        return -1;
    }
}
