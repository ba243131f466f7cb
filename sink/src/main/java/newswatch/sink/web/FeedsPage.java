package newswatch.sink.web;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newswatch.common.model.FeedState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The feed-health page, rendered on the server. Feed URLs and error messages come from the network, so the table is
 * built with Jsoup (text is escaped) and then passed through a {@link Safelist} cleaner: only plain table markup and
 * http/https links survive, whatever a feed managed to put in its state.
 */
final class FeedsPage {
    private static final Safelist SAFE = Safelist.relaxed().removeProtocols("a", "href", "ftp", "mailto")
            .addAttributes(":all", "class").addAttributes("a", "rel");

    private FeedsPage() {
    }

    static String render(Collection<FeedState> feeds) {
        Document doc = Document.createShell("");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title("Newswatch: feed health");
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/style.css");
        doc.head().appendElement("link").attr("rel", "icon").attr("href", "/favicon.svg");
        Element header = doc.body().appendElement("header");
        header.appendElement("h1").text("Feed health");
        header.appendElement("nav").appendElement("a").attr("href", "/").text("Alerts");
        String table = Jsoup.clean(table(feeds).outerHtml(), SAFE);
        doc.body().appendElement("main").html(table);
        return doc.outerHtml();
    }

    private static Element table(Collection<FeedState> feeds) {
        Element wrapper = new Element("div");
        List<FeedState> sorted = feeds.stream()
                .sorted(Comparator.comparingInt(FeedState::consecutiveFailures).reversed()
                        .thenComparing(f -> String.valueOf(f.feedUrl())))
                .toList();
        long failing = sorted.stream().filter(f -> f.consecutiveFailures() > 0).count();
        wrapper.appendElement("p").text(sorted.size() + " feeds, " + failing + " failing");
        Element table = wrapper.appendElement("table").addClass("feeds");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Feed", "Status", "Last success", "Last attempt", "Next poll", "Last error")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (FeedState f : sorted) {
            Element row = body.appendElement("tr").addClass(f.consecutiveFailures() > 0 ? "failing" : "ok");
            Element cell = row.appendElement("td");
            String url = f.feedUrl() == null ? "" : f.feedUrl();
            if (isHttp(url)) {
                cell.appendElement("a").attr("href", url).attr("rel", "noopener noreferrer").text(url);
            } else {
                cell.text(url);
            }
            row.appendElement("td").text(f.consecutiveFailures() == 0 ? "ok" : "failing (" + f.consecutiveFailures() + ")");
            row.appendElement("td").text(time(f.lastSuccess()));
            row.appendElement("td").text(time(f.lastAttempt()));
            row.appendElement("td").text(time(f.nextPoll()));
            row.appendElement("td").text(f.lastError() == null ? "" : f.lastError());
        }
        return wrapper;
    }

    static boolean isHttp(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }
}
