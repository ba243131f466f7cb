package newswatch.app.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import newswatch.app.AppPaths;
import newswatch.common.json.Json;
import newswatch.processor.classify.CategoryResult;
import newswatch.processor.classify.Classifier;
import newswatch.processor.classify.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Work on a rules file: compare a change against the current rules, add exemplars;"
                + " publish it to running processors and show what they use.",
        subcommands = {RulesCommand.Test.class, RulesCommand.AddExample.class, RulePrecisionCommand.class,
            RulesPublishCommand.class, RulesShowCommand.class})
public final class RulesCommand {

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Classify JSON lines {id, text, title?, labels?} with a candidate rules file and with the current one,"
                    + " and list what the change adds (+) and removes (-) per category.")
    static final class Test implements Callable<Integer> {
        @Option(names = "--rules", required = true, description = "Candidate rules file.")
        String rules;

        @Option(names = "--baseline", defaultValue = "conf/rules.yaml", description = "Current rules file (default: ${DEFAULT-VALUE}).")
        String baseline;

        @Option(names = "--semantic", description = "Run the semantic stage as the files configure it (slower; default: rules only).")
        boolean semantic;

        @Parameters(paramLabel = "ARTICLES.jsonl")
        Path articles;

        @Override
        public Integer call() throws Exception {
            RuleSet before = RuleSet.load(AppPaths.resolve(baseline));
            RuleSet after = RuleSet.load(AppPaths.resolve(rules));
            RuleDiff diff = new RuleDiff(new Classifier(before, semantic && before.semanticEnabled()),
                    new Classifier(after, semantic && after.semanticEnabled()));
            int lineNo = 0;
            for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = Json.MAPPER.readTree(line);
                if (!item.hasNonNull("id") || !item.hasNonNull("text")) {
                    throw new IllegalArgumentException(articles + " line " + lineNo + ": 'id' and 'text' are required");
                }
                Set<String> labels = null;
                if (item.has("labels")) {
                    labels = new TreeSet<>();
                    for (JsonNode l : item.get("labels")) {
                        labels.add(l.asText());
                    }
                }
                diff.add(item.get("id").asText(), item.path("title").asText(null), item.get("text").asText(),
                        item.path("language").asText(null), labels);
            }
            diff.print(System.out, before.version(), after.version());
            return 0;
        }
    }

    @Command(name = "add-example", mixinStandardHelpOptions = true,
            description = "Add an article (plain text, or a JSON object with title and text) as an exemplar of a category:"
                    + " semantic matching then scores similar stories higher.")
    static final class AddExample implements Callable<Integer> {
        @Option(names = "--category", required = true)
        String category;

        @Option(names = "--rules", defaultValue = "conf/rules.yaml", description = "Rules file to edit (default: ${DEFAULT-VALUE}).")
        String rules;

        @Option(names = "--max-chars", defaultValue = "400", description = "Exemplar length cap (default: ${DEFAULT-VALUE}).")
        int maxChars;

        @picocli.CommandLine.Mixin
        newswatch.app.ConfigOptions options;

        @Parameters(paramLabel = "FILE|URL", description = "A text or JSON file, or the URL of an article page (\"more like this one\").")
        String source;

        @Override
        public Integer call() throws Exception {
            Path rulesFile = AppPaths.resolve(rules);
            String example = source.matches("(?i)https?://.+")
                    ? Exemplars.fromUrl(source, options.load().ingest(), maxChars)
                    : Exemplars.fromFile(Path.of(source), maxChars);
            String yaml = Files.readString(rulesFile, StandardCharsets.UTF_8);
            String edited = Exemplars.insert(yaml, category, example);
            // never write a file the processor would reject
            RuleSet.parse(edited, rulesFile.toString(), rulesFile.toAbsolutePath().getParent());
            Path tmp = rulesFile.resolveSibling(rulesFile.getFileName() + ".tmp");
            Files.writeString(tmp, edited, StandardCharsets.UTF_8);
            Files.move(tmp, rulesFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            System.out.println("added exemplar to '" + category + "' in " + rulesFile + ": " + example);
            return 0;
        }
    }

    /** What a rule change does to a set of articles, per category, with precision/recall when labels are given. */
    static final class RuleDiff {
        private final Classifier before;
        private final Classifier after;
        private final List<String> lines = new ArrayList<>();
        private final TreeMap<String, int[]> counts = new TreeMap<>(); // before, after, added, removed, tp0, tp1, positives
        private boolean labelled;

        RuleDiff(Classifier before, Classifier after) {
            this.before = before;
            this.after = after;
        }

        void add(String id, String title, String text, String language, Set<String> labels) {
            Set<String> was = flagged(before, title, text, language);
            Set<String> now = flagged(after, title, text, language);
            Set<String> categories = new TreeSet<>(was);
            categories.addAll(now);
            if (labels != null) {
                labelled = true;
                categories.addAll(labels);
            }
            for (String c : categories) {
                int[] k = counts.computeIfAbsent(c, x -> new int[7]);
                boolean b = was.contains(c);
                boolean a = now.contains(c);
                boolean want = labels != null && labels.contains(c);
                k[0] += b ? 1 : 0;
                k[1] += a ? 1 : 0;
                k[4] += b && want ? 1 : 0;
                k[5] += a && want ? 1 : 0;
                k[6] += want ? 1 : 0;
                if (a != b) {
                    k[a ? 2 : 3]++;
                    String mark = labels == null ? "" : want == a ? "  (right)" : "  (wrong)";
                    lines.add((a ? "+ " : "- ") + c + "  " + id + "  " + (title == null ? "" : title) + mark);
                }
            }
        }

        void print(PrintStream out, String versionBefore, String versionAfter) {
            out.println("rules " + versionBefore + " -> " + versionAfter);
            lines.forEach(out::println);
            counts.forEach((c, k) -> {
                out.printf(Locale.ROOT, "%-14s flagged %d -> %d  (+%d, -%d)", c, k[0], k[1], k[2], k[3]);
                if (labelled) {
                    out.printf(Locale.ROOT, "  precision %.3f -> %.3f  recall %.3f -> %.3f",
                            ratio(k[4], k[0]), ratio(k[5], k[1]), ratio(k[4], k[6]), ratio(k[5], k[6]));
                }
                out.println();
            });
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        private static Set<String> flagged(Classifier c, String title, String text, String language) {
            Set<String> out = new TreeSet<>();
            c.classify(title, text, language).flagged().stream().map(CategoryResult::category).forEach(out::add);
            return out;
        }
    }
}
