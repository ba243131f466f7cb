package newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newswatch.ingest.feed.FeedItem;
import newswatch.ingest.feed.ParsedFeed;

/**
 * Cases from gofeed's {@code testdata/parser/{atom,rss}} and {@code testdata/translator/{atom,rss}}: each
 * {@code X.xml} with its expected {@code X.json}. Field mapping to our model:
 * <ul>
 *   <li>parser/rss: feed {@code title}, {@code link}; items' {@code title}, {@code link}, {@code guid.value} (our id);
 *   <li>parser/atom: feed {@code title}, the first {@code links} entry with rel alternate (or no rel) and an
 *       href; entries' {@code title}, the same link rule, {@code id};
 *   <li>translator (format-neutral): feed {@code title}, {@code link}; items' {@code title}, {@code link}, {@code guid};
 *   <li>parser/json (JSON Feed {@code X.json} with {@code X_expected.json}): feed {@code title},
 *       {@code home_page_url}; items' {@code title}, {@code url}, {@code id};
 *   <li>all: items' parsed dates, {@code pubDateParsed} (rss) or {@code publishedParsed} (our published) and
 *       {@code updatedParsed} (our updated), compared as instants.
 * </ul>
 * When the JSON lists several {@code links}, ours may equal any of them. The number of items is compared too. A file is evaluated when its JSON holds at least one mapped field;
 * fields absent from the JSON are not compared.
 */
final class GofeedCases {

    /** gofeed's parsed-date fields: rss {@code pubDateParsed}, atom and translator {@code publishedParsed}. */
    private static final List<String> PUBLISHED = List.of("pubDateParsed", "publishedParsed");
    private static final List<String> UPDATED = List.of("updatedParsed");

    private GofeedCases() {
    }

    static List<FeedCase> load(Path root, String feedUrl) {
        List<FeedCase> cases = new ArrayList<>();
        for (String kind : List.of("parser", "translator")) {
            for (String format : List.of("atom", "rss", "json")) {
                Path dir = root.resolve("testdata").resolve(kind).resolve(format);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                // X.xml -> X.json; JSON Feed inputs X.json -> X_expected.json
                String in = format.equals("json") ? ".json" : ".xml";
                String out = format.equals("json") ? "_expected.json" : ".json";
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(in) && !f.toString().endsWith("_expected.json"))
                            .sorted().forEach(feed -> {
                                String name = feed.getFileName().toString();
                                Path json = feed.resolveSibling(name.substring(0, name.length() - in.length()) + out);
                                cases.add(new FeedCase(feed, Files.exists(json) ? check(read(json), feedUrl) : null));
                            });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return cases;
    }

    private static JsonNode read(Path json) {
        try {
            return EvalData.json(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the expectation holds no field we map. */
    static FeedCase.Check check(JsonNode expected, String feedUrl) {
        JsonNode items = expected.has("entries") ? expected.get("entries") : expected.path("items");
        boolean mapped = expected.has("title") || link(expected) != null;
        for (JsonNode item : items) {
            mapped |= item.has("title") || link(item) != null || id(item) != null || date(item, PUBLISHED) != null
                    || date(item, UPDATED) != null;
        }
        if (!mapped) {
            return null;
        }
        return feed -> {
            String m = compare("feed.title", feed.title(), expected, feedUrl, feed);
            if (m != null) {
                return m;
            }
            if (feed.items().size() != items.size()) {
                return "items: expected " + items.size() + ", got " + feed.items().size();
            }
            for (int i = 0; i < items.size(); i++) {
                FeedItem got = feed.items().get(i);
                JsonNode want = items.get(i);
                String p = "items[" + i + "].";
                if (want.has("title") && (m = FeedChecks.text(p + "title", got.title(), want.get("title").asText())) != null) {
                    return m;
                }
                if (link(want) != null && (m = anyLink(p + "link", got.link(), want, feedUrl)) != null) {
                    return m;
                }
                if (id(want) != null && (m = FeedChecks.text(p + "id", got.id(), id(want))) != null) {
                    return m;
                }
                if ((m = sameInstant(p + "published", got.published(), date(want, PUBLISHED))) != null
                        || (m = sameInstant(p + "updated", got.updated(), date(want, UPDATED))) != null) {
                    return m;
                }
            }
            return null;
        };
    }

    private static String compare(String field, String title, JsonNode expected, String feedUrl, ParsedFeed feed) {
        String m = expected.has("title") ? FeedChecks.text(field, title, expected.get("title").asText()) : null;
        if (m == null && link(expected) != null) {
            m = anyLink("feed.link", feed.link(), expected, feedUrl);
        }
        return m;
    }

    /** Ours may be any of the expected links: gofeed's {@code link} is the last of several, ours the first. */
    private static String anyLink(String field, String actual, JsonNode expected, String feedUrl) {
        for (JsonNode l : expected.path("links")) {
            String href = l.isTextual() ? l.asText() : l.path("href").asText(null);
            if (href != null && FeedChecks.sameLink(actual, href, feedUrl)) {
                return null;
            }
        }
        return FeedChecks.link(field, actual, link(expected), feedUrl);
    }

    /**
     * The expected link: {@code link} (rss, translator), JSON Feed's {@code home_page_url} (feed) or {@code url}
     * (item), else the first alternate {@code links} href (atom).
     */
    static String link(JsonNode node) {
        for (String field : List.of("link", "home_page_url", "url")) {
            if (node.path(field).isTextual()) {
                return node.get(field).asText();
            }
        }
        for (JsonNode l : node.path("links")) {
            String rel = l.path("rel").asText("alternate");
            if (l.path("href").isTextual() && (rel.isEmpty() || rel.equals("alternate"))) {
                return l.get("href").asText();
            }
        }
        return null;
    }

    /** "field: expected X, got Y" when an expected instant is given and ours differs, else null. */
    private static String sameInstant(String field, Instant actual, Instant expected) {
        return expected == null || expected.equals(actual) ? null
                : field + ": expected '" + expected + "', got '" + actual + "'";
    }

    /** The first of the given RFC 3339 fields the item holds, as an instant; null when none (or unreadable). */
    static Instant date(JsonNode item, List<String> fields) {
        for (String f : fields) {
            if (item.path(f).isTextual()) {
                try {
                    return OffsetDateTime.parse(item.get(f).asText()).toInstant();
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The expected item id: rss {@code guid.value}, translator {@code guid}, atom {@code id}. */
    static String id(JsonNode item) {
        JsonNode guid = item.path("guid");
        if (guid.isTextual()) {
            return guid.asText();
        }
        if (guid.path("value").isTextual()) {
            return guid.get("value").asText();
        }
        return item.path("id").isTextual() ? item.get("id").asText() : null;
    }
}
