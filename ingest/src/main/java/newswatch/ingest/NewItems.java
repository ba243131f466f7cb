package newswatch.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import newswatch.ingest.feed.FeedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the items of a fetched feed that were not sent before, by identity or by content, and updates the memory. */
final class NewItems {
    private static final Logger LOG = LoggerFactory.getLogger(NewItems.class);

    /**
     * @param fresh   items to send, oldest first
     * @param seenIds identities to remember, newest last, at most the configured number
     * @param hashes  content hashes to remember, likewise
     */
    record Selection(List<FeedItem> fresh, List<String> seenIds, List<String> hashes) {
    }

    private NewItems() {
    }

    static Selection select(String feedUrl, List<FeedItem> newestFirst, List<String> seenIds, List<String> hashes,
            int remember) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(seenIds);
        LinkedHashSet<String> contents = new LinkedHashSet<>(hashes);
        List<FeedItem> items = new ArrayList<>(newestFirst);
        // Feeds list newest first; send oldest first so downstream sees stories in publication order.
        java.util.Collections.reverse(items);
        List<FeedItem> fresh = new ArrayList<>();
        for (FeedItem item : items) {
            String id = ItemIdentity.of(item);
            if (id == null) {
                // Nothing to key an article by (no GUID, no link): say so rather than drop it silently.
                LOG.warn("feed {}: item '{}' has neither a GUID nor a link; it cannot be sent", feedUrl, item.title());
                continue;
            }
            String hash = ItemIdentity.contentHash(item);
            // Raw id too: state written before identities were canonical holds the parser's id as it was.
            boolean known = ids.contains(id) || (item.id() != null && ids.contains(item.id()));
            if (!known && hash != null && contents.contains(hash)) {
                LOG.info("feed {}: item {} repeats a story already sent under another id; not sent again", feedUrl, id);
                known = true;
            }
            if (!known) {
                fresh.add(item);
            }
            // Re-inserted at the newest end: what the feed still lists is never the first forgotten.
            touch(ids, id);
            if (hash != null) {
                touch(contents, hash);
            }
        }
        return new Selection(fresh, newest(ids, remember), newest(contents, remember));
    }

    private static void touch(LinkedHashSet<String> set, String value) {
        set.remove(value);
        set.add(value);
    }

    private static List<String> newest(LinkedHashSet<String> set, int n) {
        List<String> all = new ArrayList<>(set);
        return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
    }
}
