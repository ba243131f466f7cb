package newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Locates the third-party evaluation corpora ({@code shared/eval}) and reads their files. */
public final class EvalData {

    /** Environment variable naming the eval directory when it is not {@code ../shared/eval} of the repo. */
    public static final String ENV = "NEWSWATCH_EVAL_DIR";

    static final ObjectMapper JSON = new ObjectMapper();

    private EvalData() {
    }

    /**
     * The eval directory: {@code <repo>/../shared/eval}, the repo root being {@code user.dir} itself or
     * its parent (Maven runs module tests from the module directory); else {@code $NEWSWATCH_EVAL_DIR}.
     */
    public static Optional<Path> dir() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path root : new Path[] {here, here.getParent()}) {
            if (root != null && root.getParent() != null && Files.isDirectory(root.resolve("common"))
                    && Files.isRegularFile(root.resolve("pom.xml"))) {
                Path eval = root.getParent().resolve("shared").resolve("eval");
                if (Files.isDirectory(eval)) {
                    return Optional.of(eval);
                }
            }
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        return Optional.empty();
    }

    /** The file's bytes, gunzipped when its name ends with {@code .gz}. */
    public static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** Parses a JSON file. */
    public static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /**
     * Reads a Scrapinghub-format file of article bodies: {@code {id: {"articleBody": ...}}}, optionally
     * wrapped as {@code {"version": v, "output": {...}}}.
     */
    public static Map<String, String> articleBodies(Path file) throws IOException {
        JsonNode root = json(file);
        if (root.has("output") && root.get("output").isObject()) {
            root = root.get("output");
        }
        Map<String, String> out = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            JsonNode body = e.getValue().get("articleBody");
            out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
        });
        return out;
    }
}
