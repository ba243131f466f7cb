package newswatch.ingest.feed;

import java.net.URI;
import org.jsoup.Jsoup;

/** Text clean-up shared by the feed formats. */
final class FeedText {
    private FeedText() {
    }

    /** Feed fields may hold markup or entities; analysts and the classifier want plain text. */
    static String plain(String htmlOrText) {
        if (htmlOrText == null) {
            return null;
        }
        String text = htmlOrText.indexOf('<') >= 0 || htmlOrText.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(htmlOrText).text()
                : htmlOrText.replaceAll("\\s+", " ");
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** Resolves a possibly relative link; an unresolvable one is returned as found rather than dropped. */
    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.isAbsolute() || base == null) {
                return trimmed;
            }
            return new URI(base.strip()).resolve(uri).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return trimmed;
        }
    }
}
