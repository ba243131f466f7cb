package newswatch.app.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import newswatch.common.json.Json;
import newswatch.ingest.feed.FeedItem;
import newswatch.ingest.feed.FeedParser;
import newswatch.ingest.feed.ParsedFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse-feed", mixinStandardHelpOptions = true,
        description = "Parse feed files with the ingester's parser; one JSON line per file.")
public final class ParseFeedCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--url", description = "URL the feed was fetched from, to resolve relative links (default: the file's URI).")
    String url;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        int failed = 0;
        for (Path file : files) {
            ObjectNode line = Json.MAPPER.createObjectNode();
            line.put("file", file.toString());
            try {
                ParsedFeed feed = FeedParser.parse(Files.readAllBytes(file), url != null ? url : file.toUri().toString());
                line.put("ok", true);
                line.putNull("error");
                line.put("format", feed.format());
                line.put("title", feed.title());
                line.put("link", feed.link());
                ArrayNode entries = line.putArray("entries");
                feed.items().forEach(item -> entries.add(entry(item)));
            } catch (Exception e) {
                failed++;
                line.put("ok", false);
                line.put("error", e.getMessage());
                line.putNull("format");
                line.putNull("title");
                line.putNull("link");
                line.putArray("entries");
            }
            out.println(line);
        }
        return failed == 0 ? 0 : 1;
    }

    private static ObjectNode entry(FeedItem item) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("id", item.id());
        e.put("title", item.title());
        e.put("link", item.link());
        e.put("published", iso(item.published()));
        e.put("updated", iso(item.updated()));
        e.put("author", item.author());
        e.put("summary", item.summary());
        return e;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
