package newswatch.processor.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Finds the configured rules file. The shipped conf/rules.yaml (and the gazetteer it names) are also inside the jar,
 * so a service started outside the installation directory (a container, a test, another working directory)
 * still has its rules.
 */
public final class RuleFiles {
    /** The default of {@code processor.rules}. */
    public static final String DEFAULT = "conf/rules.yaml";
    private static final List<String> BUNDLED = List.of("rules.yaml", "entities.yaml");

    private RuleFiles() {
    }

    public static RuleSet load(String configured) {
        Path path = Path.of(configured);
        if (Files.exists(path) || !configured.equals(DEFAULT)
                || RuleFiles.class.getResource("/newswatch/rules.yaml") == null) {
            return RuleSet.load(path);
        }
        try {
            // The rules name their gazetteer by a path relative to themselves: keep the two side by side.
            Path dir = Files.createTempDirectory("newswatch-rules");
            for (String name : BUNDLED) {
                try (InputStream in = RuleFiles.class.getResourceAsStream("/newswatch/" + name)) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return RuleSet.load(dir.resolve("rules.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled rules", e);
        }
    }
}
