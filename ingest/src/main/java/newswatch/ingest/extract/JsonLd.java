package newswatch.ingest.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The schema.org article object a page describes itself with in {@code application/ld+json}, if any. */
record JsonLd(String headline, String articleBody, String datePublished, String author, String publisher) {
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
            "Report", "ScholarlyArticle", "SocialMediaPosting");
    // Publishers' JSON-LD is often hand-written: tolerate its usual slips rather than lose the metadata.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_NODES = 2000;
    static final JsonLd NONE = new JsonLd(null, null, null, null, null);

    static JsonLd find(PageIndex page) {
        for (Element script : page.jsonLd) {
            try {
                JsonNode article = articleNode(MAPPER.readTree(script.data()));
                if (article != null) {
                    return new JsonLd(text(article.get("headline")), text(article.get("articleBody")),
                            text(article.get("datePublished")), names(article.get("author")),
                            names(article.get("publisher")));
                }
            } catch (IOException e) {
                // a broken block is common; other blocks or the HTML still count
            }
        }
        return NONE;
    }

    private static JsonNode articleNode(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        for (int seen = 0; !todo.isEmpty() && seen < MAX_NODES; seen++) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                if (isArticle(n.get("@type"))) {
                    return n;
                }
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
                if (n.has("mainEntity")) {
                    todo.add(n.get("mainEntity"));
                }
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    /** "name", {"name": ...} or a list of either, joined. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            String name = n.isObject() ? text(n.get("name")) : text(n);
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode n) {
        return n == null || !n.isValueNode() || n.asText().isBlank() ? null : n.asText().strip();
    }
}
