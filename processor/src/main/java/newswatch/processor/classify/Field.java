package newswatch.processor.classify;

import java.util.List;
import java.util.Map;

/** One scanned field of an article (title or body): its text, tokens and every term occurrence. */
record Field(String name, String text, List<Token> tokens, Map<Term, List<Span>> hits) {
    static final String TITLE = "title";
    static final String BODY = "body";

    static Field scan(String name, String text, TermIndex index) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return new Field(name, text == null ? "" : text, tokens, index.scan(tokens));
    }

    List<Span> spans(Term term) {
        return hits.getOrDefault(term, List.of());
    }

    /** Whether any of the terms occurs; walks whichever of the two collections is smaller. */
    boolean containsAny(java.util.Set<Term> terms) {
        if (hits.size() < terms.size()) {
            for (Term t : hits.keySet()) {
                if (terms.contains(t)) {
                    return true;
                }
            }
            return false;
        }
        for (Term t : terms) {
            if (hits.containsKey(t)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(Term term) {
        return hits.containsKey(term);
    }
}
