package newswatch.bench;

import java.net.URI;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * How parsed feed values are compared with a corpus' expected values. Our {@code FeedParser} returns plain
 * text and absolute links, while the corpora record the raw values, so:
 * <ul>
 *   <li>texts agree when equal after whitespace normalisation, or when ours equals the expected value read as
 *       HTML and reduced to its text (an HTML title becomes plain text in our model); null and blank agree;
 *   <li>links agree when equal, or when ours is the expected relative link resolved against the feed's URL
 *       (or any base: ours ends with {@code "/" + expected}).
 * </ul>
 */
final class FeedChecks {

    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private FeedChecks() {
    }

    static String norm(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }

    static boolean sameText(String actual, String expected) {
        String a = norm(actual);
        String e = norm(expected);
        return a.equals(e) || a.equals(norm(Jsoup.parse(e).text()));
    }

    static boolean sameLink(String actual, String expected, String feedUrl) {
        String a = norm(actual);
        String e = norm(expected);
        if (a.equals(e)) {
            return true;
        }
        if (e.isEmpty() || SCHEME.matcher(e).find()) {
            return false;
        }
        try {
            if (a.equals(URI.create(feedUrl).resolve(e).toString())) {
                return true;
            }
        } catch (IllegalArgumentException notAUri) {
            // fall through to the suffix rule
        }
        return a.endsWith("/" + e);
    }

    /** "field: expected X, got Y" or null when they agree. */
    static String text(String field, String actual, String expected) {
        return sameText(actual, expected) ? null : field + ": expected '" + expected + "', got '" + actual + "'";
    }

    static String link(String field, String actual, String expected, String feedUrl) {
        return sameLink(actual, expected, feedUrl) ? null
                : field + ": expected '" + expected + "', got '" + actual + "'";
    }
}
