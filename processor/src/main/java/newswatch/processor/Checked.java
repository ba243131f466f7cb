package newswatch.processor;

import newswatch.common.model.Article;
import newswatch.common.model.DeadLetter;

/** An article that passed validation, or the dead letter saying why it did not: exactly one is set. */
record Checked(Article article, DeadLetter deadLetter) {
    boolean valid() {
        return deadLetter == null;
    }
}
