package newswatch.common.model;

import java.time.Instant;

/** The article an alert is about, as the analyst sees it. */
public record ArticleRef(String url, String title, String source, String language, Instant published) {
    public static ArticleRef of(Article a) {
        return new ArticleRef(a.url(), a.title(), a.source(), a.language(), a.published());
    }
}
