package newswatch.app.tools;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import newswatch.app.AppPaths;
import newswatch.app.BrokerConnection;
import newswatch.app.ConfigOptions;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.ingest.FeedCatalog;
import newswatch.ingest.feed.FeedList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Manage the feed catalog (the compacted feeds topic); running ingest instances pick changes up.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.Remove.class, FeedsCommand.ListFeeds.class,
            FeedsCommand.ImportOpml.class, FeedsCommand.ExportOpml.class})
public final class FeedsCommand {

    /** Shared by the subcommands: connect, act, close. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        abstract void run(BrokerConnection kafka) throws Exception;

        @Override
        public Integer call() throws Exception {
            try (BrokerConnection kafka = BrokerConnection.open(options.load())) {
                run(kafka);
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a feed by URL.")
    static final class Add extends Base {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec commandSpec;

        private picocli.CommandLine spec() {
            return commandSpec.commandLine();
        }

        @Parameters(paramLabel = "URL")
        String url;

        @Option(names = "--title")
        String title;

        @Override
        void run(BrokerConnection kafka) {
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(java.util.Locale.ROOT))) {
                throw new picocli.CommandLine.ParameterException(spec(), "not an http(s) URL: " + url);
            }
            var spec = FeedSpec.of(url, title == null ? url : title);
            FeedCatalog.add(kafka.config(), List.of(spec));
            System.out.println("added " + spec.url());
        }
    }

    @Command(name = "remove", description = "Remove feeds by URL.")
    static final class Remove extends Base {
        @Parameters(arity = "1..*", paramLabel = "URL")
        List<String> urls;

        @Override
        void run(BrokerConnection kafka) {
            FeedCatalog.remove(kafka.config(), urls);
            System.out.println("removed " + urls.size() + " feed(s)");
        }
    }

    @Command(name = "list", description = "List feeds with their health: last success, failures in a row, last error, next poll.")
    static final class ListFeeds extends Base {
        @Override
        void run(BrokerConnection kafka) {
            Map<String, FeedSpec> feeds = FeedCatalog.list(kafka.config());
            Map<String, FeedState> states = FeedCatalog.states(kafka.config());
            System.out.printf("%-60s %-12s %-22s %-8s %-22s %s%n", "FEED", "STATUS", "LAST SUCCESS", "FAILURES", "NEXT POLL", "LAST ERROR / WARNING");
            feeds.keySet().stream().sorted().forEach(url -> {
                FeedState s = states.getOrDefault(url, FeedState.initial(url));
                String note = s.lastError() != null ? s.lastError() : s.lastWarning() != null ? s.lastWarning() : "";
                System.out.printf("%-60s %-12s %-22s %-8d %-22s %s%n", url, s.lastStatus() == null ? "new" : s.lastStatus(),
                        s.lastSuccess() == null ? "never" : s.lastSuccess(), s.consecutiveFailures(),
                        s.nextPoll() == null ? "due" : s.nextPoll(), note);
            });
        }
    }

    @Command(name = "import-opml", description = "Add every feed of an OPML file (or a plain list of URLs).")
    static final class ImportOpml extends Base {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        void run(BrokerConnection kafka) throws Exception {
            List<FeedSpec> feeds = FeedList.read(AppPaths.resolve(file.toString()));
            FeedCatalog.add(kafka.config(), feeds);
            System.out.println("added " + feeds.size() + " feeds from " + file);
        }
    }

    @Command(name = "export-opml", description = "Write the feed catalog as OPML 2.0 to FILE or stdout.")
    static final class ExportOpml extends Base {
        @Parameters(arity = "0..1", paramLabel = "FILE")
        Path file;

        @Override
        void run(BrokerConnection kafka) throws Exception {
            Map<String, FeedSpec> feeds = FeedCatalog.list(kafka.config());
            try (OutputStream out = file == null ? OutputStream.nullOutputStream() : Files.newOutputStream(file)) {
                writeOpml(feeds.values(), file == null ? System.out : out);
            }
        }
    }

    static void writeOpml(java.util.Collection<FeedSpec> feeds, OutputStream out) throws Exception {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("opml");
        xml.writeAttribute("version", "2.0");
        xml.writeStartElement("head");
        xml.writeStartElement("title");
        xml.writeCharacters("Newswatch feeds");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("body");
        for (FeedSpec f : feeds.stream().sorted(java.util.Comparator.comparing(FeedSpec::url)).toList()) {
            xml.writeEmptyElement("outline");
            xml.writeAttribute("type", "rss");
            xml.writeAttribute("text", f.title() == null ? f.url() : f.title());
            xml.writeAttribute("xmlUrl", f.url());
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        out.flush();
    }
}
