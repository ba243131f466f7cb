package newswatch.app.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newswatch.app.AppPaths;
import newswatch.bench.Bench;
import newswatch.bench.ExtractionEval;
import newswatch.bench.FeedCorpusEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Speed of extraction, feed parsing and rules-only classification as ratios to baselines measured in the same run;"
                + " with --quality, the extraction and feed-corpus scores. Needs the evaluation corpora (../shared/eval).")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--eval", paramLabel = "DIR", description = "Evaluation corpora (default: ../shared/eval next to the installation, or $NEWSWATCH_EVAL_DIR).")
    Path eval;

    @Option(names = "--seconds", defaultValue = "6", description = "Minimum measuring time per comparison (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--quality", description = "Also score extraction and feed parsing on the corpora.")
    boolean quality;

    @Override
    public Integer call() throws Exception {
        String dir = (eval != null ? eval : defaultEvalDir()).toString();
        Bench.main(new String[] {dir, String.valueOf(seconds), AppPaths.resolve("conf/rules.yaml").toString()});
        if (quality) {
            ExtractionEval.main(new String[] {dir});
            FeedCorpusEval.main(new String[] {dir});
        }
        return 0;
    }

    private static Path defaultEvalDir() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("NEWSWATCH_EVAL_DIR");
        if (env != null) {
            candidates.add(Path.of(env));
        }
        String home = System.getenv("NEWSWATCH_HOME");
        candidates.add(Path.of(home != null ? home : ".").toAbsolutePath().resolve("../shared/eval").normalize());
        return candidates.stream().filter(java.nio.file.Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no evaluation corpora found; pass --eval DIR"));
    }
}
