package newswatch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import newswatch.ingest.feed.FeedItem;

/**
 * Who an item is. Primarily its GUID; an item without one is its link in canonical form (tracking parameters,
 * fragment, default port dropped), so the same story reached through a re-tagged link is the same item. The
 * content hash catches feeds that re-issue GUIDs for stories they already published (CMS migrations, feeds that
 * put a timestamp in the GUID).
 */
final class ItemIdentity {
    // 64 bits: collisions among the few hundred hashes kept per feed are negligible, and state stays small.
    private static final int HASH_HEX_CHARS = 16;

    private ItemIdentity() {
    }

    /** The GUID when the feed gave one, else the canonical link; null when the item has neither. */
    static String of(FeedItem item) {
        // The parser falls back to the link as id when there is no GUID: then the link is the identity.
        boolean hasGuid = item.id() != null && !item.id().isBlank() && !item.id().equals(item.link());
        if (hasGuid) {
            return item.id();
        }
        return item.link() == null || item.link().isBlank() ? null : Urls.canonical(item.link());
    }

    /**
     * Hash of the normalised title and summary; null unless both are present, since a title alone ("Daily
     * briefing", "Press release") repeats across genuinely different stories.
     */
    static String contentHash(FeedItem item) {
        String title = normalise(item.title());
        String summary = normalise(item.summary());
        if (title.isEmpty() || summary.isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + summary).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Compatibility forms, entities decoded differently, case, punctuation and spacing do not make a new story. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
