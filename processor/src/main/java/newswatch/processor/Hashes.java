package newswatch.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic identifiers, so every instance and every replay derives the same ids. */
final class Hashes {
    private Hashes() {
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Story id of a story whose first copy has this canonical URL; later copies take the story's id. */
    static String storyId(String canonicalUrl) {
        return sha256Hex(canonicalUrl).substring(0, 16);
    }

    static String alertId(String category, String storyId) {
        return sha256Hex(category + "|" + storyId).substring(0, 32);
    }
}
