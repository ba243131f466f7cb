package newswatch.processor.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A loaded, immutable rule set (from YAML): categories in file order and one term index over all of them. */
public final class RuleSet {
    private final String version;
    private final double titleWeight;
    private final List<Category> categories;
    private final Gazetteer gazetteer;
    private final SemanticSettings semantic;
    private final TermIndex index;
    private final Map<String, String> files;

    private RuleSet(String version, double titleWeight, Gazetteer gazetteer, SemanticSettings semantic,
            List<Category> categories, Map<String, String> files) {
        this.files = files;
        this.version = version;
        this.semantic = semantic;
        this.titleWeight = titleWeight;
        this.gazetteer = gazetteer;
        this.categories = categories;
        this.index = new TermIndex(java.util.stream.Stream.concat(gazetteer.allTerms(),
                categories.stream().flatMap(Category::allTerms)).toList());
    }

    /** Reads and validates a rule file; errors name the file, and the category and rule when known. */
    public static RuleSet load(Path yamlFile) {
        String yaml;
        try {
            yaml = Files.readString(yamlFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetException("cannot read rules file " + yamlFile + ": " + e, e);
        }
        Path dir = yamlFile.toAbsolutePath().getParent();
        return parse(yaml, yamlFile.toString(), dir);
    }

    /**
     * @param origin where the text came from, used in error messages (a path, a topic); an {@code entities:}
     *               file is resolved against the working directory
     */
    public static RuleSet parse(String yaml, String origin) {
        return parse(yaml, origin, Path.of("").toAbsolutePath());
    }

    /** @param baseDir where an {@code entities:} file named by the rules is looked up */
    public static RuleSet parse(String yaml, String origin, Path baseDir) {
        return parse(yaml, origin, path -> {
            Path file = baseDir.resolve(path);
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read entities file " + file + ": " + e, e);
            }
        });
    }

    /**
     * Parses rules whose named files travel with them (a rule set published to the rules topic), so the result,
     * version included, is the same as loading the file they were published from.
     *
     * @param files file contents by the path the YAML names them with
     */
    public static RuleSet parse(String yaml, String origin, Map<String, String> files) {
        return parse(yaml, origin, path -> {
            String text = files.get(path);
            if (text == null) {
                throw new IllegalArgumentException("entities file " + path + " was not published with the rules");
            }
            return text;
        });
    }

    private static RuleSet parse(String yaml, String origin, Function<String, String> reader) {
        StringBuilder hashed = new StringBuilder(yaml);
        Map<String, String> read = new LinkedHashMap<>();
        RuleSetParser.Parsed parsed;
        try {
            parsed = RuleSetParser.parse(yaml, path -> {
                String text = reader.apply(path);
                read.put(path, text);
                hashed.append('\0').append(text);
                try {
                    return Gazetteer.parse(text);
                } catch (Exception e) {
                    throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
                }
            });
        } catch (Exception e) {
            throw new RuleSetException("invalid rules in " + origin + ": " + e.getMessage(), e);
        }
        return new RuleSet(parsed.version() + "-" + shortHash(hashed.toString()), parsed.titleWeight(),
                parsed.gazetteer(), parsed.semantic(), parsed.categories(), Map.copyOf(read));
    }

    public List<String> categories() {
        return categories.stream().map(Category::name).toList();
    }

    /** The file's {@code version:} plus a short hash of its content and its entities file's, so every edit is traceable. */
    public String version() {
        return version;
    }

    /** The files the rules named (the {@code entities:} gazetteer), by the path the YAML uses: published along with it. */
    public Map<String, String> files() {
        return files;
    }

    double titleWeight() {
        return titleWeight;
    }

    List<Category> categoryRules() {
        return categories;
    }

    /** Whether the file switches the semantic stage on ({@code semantic: {enabled: true}}). */
    public boolean semanticEnabled() {
        return semantic.enabled();
    }

    SemanticSettings semantic() {
        return semantic;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    TermIndex index() {
        return index;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
