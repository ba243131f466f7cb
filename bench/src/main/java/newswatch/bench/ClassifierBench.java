package newswatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newswatch.processor.classify.Classifier;
import newswatch.processor.classify.RuleSet;

/**
 * Rules-only classification speed: {@link Classifier} over the Scrapinghub ground-truth article bodies
 * (181 real articles), against a baseline that only lower-cases each text and splits it into {@code \w+}
 * tokens, measured in the same run.
 */
final class ClassifierBench {

    private ClassifierBench() {
    }

    /** The repository's {@code conf/rules.yaml} (run from the repo root or a module directory), if present. */
    static Optional<Path> defaultRules() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path root : new Path[] {here, here.getParent()}) {
            if (root != null && Files.isRegularFile(root.resolve("conf").resolve("rules.yaml"))) {
                return Optional.of(root.resolve("conf").resolve("rules.yaml"));
            }
        }
        return Optional.empty();
    }

    static String run(Path evalDir, Path rulesFile, double minSeconds) throws IOException {
        Classifier classifier = new Classifier(RuleSet.load(rulesFile));
        List<String> texts = new ArrayList<>(EvalData.articleBodies(
                evalDir.resolve("article-extraction-scrapinghub").resolve("ground-truth.json")).values());
        Bench.Comparison c = Bench.compare(texts, t -> ScrapinghubScore.tokens(t.toLowerCase(Locale.ROOT)).size(),
                t -> classifier.classify(null, t, "en").hashCode(), minSeconds);
        return String.format(Locale.ROOT, "classification (rules only, %s): %d articles, 1 thread: %.0f articles/s;"
                        + " baseline lower-case + \\w+ tokens %.0f articles/s; ratio %.2f",
                rulesFile.getFileName(), texts.size(), c.subject().perSecond(), c.baseline().perSecond(), c.ratio());
    }
}
