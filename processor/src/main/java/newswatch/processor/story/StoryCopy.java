package newswatch.processor.story;

import newswatch.common.model.ArticleRef;

/** One copy of a story: its canonical URL (the identity ingest gives it) and what analysts see of it. */
public record StoryCopy(String canonicalUrl, ArticleRef article) {
}
