package newswatch.processor.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AG News test split (research-only licence: read in place from the shared evaluation directory, never
 * copied into the repository). Looked up as {@code ../shared/eval} beside the repository root, else under
 * the directory named by {@code NEWSWATCH_EVAL_DIR}.
 */
final class AgNews {
    static final String RELATIVE = "news-ag-news-test/test.csv";

    record Row(int row, String agClass, String title, String description) {
    }

    private AgNews() {
    }

    static Optional<Path> locate() {
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        List<Path> candidates = new ArrayList<>();
        if (repoRoot != null && repoRoot.getParent() != null) {
            candidates.add(repoRoot.getParent().resolve("shared/eval").resolve(RELATIVE));
        }
        String env = System.getenv("NEWSWATCH_EVAL_DIR");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env).resolve(RELATIVE));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    static List<Row> read(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cols = columns(line);
            n++;
            rows.add(new Row(n, cols.get(0), clean(cols.get(1)), clean(cols.get(2))));
        }
        return rows;
    }

    /** Three double-quoted columns; a doubled quote inside is a literal quote. */
    private static List<String> columns(String line) {
        List<String> cols = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cols.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cols.add(cur.toString());
        while (cols.size() < 3) {
            cols.add("");
        }
        return cols;
    }

    /** The set escapes new lines as a backslash (sometimes followed by n). */
    private static String clean(String s) {
        return s.replace("\\n", " ").replace('\\', ' ');
    }
}
