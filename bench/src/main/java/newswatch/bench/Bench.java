package newswatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import newswatch.ingest.extract.ArticleExtractor;
import newswatch.ingest.feed.FeedParser;

/**
 * Single-thread speed of extraction and feed parsing over corpus files held in memory, each reported as a
 * ratio against a baseline measured in the same run, so figures compare across machines:
 * <ul>
 *   <li>extraction: {@link ArticleExtractor} over the 181 Scrapinghub pages, against
 *       {@code Jsoup.parse(bytes) + doc.text()} on the same pages; plus the peak heap seen while extracting
 *       (heap used, sampled through {@link MemoryMXBean} after every page);
 *   <li>feeds: {@link FeedParser} over the corpus feeds that both parsers accept, against a plain
 *       namespace-aware DOM parse (DOCTYPEs refused, as ours) of the same bytes.
 * </ul>
 * and, when a rules file is found ({@code conf/rules.yaml} or the third argument), rules-only classification
 * ({@link ClassifierBench}). Each pair is warmed up, then measured in alternating rounds over at least {@code minSeconds}
 * (default 6) each; the ratio is the median round's.
 *
 * <p>Run: {@code java -cp 'bench/target/classes:bench/target/lib/*' newswatch.bench.Bench [evalDir] [minSeconds] [rules.yaml]}.
 */
public final class Bench {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Bench() {
    }

    /** Items per second and the largest heap use seen. */
    record Speed(double perSecond, long peakHeapBytes) {
    }

    /** Baseline and subject speeds (medians over rounds) and the median of the per-round ratios. */
    record Comparison(Speed baseline, Speed subject, double ratio) {
    }

    /**
     * Warms both up, then alternates baseline and subject for {@link #ROUNDS} rounds of {@code minSeconds /
     * ROUNDS} each, so that load from other processes hits both alike; the ratio is the median round's.
     */
    static <T> Comparison compare(List<T> items, ToLongFunction<T> baseline, ToLongFunction<T> subject,
            double minSeconds) {
        measure(items, baseline, 0, 2);
        measure(items, subject, 0, 2);
        List<Speed> b = new ArrayList<>();
        List<Speed> s = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            b.add(measure(items, baseline, minSeconds / ROUNDS, 0));
            s.add(measure(items, subject, minSeconds / ROUNDS, 0));
            ratios.add(s.get(r).perSecond() / b.get(r).perSecond());
        }
        return new Comparison(median(b), median(s), ratios.stream().sorted().toList().get(ROUNDS / 2));
    }

    static final int ROUNDS = 3;

    private static Speed median(List<Speed> speeds) {
        double perSecond = speeds.stream().mapToDouble(Speed::perSecond).sorted().toArray()[speeds.size() / 2];
        return new Speed(perSecond, speeds.stream().mapToLong(Speed::peakHeapBytes).max().orElse(0));
    }

    static <T> Speed measure(List<T> items, ToLongFunction<T> work, double minSeconds) {
        return measure(items, work, minSeconds, 2);
    }

    private static <T> Speed measure(List<T> items, ToLongFunction<T> work, double minSeconds, int warmups) {
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            for (T item : items) {
                sink += work.applyAsLong(item);
            }
        }
        System.gc();
        long peak = 0;
        long done = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (minSeconds * 1e9);
        do {
            for (T item : items) {
                sink += work.applyAsLong(item);
                peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
            }
            done += items.size();
        } while (System.nanoTime() < deadline);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print(""); // keeps the work observable
        }
        return new Speed(done / seconds, peak);
    }

    static List<byte[]> scrapinghubPages(Path evalDir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(evalDir.resolve("article-extraction-scrapinghub").resolve("html"))) {
            for (Path f : files.sorted().toList()) {
                pages.add(EvalData.read(f));
            }
        }
        return pages;
    }

    /** Corpus feeds accepted by both FeedParser and the DOM baseline. */
    static List<byte[]> feeds(Path evalDir) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String dir : List.of("feeds-rome", "feeds-gofeed/testdata/parser", "feeds-feedparser/wellformed")) {
            try (Stream<Path> files = Files.walk(evalDir.resolve(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    byte[] body = Files.readAllBytes(f);
                    if (Baselines.domParse(body) >= 0 && Baselines.feedParse(body) >= 0) {
                        out.add(body);
                    }
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0])
                : EvalData.dir().orElseThrow(() -> new IllegalStateException("no shared/eval; pass its path"));
        double minSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 6;

        List<byte[]> pages = scrapinghubPages(dir);
        long mb = pages.stream().mapToLong(p -> p.length).sum() >> 20;
        Comparison extraction = compare(pages, Baselines::jsoupText, Baselines::extract, minSeconds);
        Speed jsoup = extraction.baseline();
        Speed extractor = extraction.subject();
        System.out.printf(Locale.ROOT, "extraction: %d pages (%d MB), 1 thread: %.1f pages/s, peak heap %d MB;"
                        + " baseline Jsoup.parse+text() %.1f pages/s (peak heap %d MB); ratio %.2f%n",
                pages.size(), mb, extractor.perSecond(), extractor.peakHeapBytes() >> 20, jsoup.perSecond(),
                jsoup.peakHeapBytes() >> 20, extraction.ratio());

        List<byte[]> feeds = feeds(dir);
        long kb = feeds.stream().mapToLong(p -> p.length).sum() >> 10;
        Comparison parsing = compare(feeds, Baselines::domParse, Baselines::feedParse, minSeconds);
        System.out.printf(Locale.ROOT, "feeds: %d corpus feeds (%d KB), 1 thread: %.0f feeds/s;"
                        + " baseline DOM parse %.0f feeds/s; ratio %.2f%n",
                feeds.size(), kb, parsing.subject().perSecond(), parsing.baseline().perSecond(), parsing.ratio());

        Optional<Path> rules = args.length > 2 ? Optional.of(Path.of(args[2])) : ClassifierBench.defaultRules();
        if (rules.isPresent()) {
            System.out.println(ClassifierBench.run(dir, rules.get(), minSeconds));
        }
    }
}
