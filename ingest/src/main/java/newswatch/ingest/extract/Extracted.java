package newswatch.ingest.extract;

import java.time.Instant;

/**
 * What could be read from an article page. Every field but {@code text} may be null.
 *
 * @param text          main text, paragraphs separated by blank lines; "" when extraction failed
 * @param failureReason why {@code text} is empty, else null
 */
public record Extracted(String title, String byline, Instant published, String language,
        String canonicalUrl, String siteName, String text, String failureReason) {

    static Extracted failed(String reason) {
        return new Extracted(null, null, null, null, null, null, "", reason);
    }
}
