package newswatch.processor.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A loaded, immutable rule set (from YAML): categories in file order and one term index over all of them. */
public final class RuleSet {
    private final String version;
    private final double titleWeight;
    private final List<Category> categories;
    private final TermIndex index;

    private RuleSet(String version, double titleWeight, List<Category> categories) {
        this.version = version;
        this.titleWeight = titleWeight;
        this.categories = categories;
        this.index = new TermIndex(categories.stream().flatMap(Category::allTerms).toList());
    }

    /** Reads and validates a rule file; errors name the file, and the category and rule when known. */
    public static RuleSet load(Path yamlFile) {
        String yaml;
        try {
            yaml = Files.readString(yamlFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetException("cannot read rules file " + yamlFile + ": " + e, e);
        }
        return parse(yaml, yamlFile.toString());
    }

    /** @param origin where the text came from, used in error messages (a path, a topic) */
    public static RuleSet parse(String yaml, String origin) {
        RuleSetParser.Parsed parsed;
        try {
            parsed = RuleSetParser.parse(yaml);
        } catch (Exception e) {
            throw new RuleSetException("invalid rules in " + origin + ": " + e.getMessage(), e);
        }
        return new RuleSet(parsed.version() + "-" + shortHash(yaml), parsed.titleWeight(), parsed.categories());
    }

    public List<String> categories() {
        return categories.stream().map(Category::name).toList();
    }

    /** The file's {@code version:} plus a short hash of its content, so every edit is traceable in alerts. */
    public String version() {
        return version;
    }

    double titleWeight() {
        return titleWeight;
    }

    List<Category> categoryRules() {
        return categories;
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
