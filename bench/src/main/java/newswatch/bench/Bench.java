package newswatch.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import newswatch.ingest.extract.ArticleExtractor;
import newswatch.ingest.feed.FeedParseException;
import newswatch.ingest.feed.FeedParser;
import org.jsoup.Jsoup;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

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
 * Each measurement follows a warm-up and runs for at least {@code minSeconds} (default 5).
 *
 * <p>Run: {@code java -cp 'bench/target/classes:bench/target/lib/*' newswatch.bench.Bench [evalDir] [minSeconds]}.
 */
public final class Bench {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Bench() {
    }

    /** Items per second and the largest heap use seen. */
    record Speed(double perSecond, long peakHeapBytes) {
    }

    static <T> Speed measure(List<T> items, ToLongFunction<T> work, double minSeconds) {
        long sink = 0;
        for (int i = 0; i < 2; i++) {
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
                    if (domParse(body) >= 0 && feedParse(body) >= 0) {
                        out.add(body);
                    }
                }
            }
        }
        return out;
    }

    static long extract(byte[] page) {
        return ArticleExtractor.extract(page, "text/html; charset=utf-8", "https://bench.example/").text().length();
    }

    static long jsoupText(byte[] page) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(page), null, "https://bench.example/").text().length();
        } catch (IOException e) {
            return -1;
        }
    }

    static long feedParse(byte[] body) {
        try {
            return FeedParser.parse(body, "https://bench.example/feed.xml").items().size();
        } catch (FeedParseException e) {
            return -1;
        }
    }

    /** Fails on errors without printing them (the default handler prints each one on stderr). */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static final ThreadLocal<DocumentBuilder> DOM = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    static long domParse(byte[] body) {
        try {
            DocumentBuilder b = DOM.get();
            b.setErrorHandler(QUIET);
            return b.parse(new ByteArrayInputStream(body)).getDocumentElement().getChildNodes().getLength();
        } catch (Exception e) {
            return -1;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0])
                : EvalData.dir().orElseThrow(() -> new IllegalStateException("no shared/eval; pass its path"));
        double minSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;

        List<byte[]> pages = scrapinghubPages(dir);
        long mb = pages.stream().mapToLong(p -> p.length).sum() >> 20;
        Speed jsoup = measure(pages, Bench::jsoupText, minSeconds);
        Speed extractor = measure(pages, Bench::extract, minSeconds);
        System.out.printf(Locale.ROOT, "extraction: %d pages (%d MB), 1 thread: %.1f pages/s, peak heap %d MB;"
                        + " baseline Jsoup.parse+text() %.1f pages/s (peak heap %d MB); ratio %.2f%n",
                pages.size(), mb, extractor.perSecond(), extractor.peakHeapBytes() >> 20, jsoup.perSecond(),
                jsoup.peakHeapBytes() >> 20, extractor.perSecond() / jsoup.perSecond());

        List<byte[]> feeds = feeds(dir);
        long kb = feeds.stream().mapToLong(p -> p.length).sum() >> 10;
        Speed dom = measure(feeds, Bench::domParse, minSeconds);
        Speed parser = measure(feeds, Bench::feedParse, minSeconds);
        System.out.printf(Locale.ROOT, "feeds: %d corpus feeds (%d KB), 1 thread: %.0f feeds/s;"
                        + " baseline DOM parse %.0f feeds/s; ratio %.2f%n",
                feeds.size(), kb, parser.perSecond(), dom.perSecond(), parser.perSecond() / dom.perSecond());
    }
}
