package newswatch.processor.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Measured quality of conf/rules.yaml: per-category precision, recall and F1 on the labelled sets, and the
 * share of AG News test items flagged. The floors sit below the current figures with a margin, so the suite
 * catches regressions; the product targets (P ≥ 0.95, R ≥ 0.90 on held-out) are reported, not asserted.
 * Baseline (rules v1, before this work): dev defection P .957 R .431, human-rights P 1.0 R .451; held-out
 * defection P .944 R .500, human-rights P 1.0 R .500; AG News 4/7600. Rules were tuned on dev only.
 * Rules v3 (dev grown from 138 to 616 items, written in fresh batches, each scored before the rules were changed
 * for it; see the eval README): dev defection P .974 R .996, human-rights P 1.0 R .979; AG News 8/7600.
 * Rules v4 (dev grown to 1011 items in thirteen more fresh batches, each scored before the rules changed for it): dev
 * defection P .967 R .992, human-rights P 1.0 R .974 (with the semantic stage on, human-rights P .993); AG News 8/7600.
 * Held-out with v4, measured once after the round: held-out defection P 1.0 R .912, human-rights P 1.0 R .971; blind
 * held-out (heldout2) defection P .981 R .946, human-rights P 1.0 R .870. Held-out floors sit a few points below.
 * Rules v5 (dev grown to 1111 items with a 100-item blind probe, scored before any change for it): dev defection
 * P .965 R .992, human-rights P 1.0 R .976; AG News 8/7600. Held-out, measured once after the round: unchanged
 * (defection P 1.0 R .912, human-rights P 1.0 R .971); heldout2 defection P .981 R .946, human-rights P 1.0 R .889.
 */
class ClassifierEvalTest {
    static final RuleSet RULES = RuleSet.load(Path.of("../conf/rules.yaml"));
    /** As shipped: rules, plus the semantic stage when the rules file enables it. */
    static final Classifier CLASSIFIER = new Classifier(RULES);
    static final Classifier RULES_ONLY = new Classifier(RULES, false);
    static final Classifier WITH_SEMANTIC = new Classifier(RULES, true);

    @Test
    void devSetMeetsFloors() {
        check("rules-only", RULES_ONLY, EvalSet.resource("dev.jsonl"), 0.95, 0.96);
        check("+semantic", WITH_SEMANTIC, EvalSet.resource("dev.jsonl"), 0.95, 0.96);
    }

    @Test
    void heldOutSetMeetsFloors() {
        check("rules-only", RULES_ONLY, EvalSet.resource("heldout.jsonl"), 0.95, 0.85);
        check("+semantic", WITH_SEMANTIC, EvalSet.resource("heldout.jsonl"), 0.95, 0.85);
    }

    /** Written by someone who had not seen the rules (see eval/README.md); figures only, never tuned on. */
    @Test
    void blindHeldOutSetMeetsFloors() {
        check("rules-only", RULES_ONLY, EvalSet.resource("heldout2.jsonl"), 0.95, 0.82);
    }

    @Test
    void flagsWellUnderOnePercentOfAgNews() throws Exception {
        Optional<Path> csv = AgNews.locate();
        assumeTrue(csv.isPresent(), "AG News test split not found (../shared/eval or NEWSWATCH_EVAL_DIR)");
        List<AgNews.Row> rows = AgNews.read(csv.get());
        List<String> flagged = new ArrayList<>();
        for (AgNews.Row r : rows) {
            Verdict v = CLASSIFIER.classify(r.title(), r.description(), "en");
            if (!v.flagged().isEmpty()) {
                flagged.add(r.row() + " " + v.flagged().stream().map(CategoryResult::category).toList() + " " + r.title());
            }
        }
        double share = (double) flagged.size() / rows.size();
        System.out.printf(Locale.ROOT, "[eval] AG News: %d of %d flagged (%.3f%%)%n", flagged.size(), rows.size(), 100 * share);
        flagged.forEach(f -> System.out.println("[eval]   " + f));
        assertThat(rows).hasSize(7600);
        assertThat(share).as("share of AG News flagged").isLessThan(0.005);
    }

    private static void check(String mode, Classifier classifier, EvalSet set, double minPrecision, double minRecall) {
        Map<String, EvalSet.Confusion> result = set.evaluate(classifier, RULES.categories());
        SoftAssertions soft = new SoftAssertions();
        for (EvalSet.Confusion c : result.values()) {
            System.out.println("[eval] " + set.name() + " " + mode + " " + c.line());
            String detail = mode + " " + c.category() + " fp=" + c.fp() + " fn=" + c.fn();
            soft.assertThat(c.precision()).as(set.name() + " precision " + detail).isGreaterThanOrEqualTo(minPrecision);
            soft.assertThat(c.recall()).as(set.name() + " recall " + detail).isGreaterThanOrEqualTo(minRecall);
        }
        soft.assertAll();
    }
}
