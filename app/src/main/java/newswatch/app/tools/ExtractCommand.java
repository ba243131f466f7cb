package newswatch.app.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import newswatch.common.json.Json;
import newswatch.ingest.extract.ArticleExtractor;
import newswatch.ingest.extract.Extracted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the main text of HTML pages (.html or .html.gz) as the ingester does; one JSON line per file.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--url", description = "URL the page was fetched from, to resolve relative links.")
    String url;

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            Extracted x = ArticleExtractor.extract(read(file), null, url != null ? url : file.toUri().toString());
            ObjectNode line = Json.MAPPER.createObjectNode();
            line.put("file", file.toString());
            line.put("title", x.title());
            line.put("byline", x.byline());
            line.put("published", x.published() == null ? null : x.published().toString());
            line.put("language", x.language());
            line.put("canonicalUrl", x.canonicalUrl());
            line.put("siteName", x.siteName());
            line.put("text", x.text());
            if (x.failureReason() != null) {
                line.put("error", x.failureReason());
            }
            System.out.println(line);
        }
        return 0;
    }

    static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
