package newswatch.processor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Explanation;
import newswatch.common.model.Timestamps;
import newswatch.processor.classify.CategoryResult;
import newswatch.processor.classify.Verdict;
import newswatch.processor.reload.ActiveRules;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KeyValueMapper;

/** Classifies one article and turns each flagged category into an alert keyed by its deterministic id. */
final class AlertMaker implements KeyValueMapper<String, Article, Iterable<KeyValue<String, Alert>>> {
    private final Supplier<ActiveRules> rules;
    private final Verdicts verdicts;
    private final Clock clock;

    /** @param rules read once per article: a hot reload takes effect from the next article on */
    AlertMaker(Supplier<ActiveRules> rules, Verdicts verdicts, Clock clock) {
        this.rules = rules;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    @Override
    public Iterable<KeyValue<String, Alert>> apply(String key, Article article) {
        Instant processed = clock.instant();
        ActiveRules active = rules.get();
        String ruleVersion = active.version();
        Verdict verdict = active.classifier().classify(article.title(), article.text(), article.language());
        List<CategoryResult> flagged = verdict.flagged();
        verdicts.article(flagged.isEmpty() ? Verdicts.NOT_RELEVANT : Verdicts.RELEVANT);
        String storyId = Hashes.storyId(article.canonicalUrl());
        List<KeyValue<String, Alert>> alerts = new ArrayList<>(flagged.size());
        for (CategoryResult r : flagged) {
            String alertId = Hashes.alertId(r.category(), storyId);
            Explanation why = new Explanation(r.matches(), r.negatives(), r.snippet(), ruleVersion, r.semanticScore());
            Timestamps times = new Timestamps(article.published(), article.fetched(), processed, clock.instant());
            alerts.add(KeyValue.pair(alertId, new Alert(Alert.SCHEMA_VERSION, alertId, r.category(), r.score(),
                    severity(r.score(), r.threshold()), storyId, ArticleRef.of(article), why, verdict.entities(), 1, times)));
            verdicts.alert(r.category());
            r.matches().stream().map(m -> m.rule()).distinct().forEach(rule -> verdicts.ruleHit(r.category(), rule));
        }
        return alerts;
    }

    static Alert.Severity severity(double score, double threshold) {
        if (score >= 2 * threshold) {
            return Alert.Severity.high;
        }
        return score >= 1.4 * threshold ? Alert.Severity.medium : Alert.Severity.low;
    }
}
