package newswatch.processor.classify;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Similarity of an article to each category's exemplars, with the quantised all-MiniLM-L6-v2 sentence model
 * running in-process on ONNX (the model ships in its Maven jar; nothing is downloaded). Thread-safe.
 */
final class Semantic {
    private final EmbeddingModel model;
    private final int maxChars;
    private final Map<String, List<Embedding>> exemplars = new LinkedHashMap<>();

    Semantic(List<Category> categories, int maxChars) {
        this(Model.INSTANCE, categories, maxChars);
    }

    Semantic(EmbeddingModel model, List<Category> categories, int maxChars) {
        this.model = model;
        this.maxChars = maxChars;
        for (Category c : categories) {
            if (!c.exemplars().isEmpty()) {
                exemplars.put(c.name(), c.exemplars().stream().map(e -> model.embed(e).content()).toList());
            }
        }
    }

    /** The article's embedding, computed once and shared by every category. */
    Embedding embed(String title, String text) {
        String joined = (title == null || title.isBlank() ? "" : title + ". ") + (text == null ? "" : text);
        return model.embed(joined.length() > maxChars ? joined.substring(0, maxChars) : joined).content();
    }

    /** Highest cosine similarity to the category's exemplars, or null when it has none. */
    Double similarity(String category, Embedding article) {
        List<Embedding> own = exemplars.get(category);
        if (own == null) {
            return null;
        }
        double best = -1;
        for (Embedding e : own) {
            best = Math.max(best, CosineSimilarity.between(article, e));
        }
        return best;
    }

    /** One model per JVM, loaded on first use (about a second). */
    private static final class Model {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
