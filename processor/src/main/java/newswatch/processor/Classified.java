package newswatch.processor;

import java.util.List;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;

/**
 * A flagged article with the alerts classification made for it: what the single-partition story repartition
 * topic carries from the parallel classifier to the clusterer. Internal to the processor; not a contract.
 */
public record Classified(Article article, List<Alert> alerts) {
    static final JsonSerde<Classified> SERDE = new JsonSerde<>(Classified.class);

    public Classified {
        alerts = List.copyOf(alerts);
    }
}
