package newswatch.app.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newswatch.common.json.Json;

/** Adds exemplar texts to a rules file as a line edit, so the analysts' comments and layout survive. */
final class Exemplars {
    private Exemplars() {
    }

    /** Title and text of a JSON object, or the file's text; whitespace collapsed, cut at a word near maxChars. */
    static String fromFile(Path file, int maxChars) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8).strip();
        String text = raw;
        if (raw.startsWith("{")) {
            // one JSON object, or JSON lines of which the first is used
            JsonNode n;
            try {
                n = Json.MAPPER.readTree(raw);
            } catch (IOException e) {
                n = Json.MAPPER.readTree(raw.lines().findFirst().orElse(raw));
            }
            String title = n.path("title").asText("");
            text = (title.isBlank() ? "" : title + ". ") + n.path("text").asText("");
        }
        return clip(text, maxChars, file.toString());
    }

    /** An article page fetched as ingest fetches it (SSRF guard, caps) and reduced to its main text. */
    static String fromUrl(String url, newswatch.common.config.IngestConfig config, int maxChars) {
        try (var http = new newswatch.ingest.http.SafeHttpClient(config)) {
            var page = http.get(url, null, null);
            if (!page.ok()) {
                throw new IllegalArgumentException(url + ": " + page.outcome() + " " + page.error());
            }
            var article = newswatch.ingest.extract.ArticleExtractor.extract(page.body(), page.contentType(), page.finalUrl());
            String title = article.title() == null ? "" : article.title();
            return clip((title.isBlank() ? "" : title + ". ") + article.text(), maxChars, url);
        }
    }

    private static String clip(String raw, int maxChars, String origin) {
        String text = raw.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(origin + ": no text to use as an exemplar");
        }
        if (text.length() > maxChars) {
            int cut = text.lastIndexOf(' ', maxChars);
            text = text.substring(0, cut > maxChars / 2 ? cut : maxChars);
        }
        return text;
    }

    /** The YAML with the example appended to the category's {@code exemplars:} list (created when absent). */
    static String insert(String yaml, String category, String example) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int cat = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("  " + category + ":")) {
                cat = i;
                break;
            }
        }
        if (cat < 0) {
            throw new IllegalArgumentException("no category '" + category + "' in the rules file (expected a line '  " + category + ":')");
        }
        int end = cat + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith("    "))) {
            end++;
        }
        String item = "      - " + quote(example);
        for (int i = cat + 1; i < end; i++) {
            if (lines.get(i).equals("    exemplars:")) {
                int last = i;
                while (last + 1 < end && lines.get(last + 1).startsWith("      - ")) {
                    last++;
                }
                lines.add(last + 1, item);
                return String.join("\n", lines) + "\n";
            }
        }
        lines.add(cat + 1, "    exemplars:");
        lines.add(cat + 2, item);
        return String.join("\n", lines) + "\n";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
