package newswatch.processor;

import java.time.Instant;
import newswatch.common.json.Json;
import newswatch.common.model.Article;
import newswatch.common.model.DeadLetter;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Rejects articles the classifier cannot judge, keeping where they came from so they can be replayed. */
final class ArticleCheck implements FixedKeyProcessor<String, Article, Checked> {
    static final String STAGE = "validate";

    private final Verdicts verdicts;
    private FixedKeyProcessorContext<String, Checked> context;

    ArticleCheck(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Checked> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        String problem = problem(record.value());
        if (problem == null) {
            context.forward(record.withValue(new Checked(record.value(), null)));
            return;
        }
        verdicts.article(Verdicts.DLQ);
        RecordMetadata meta = context.recordMetadata().orElse(null);
        DeadLetter dead = new DeadLetter(DeadLetter.SCHEMA_VERSION, STAGE,
                meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset(),
                record.key(), problem, record.value() == null ? null : Json.write(record.value()), Instant.now());
        context.forward(record.withValue(new Checked(null, dead)));
    }

    private static String problem(Article a) {
        if (a == null) {
            return "empty record: no article";
        }
        if (a.canonicalUrl() == null || a.canonicalUrl().isBlank()) {
            return "article has no canonicalUrl";
        }
        if (a.text() == null || a.text().isBlank()) {
            return "article has no text";
        }
        return null;
    }
}
