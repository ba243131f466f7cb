package newswatch.app.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newswatch.app.AppPaths;
import newswatch.common.json.Json;
import newswatch.processor.classify.CategoryResult;
import newswatch.processor.classify.Classifier;
import newswatch.processor.classify.RuleSet;
import newswatch.processor.classify.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify JSON lines {id, text, title?, url?, language?} from FILE or stdin with the processor's classifier.")
public final class ClassifyCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE")
    Path file;

    @Option(names = "--rules", defaultValue = "conf/rules.yaml", description = "Rules file (default: ${DEFAULT-VALUE}).")
    String rules;

    @Override
    public Integer call() throws Exception {
        RuleSet ruleSet = newswatch.processor.classify.RuleFiles.load(AppPaths.resolve(rules).toString());
        Classifier classifier = new Classifier(ruleSet);
        int lineNo = 0;
        int bad = 0;
        try (BufferedReader in = file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode item = Json.MAPPER.readTree(line);
                    if (!item.hasNonNull("id") || !item.hasNonNull("text")) {
                        throw new IllegalArgumentException("'id' and 'text' are required");
                    }
                    Verdict v = classifier.classify(item.path("title").asText(null), item.get("text").asText(), item.path("language").asText(null));
                    System.out.println(result(item.get("id").asText(), v, ruleSet.version()));
                } catch (Exception e) {
                    bad++;
                    System.err.println("line " + lineNo + ": skipped: " + e.getMessage());
                }
            }
        }
        return bad == 0 ? 0 : 1;
    }

    private static ObjectNode result(String id, Verdict v, String version) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", id);
        var categories = out.putArray("categories");
        v.flagged().forEach(r -> categories.add(r.category()));
        out.set("entities", Json.MAPPER.valueToTree(v.entities()));
        ObjectNode scores = out.putObject("scores");
        ObjectNode explanation = out.putObject("explanation");
        explanation.put("ruleVersion", version);
        for (CategoryResult r : v.results().values()) {
            scores.put(r.category(), r.score());
            ObjectNode e = explanation.putObject(r.category());
            e.put("threshold", r.threshold());
            e.set("matches", Json.MAPPER.valueToTree(r.matches()));
            e.set("negatives", Json.MAPPER.valueToTree(r.negatives()));
            e.put("snippet", r.snippet());
            if (r.semanticScore() != null) {
                e.put("semanticScore", r.semanticScore());
            }
        }
        return out;
    }
}
