package newswatch.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). */
final class JsonFeeds {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile(
            "(?:(?i:https?)://(?:www\\.)?jsonfeed\\.org/version/)?(1|1\\.0|1\\.1)/?");

    private JsonFeeds() {
    }

    static ParsedFeed parse(byte[] body, String feedUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new FeedParseException("not valid JSON at " + feedUrl + ": " + e.getMessage(), e);
        }
        String version = root.isObject() ? version(text(root, "version")) : null;
        if (version == null) {
            throw new FeedParseException("JSON at " + feedUrl + " is not a JSON Feed 1.0 or 1.1 (version "
                    + (root.isObject() ? text(root, "version") : null) + ")", null);
        }
        String home = FeedText.resolve(feedUrl, text(root, "home_page_url"));
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = FeedText.resolve(feedUrl, text(item, "url"));
            if (link == null) {
                link = FeedText.resolve(feedUrl, text(item, "external_url"));
            }
            String id = text(item, "id") != null ? text(item, "id") : link;
            String summary = text(item, "summary");
            if (summary == null) {
                summary = text(item, "content_text") != null ? text(item, "content_text") : text(item, "content_html");
            }
            items.add(new FeedItem(id, FeedText.plain(text(item, "title")), link, date(item, "date_published"),
                    date(item, "date_modified"), author(item), FeedText.plain(summary)));
        }
        return new ParsedFeed("json_" + version, FeedText.plain(text(root, "title")), home, null, items);
    }

    /**
     * "1.0" or "1.1" from the version field: the spec's URLs ({@code https://jsonfeed.org/version/1} is 1.0), also
     * over http or with a trailing slash, and the bare numbers some generators write; null for anything else.
     */
    static String version(String declared) {
        if (declared == null) {
            return null;
        }
        Matcher m = VERSION.matcher(declared.strip());
        if (!m.matches()) {
            return null;
        }
        return m.group(1).equals("1.1") ? "1.1" : "1.0";
    }

    private static String author(JsonNode item) {
        for (JsonNode a : item.path("authors")) {
            if (text(a, "name") != null) {
                return text(a, "name");
            }
        }
        return text(item.path("author"), "name"); // version 1.0
    }

    private static Instant date(JsonNode node, String field) {
        String v = text(node, field);
        try {
            return v == null ? null : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            return FeedDates.parse(v); // RFC 3339 is required, but other forms are found
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        // ids may legally be numbers in the wild even though the spec says string
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
