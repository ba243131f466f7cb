package newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import newswatch.ingest.extract.ArticleExtractor;
import newswatch.ingest.extract.Extracted;
import org.jsoup.Jsoup;

/**
 * Runs {@link ArticleExtractor} over the third-party extraction corpora in {@code shared/eval}:
 * Scrapinghub's benchmark ({@link ScrapinghubScore}), trafilatura's corpus ({@link TrafilaturaScore}) and
 * Readability.js' test pages (metadata agreement, and shingle agreement with Readability.js' own output).
 *
 * <p>Run: {@code java -cp 'bench/target/classes:bench/target/lib/*' newswatch.bench.ExtractionEval [evalDir] [-v]
 * [--halves] [--misses=FILE[:even|odd]] [--no-readability]} (see {@link #main}).
 */
public final class ExtractionEval {

    private ExtractionEval() {
    }

    /** Scrapinghub pages are UTF-8 snapshots; the extractor gets that as the HTTP header would say it. */
    public static ScrapinghubScore.Result scrapinghub(Path evalDir) throws IOException {
        return scrapinghub(evalDir, (Map<String, PageResult>) null);
    }

    /** One Scrapinghub page's score and the extractor's failure reason (null when it returned text). */
    record PageResult(ScrapinghubScore.DocScore score, String failureReason) {
    }

    /** As {@link #scrapinghub(Path)}, also putting each page's URL and result into {@code perPage} when given. */
    static ScrapinghubScore.Result scrapinghub(Path evalDir, Map<String, PageResult> perPage)
            throws IOException {
        Path dir = evalDir.resolve("article-extraction-scrapinghub");
        Map<String, String> truth = EvalData.articleBodies(dir.resolve("ground-truth.json"));
        JsonNode urls = EvalData.json(dir.resolve("ground-truth.json"));
        Map<String, String> predicted = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (String id : truth.keySet()) {
            Path page = dir.resolve("html").resolve(id + ".html.gz");
            if (Files.isRegularFile(page)) {
                String url = urls.path(id).path("url").asText(null);
                Extracted got = ArticleExtractor.extract(EvalData.read(page), "text/html; charset=utf-8", url);
                predicted.put(id, got.text());
                if (got.failureReason() != null) {
                    failures.put(id, got.failureReason());
                }
            }
        }
        if (perPage != null) {
            truth.forEach((id, text) -> perPage.put(urls.path(id).path("url").asText(id), new PageResult(
                    ScrapinghubScore.score(text, predicted.getOrDefault(id, "")), failures.get(id))));
        }
        return ScrapinghubScore.evaluate(truth, predicted);
    }

    /** Trafilatura's pages come without HTTP headers: the extractor finds the charset itself. */
    public static TrafilaturaScore trafilatura(Path evalDir) throws IOException {
        Path dir = evalDir.resolve("article-extraction-trafilatura");
        JsonNode data = EvalData.json(dir.resolve("evaldata.json"));
        TrafilaturaScore score = new TrafilaturaScore();
        var it = data.properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            Path page = dir.resolve("html").resolve(e.getValue().path("file").asText() + ".gz");
            String text = Files.isRegularFile(page)
                    ? ArticleExtractor.extract(EvalData.read(page), "text/html", e.getKey()).text() : "";
            score.add(text, strings(e.getValue().path("with")), strings(e.getValue().path("without")));
        }
        return score;
    }

    /** Agreement with Readability.js on its own regression pages (not independent ground truth). */
    public record ReadabilityAgreement(int pages, double title, double byline, double lang,
            ScrapinghubScore.Result text) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pages=%d title=%.3f byline=%.3f lang=%.3f text(shingles vs Readability.js): %s",
                    pages, title, byline, lang, text);
        }
    }

    public static ReadabilityAgreement readabilityPages(Path evalDir) throws IOException {
        Path dir = evalDir.resolve("article-extraction-readability-testpages").resolve("test-pages");
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        int title = 0;
        int byline = 0;
        int lang = 0;
        List<ScrapinghubScore.DocScore> texts = new ArrayList<>();
        for (Path c : cases) {
            JsonNode meta = EvalData.json(c.resolve("expected-metadata.json"));
            Extracted got = ArticleExtractor.extract(Files.readAllBytes(c.resolve("source.html")), null,
                    "http://fakehost/test/page.html");
            title += FeedChecks.sameText(got.title(), meta.path("title").asText("")) ? 1 : 0;
            byline += FeedChecks.sameText(got.byline(), meta.path("byline").asText("")) ? 1 : 0;
            lang += sameLanguage(got.language(), meta.path("lang").asText("")) ? 1 : 0;
            if (Files.isRegularFile(c.resolve("expected.html"))) {
                String expected = Jsoup.parse(Files.readString(c.resolve("expected.html"))).text();
                texts.add(ScrapinghubScore.score(expected, got.text()));
            }
        }
        double n = Math.max(1, cases.size());
        return new ReadabilityAgreement(cases.size(), title / n, byline / n, lang / n, ScrapinghubScore.aggregate(texts));
    }

    /** Languages agree on their primary subtag, case-insensitively ("en-US" = "en"); null and blank agree. */
    static boolean sameLanguage(String actual, String expected) {
        return primary(actual).equals(primary(expected));
    }

    private static String primary(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    private static double nanToZero(double x) {
        return Double.isNaN(x) ? 0 : x;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Which documents a figure covers: all, or even/odd positions in the corpus's sorted ids (file names). */
    public enum Half {
        ALL, EVEN, ODD;

        boolean holds(int position) {
            return this == ALL || (position % 2 == 0) == (this == EVEN);
        }
    }

    /** Scrapinghub figures over one half: pages at even or odd positions of the sorted ids. */
    public static ScrapinghubScore.Result scrapinghub(Path evalDir, Half half) throws IOException {
        Path dir = evalDir.resolve("article-extraction-scrapinghub");
        Map<String, String> truth = EvalData.articleBodies(dir.resolve("ground-truth.json"));
        JsonNode urls = EvalData.json(dir.resolve("ground-truth.json"));
        List<String> ids = truth.keySet().stream().sorted().toList();
        List<ScrapinghubScore.DocScore> scores = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Path page = dir.resolve("html").resolve(ids.get(i) + ".html.gz");
            if (half.holds(i) && Files.isRegularFile(page)) {
                String url = urls.path(ids.get(i)).path("url").asText(null);
                Extracted got = ArticleExtractor.extract(EvalData.read(page), "text/html; charset=utf-8", url);
                scores.add(ScrapinghubScore.score(truth.get(ids.get(i)), got.text()));
            }
        }
        return ScrapinghubScore.aggregate(scores);
    }

    /**
     * Trafilatura figures over one half (positions in the documents sorted by file name); when {@code misses} is
     * given, each document with a missed "with" or a found "without" segment is written to it.
     */
    public static TrafilaturaScore trafilatura(Path evalDir, Half half, StringBuilder misses) throws IOException {
        Path dir = evalDir.resolve("article-extraction-trafilatura");
        JsonNode data = EvalData.json(dir.resolve("evaldata.json"));
        List<Map.Entry<String, JsonNode>> docs = new ArrayList<>();
        data.properties().forEach(docs::add);
        docs.sort(Map.Entry.comparingByValue(java.util.Comparator.comparing(n -> n.path("file").asText())));
        TrafilaturaScore score = new TrafilaturaScore();
        for (int i = 0; i < docs.size(); i++) {
            if (!half.holds(i)) {
                continue;
            }
            var e = docs.get(i);
            Path page = dir.resolve("html").resolve(e.getValue().path("file").asText() + ".gz");
            String text = Files.isRegularFile(page)
                    ? ArticleExtractor.extract(EvalData.read(page), "text/html", e.getKey()).text() : "";
            List<String> with = strings(e.getValue().path("with"));
            List<String> without = strings(e.getValue().path("without"));
            score.add(text, with, without);
            if (misses != null) {
                String norm = TrafilaturaScore.normalise(text);
                List<String> missed = with.stream().filter(w -> !norm.contains(TrafilaturaScore.normalise(w))).toList();
                List<String> found = without.stream().filter(w -> norm.contains(TrafilaturaScore.normalise(w))).toList();
                if (!missed.isEmpty() || !found.isEmpty()) {
                    misses.append(String.format(Locale.ROOT, "#%d %s  (%s) text=%d chars%n", i,
                            e.getValue().path("file").asText(), e.getKey(), text.length()));
                    missed.forEach(m -> misses.append("  MISSED ").append(m).append('\n'));
                    found.forEach(f -> misses.append("  FOUND  ").append(f).append('\n'));
                }
            }
        }
        return score;
    }

    /**
     * {@code ExtractionEval [evalDir] [-v] [--halves] [--misses=FILE[:even|odd]]}: {@code -v} lists the 15 worst
     * Scrapinghub pages; {@code --halves} adds the even/odd figures of both scored corpora; {@code --misses} writes
     * the trafilatura documents with errors (of one half when given) to FILE.
     */
    public static void main(String[] args) throws IOException {
        List<String> flags = java.util.Arrays.stream(args).filter(a -> a.startsWith("-")).toList();
        List<String> positional = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).toList();
        Path dir = !positional.isEmpty() ? Path.of(positional.get(0))
                : EvalData.dir().orElseThrow(() -> new IllegalStateException("no shared/eval; pass its path"));
        Map<String, PageResult> perPage = new LinkedHashMap<>();
        System.out.println("scrapinghub  " + scrapinghub(dir, perPage));
        if (flags.contains("-v")) {
            perPage.entrySet().stream()
                    .sorted(java.util.Comparator.comparingDouble(
                            e -> nanToZero(e.getValue().score().precision()) + e.getValue().score().recall()))
                    .limit(15)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  P=%.2f R=%.2f %s%s%n", e.getValue().score().precision(),
                            e.getValue().score().recall(), e.getKey(),
                            e.getValue().failureReason() == null ? "" : "  (" + e.getValue().failureReason() + ")"));
            System.out.println("  pages with no text: " + perPage.values().stream()
                    .filter(r -> r.failureReason() != null).count());
        }
        boolean halves = flags.contains("--halves");
        if (halves) {
            System.out.println("scrapinghub even  " + scrapinghub(dir, Half.EVEN));
            System.out.println("scrapinghub odd   " + scrapinghub(dir, Half.ODD));
        }
        String missesArg = flags.stream().filter(f -> f.startsWith("--misses=")).findFirst().orElse(null);
        if (missesArg != null) {
            String[] parts = missesArg.substring("--misses=".length()).split(":", 2);
            Half half = parts.length > 1 ? Half.valueOf(parts[1].toUpperCase(Locale.ROOT)) : Half.ALL;
            StringBuilder misses = new StringBuilder();
            System.out.println("trafilatura " + half.name().toLowerCase(Locale.ROOT) + " (misses) "
                    + trafilatura(dir, half, misses));
            Files.writeString(Path.of(parts[0]), misses);
        }
        System.out.println("trafilatura  " + trafilatura(dir));
        if (halves) {
            System.out.println("trafilatura even  " + trafilatura(dir, Half.EVEN, null));
            System.out.println("trafilatura odd   " + trafilatura(dir, Half.ODD, null));
        }
        if (!flags.contains("--no-readability")) {
            System.out.println("readability  " + readabilityPages(dir));
        }
    }
}
