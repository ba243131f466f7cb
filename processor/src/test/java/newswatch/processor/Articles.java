package newswatch.processor;

import java.time.Instant;
import newswatch.common.model.Article;

/** Test fixtures: articles as ingest would publish them. */
final class Articles {
    static final String DEFECTION_TITLE = "North Korean diplomat defects to South Korea";
    static final String DEFECTION_TEXT = "A North Korean diplomat posted in Kuwait defected to South Korea with his family last year, "
            + "the unification ministry said on Tuesday.";
    static final String BOTH_TEXT = "A woman who fled North Korea in 2019 told the UN Human Rights Council she was beaten and "
            + "tortured in a political prison camp after being forcibly repatriated from China.";
    static final String IRRELEVANT_TEXT = "The company is recalling 200,000 vehicles over airbag defects that could cause injuries.";

    private Articles() {
    }

    static Article article(String url, String title, String text) {
        return article(url, "Example News", title, text);
    }

    static Article article(String url, String source, String title, String text) {
        return new Article(Article.SCHEMA_VERSION, url, url, url, "https://example.org/feed", source, title, text,
                "page", "en", Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-28T10:05:00Z"));
    }
}
