package newswatch.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). */
final class JsonFeeds {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFeeds() {
    }

    static ParsedFeed parse(byte[] body, String feedUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new FeedParseException("not valid JSON at " + feedUrl + ": " + e.getMessage(), e);
        }
        String version = text(root, "version");
        if (!root.isObject() || version == null || !version.startsWith("https://jsonfeed.org/version/")) {
            throw new FeedParseException("JSON at " + feedUrl + " is not a JSON Feed (no jsonfeed.org version)", null);
        }
        String home = FeedText.resolve(feedUrl, text(root, "home_page_url"));
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = FeedText.resolve(feedUrl, text(item, "url"));
            if (link == null) {
                link = FeedText.resolve(feedUrl, text(item, "external_url"));
            }
            String id = text(item, "id") != null ? text(item, "id") : link;
            if (id == null) {
                continue;
            }
            String summary = text(item, "summary");
            if (summary == null) {
                summary = text(item, "content_text") != null ? text(item, "content_text") : text(item, "content_html");
            }
            items.add(new FeedItem(id, FeedText.plain(text(item, "title")), link, date(item, "date_published"),
                    date(item, "date_modified"), author(item), FeedText.plain(summary)));
        }
        String format = "json_" + version.substring("https://jsonfeed.org/version/".length());
        return new ParsedFeed(format, FeedText.plain(text(root, "title")), home, null, items);
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
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        // ids may legally be numbers in the wild even though the spec says string
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
