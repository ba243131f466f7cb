package newswatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newswatch.ingest.feed.FeedItem;

/**
 * Cases from ROME's core test feeds ({@code feeds-rome/rome/}). These feeds are self-describing: an element's
 * text is its own path, e.g. {@code <title>rss_2.0.channel.item[0].title</title>}. A file is evaluated when
 * its feed title is such a path ({@code P.channel.title} or {@code P.feed.title}); then the feed title and
 * link, the number of items (distinct {@code item[i]}/{@code entry[i]} title paths) and each item's title and
 * link (when the file gives it as a path) must equal the paths. Other files are only parsed.
 */
final class RomeCases {

    private static final Pattern FEED_TITLE = Pattern.compile(">\\s*(([\\w.]+?)\\.(?:channel|feed)\\.title)\\s*<");

    private RomeCases() {
    }

    static List<FeedCase> load(Path root, String feedUrl) {
        Path dir = root.resolve("rome");
        try (Stream<Path> files = Files.list(dir)) {
            List<FeedCase> cases = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".xml")).sorted()
                    .forEach(f -> cases.add(new FeedCase(f, check(read(f), feedUrl))));
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedCase.Check check(String xml, String feedUrl) {
        Matcher title = FEED_TITLE.matcher(xml);
        if (!title.find()) {
            return null;
        }
        String feedTitle = title.group(1);
        String prefix = Pattern.quote(title.group(2));
        String feedLink = first(xml, ">\\s*(" + prefix + "\\.(?:channel|feed)\\.link)\\s*<");
        TreeMap<Integer, String> titles = indexed(xml, prefix, "title");
        TreeMap<Integer, String> links = indexed(xml, prefix, "link");
        return feed -> {
            String m = FeedChecks.text("feed.title", feed.title(), feedTitle);
            if (m == null && feedLink != null) {
                m = FeedChecks.link("feed.link", feed.link(), feedLink, feedUrl);
            }
            if (m != null) {
                return m;
            }
            if (feed.items().size() != titles.size()) {
                return "items: expected " + titles.size() + ", got " + feed.items().size();
            }
            for (int i = 0; i < feed.items().size(); i++) {
                FeedItem item = feed.items().get(i);
                if (titles.containsKey(i) && (m = FeedChecks.text("items[" + i + "].title", item.title(), titles.get(i))) != null) {
                    return m;
                }
                if (links.containsKey(i) && (m = FeedChecks.link("items[" + i + "].link", item.link(), links.get(i), feedUrl)) != null) {
                    return m;
                }
            }
            return null;
        };
    }

    private static String first(String xml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    private static TreeMap<Integer, String> indexed(String xml, String prefix, String field) {
        Matcher m = Pattern.compile(">\\s*(" + prefix + "\\.[\\w.]*?(?:item|entry)\\[(\\d+)\\]\\." + field + ")\\s*<").matcher(xml);
        TreeMap<Integer, String> out = new TreeMap<>();
        while (m.find()) {
            out.putIfAbsent(Integer.parseInt(m.group(2)), m.group(1));
        }
        return out;
    }
}
