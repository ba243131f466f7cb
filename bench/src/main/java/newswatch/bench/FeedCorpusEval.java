package newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newswatch.ingest.feed.FeedParseException;
import newswatch.ingest.feed.FeedParser;

/**
 * Runs {@link FeedParser} over the third-party feed corpora and compares results with their expectations
 * (see {@link GofeedCases}, {@link RomeCases}, {@link FeedparserExpect}; feedvalidator's {@code !Error}
 * files must parse). Any exception other than {@link FeedParseException} is a crash. Files refused for declaring
 * a DOCTYPE (never allowed: XXE, entity expansion) are expected failures: counted apart, not evaluated.
 *
 * <p>Run: {@code java -cp 'bench/target/classes:bench/target/lib/*' newswatch.bench.FeedCorpusEval [evalDir]}.
 */
public final class FeedCorpusEval {

    /** The URL the files are parsed as coming from (relative links resolve against it). */
    static final String FEED_URL = "https://feeds.example/corpus/feed.xml";

    /** Per-corpus outcome. */
    public record Tally(String corpus, int files, int parsed, int rejected, int refusedDoctype, int crashed,
            int evaluated, int agreeing, int shortOfItems, List<String> crashes, List<String> disagreements) {

        public double agreement() {
            return evaluated == 0 ? 0 : (double) agreeing / evaluated;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%-22s files=%4d parsed=%4d rejected=%4d (DOCTYPE refused=%d) crashed=%d | evaluated=%4d"
                            + " agreeing=%4d (%.1f%%), disagreeing for missing items=%d | not-evaluated=%4d",
                    corpus, files, parsed, rejected, refusedDoctype, crashed, evaluated, agreeing, 100 * agreement(),
                    shortOfItems, files - evaluated);
        }
    }

    private FeedCorpusEval() {
    }

    /** All corpora under {@code evalDir}. */
    public static List<Tally> runAll(Path evalDir) throws IOException {
        List<Tally> out = new ArrayList<>();
        out.add(run("gofeed", GofeedCases.load(evalDir.resolve("feeds-gofeed"), FEED_URL)));
        out.add(run("rome (core)", RomeCases.load(evalDir.resolve("feeds-rome"), FEED_URL)));
        Path fp = evalDir.resolve("feeds-feedparser");
        for (String suite : List.of("wellformed", "illformed", "encoding", "entities")) {
            out.add(run("feedparser " + suite, feedparser(fp, suite)));
        }
        out.add(run("feedvalidator", feedvalidator(evalDir.resolve("feeds-feedvalidator"))));
        return out;
    }

    /** Parses every case and tallies. */
    public static Tally run(String corpus, List<FeedCase> cases) throws IOException {
        int parsed = 0;
        int rejected = 0;
        int refusedDoctype = 0;
        int evaluated = 0;
        int agreeing = 0;
        int shortOfItems = 0;
        List<String> crashes = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        for (FeedCase c : cases) {
            byte[] body = Files.readAllBytes(c.file());
            String verdict;
            try {
                var feed = FeedParser.parse(body, FEED_URL);
                parsed++;
                verdict = c.check() == null ? null : c.check().mismatch(feed);
            } catch (FeedParseException e) {
                rejected++;
                if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                    // refused on purpose (XXE): an expected failure, counted apart and not evaluated
                    refusedDoctype++;
                    continue;
                }
                verdict = "rejected: " + e.getMessage();
            } catch (RuntimeException | StackOverflowError e) {
                crashes.add(c.file() + ": " + e);
                verdict = "crashed: " + e;
            }
            if (c.check() != null) {
                evaluated++;
                if (verdict == null) {
                    agreeing++;
                } else {
                    // disagreements for a missing entry are counted apart: once the main cause, now rare
                    shortOfItems += verdict.startsWith("items: expected") || verdict.contains("missing, feed has") ? 1 : 0;
                    disagreements.add(c.file().getFileName() + ": " + verdict);
                }
            }
        }
        return new Tally(corpus, cases.size(), parsed, rejected, refusedDoctype, crashes.size(), evaluated, agreeing, shortOfItems, crashes,
                disagreements);
    }

    static List<FeedCase> feedparser(Path root, String suite) throws IOException {
        List<FeedCase> cases = new ArrayList<>();
        for (JsonNode r : jsonl(root.resolve("expectations.jsonl"))) {
            if (!suite.equals(r.path("suite").asText())) {
                continue;
            }
            Path file = root.resolve(r.get("file").asText());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            // Files meant to be served with HTTP headers depend on those headers: parsed, not evaluated.
            boolean http = r.path("served_over_http").asBoolean(false);
            cases.add(new FeedCase(file, http ? null : FeedparserExpect.parse(r.path("expect").asText(), FEED_URL)));
        }
        return cases;
    }

    static List<FeedCase> feedvalidator(Path root) throws IOException {
        List<FeedCase> cases = new ArrayList<>();
        for (JsonNode r : jsonl(root.resolve("expectations.jsonl"))) {
            Path file = root.resolve(r.get("file").asText());
            if (Files.isRegularFile(file)) {
                cases.add(new FeedCase(file, "!Error".equals(r.path("expect").asText().strip()) ? FeedCase.PARSES : null));
            }
        }
        return cases;
    }

    private static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.add(EvalData.JSON.readTree(line));
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0])
                : EvalData.dir().orElseThrow(() -> new IllegalStateException("no shared/eval; pass its path"));
        boolean verbose = args.length > 1 && args[1].equals("-v");
        for (Tally t : runAll(dir)) {
            System.out.println(t);
            t.crashes().forEach(c -> System.out.println("  CRASH " + c));
            if (verbose) {
                t.disagreements().forEach(d -> System.out.println("  " + d));
            }
        }
    }
}
