package newswatch.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import newswatch.common.model.FeedSpec;

/**
 * Reads a feed list: OPML (by content: starts with <opml after optional XML decl/whitespace) or a plain list (one
 * URL per line, '#' comments, blank lines ignored). OPML parsed with DOCTYPEs forbidden (XXE-safe). Outline
 * nesting flattened; title from text/title attr. Invalid URLs rejected with an exception naming file and line/URL.
 * A URL listed twice is kept once, with its first title.
 */
public final class FeedList {
    // A DOCTYPE is allowed here only so that such a file is recognised as OPML and then refused by the parser.
    private static final Pattern OPML_START = Pattern.compile("^\\uFEFF?\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*)*"
            + "(<!DOCTYPE\\s+opml.*?>\\s*)?<opml[\\s>]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private FeedList() {
    }

    public static List<FeedSpec> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        List<FeedSpec> specs = OPML_START.matcher(head).find() ? Opml.read(bytes, file) : plain(bytes, file);
        Map<String, FeedSpec> unique = new LinkedHashMap<>();
        specs.forEach(s -> unique.putIfAbsent(s.url(), s));
        return List.copyOf(unique.values());
    }

    private static List<FeedSpec> plain(byte[] bytes, Path file) throws IOException {
        List<FeedSpec> out = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(FeedSpec.of(validUrl(line, file + ":" + (i + 1)), null));
        }
        return out;
    }

    /** The URL if it is an absolute http(s) URL with a host, else an IOException naming where it was found. */
    static String validUrl(String url, String where) throws IOException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            throw new IOException(where + ": invalid feed URL '" + url + "': " + e.getReason(), e);
        }
        throw new IOException(where + ": invalid feed URL '" + url + "' (need an absolute http or https URL)");
    }
}
