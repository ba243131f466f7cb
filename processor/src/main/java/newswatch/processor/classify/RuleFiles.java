package newswatch.processor.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the configured rules file. The shipped conf/rules.yaml is also inside the jar, so a service started
 * outside the installation directory (a container, a test, another working directory) still has its rules.
 */
public final class RuleFiles {
    /** The default of {@code processor.rules}. */
    public static final String DEFAULT = "conf/rules.yaml";
    private static final String BUNDLED = "/newswatch/rules.yaml";

    private RuleFiles() {
    }

    public static RuleSet load(String configured) {
        Path path = Path.of(configured);
        if (Files.exists(path) || !configured.equals(DEFAULT)) {
            return RuleSet.load(path);
        }
        try (InputStream in = RuleFiles.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return RuleSet.load(path);
            }
            return RuleSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rules", e);
        }
    }
}
