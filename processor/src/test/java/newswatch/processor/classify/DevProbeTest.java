package newswatch.processor.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores a range of dev.jsonl (ids from -Dprobe.from to -Dprobe.to) and lists the misses: for scoring a fresh batch. */
class DevProbeTest {
    @Test
    void probe() {
        int from = Integer.getInteger("probe.from", 1);
        int to = Integer.getInteger("probe.to", 9999);
        RuleSet rules = RuleSet.load(Path.of("../conf/rules.yaml"));
        Classifier c = new Classifier(rules, false);
        EvalSet all = EvalSet.resource("dev.jsonl");
        List<EvalSet.Item> items = all.items().stream().filter(i -> {
            int n = Integer.parseInt(i.id().substring(4));
            return n >= from && n <= to;
        }).toList();
        EvalSet set = new EvalSet("dev[" + from + ".." + to + "]", items);
        Map<String, EvalSet.Confusion> r = set.evaluate(c, rules.categories());
        for (EvalSet.Confusion x : r.values()) {
            System.out.println("[probe] " + set.name() + " " + x.line());
            for (String id : x.fp()) System.out.println("[probe]   FP " + x.category() + " " + id + " " + title(items, id) + why(c, items, id, x.category()));
            for (String id : x.fn()) System.out.println("[probe]   FN " + x.category() + " " + id + " " + title(items, id) + why(c, items, id, x.category()));
        }
    }

    private static String why(Classifier c, List<EvalSet.Item> items, String id, String cat) {
        EvalSet.Item i = items.stream().filter(it -> it.id().equals(id)).findFirst().orElseThrow();
        CategoryResult r = c.classify(i.title(), i.text(), i.language()).results().get(cat);
        return "\n[probe]      score=" + r.score() + " matches=" + r.matches() + " neg=" + r.negatives();
    }

    private static String title(List<EvalSet.Item> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().map(EvalSet.Item::title).orElse("");
    }
}
