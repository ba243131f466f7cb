package newswatch.processor.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * A term as analysts write it ("north korea*", "탈북민"), compiled to a sequence of normalised tokens.
 * A trailing {@code *} makes the last token a prefix; Hangul tokens are always prefixes because
 * Korean attaches particles to the word ("탈북민이" must match "탈북민").
 */
record Term(String source, List<String> tokens, List<Boolean> prefix) {

    static Term parse(String source) {
        String raw = source.strip();
        boolean star = raw.endsWith("*");
        String body = star ? raw.substring(0, raw.length() - 1) : raw;
        if (body.contains("*")) {
            throw new IllegalArgumentException("'*' is only allowed at the end of a term: '" + source + "'");
        }
        List<Token> words = Tokenizer.tokenize(body);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("term has no words: '" + source + "'");
        }
        if (star && !body.isEmpty() && !Character.isLetterOrDigit(body.codePointBefore(body.length()))) {
            throw new IllegalArgumentException("'*' must follow a letter: '" + source + "'");
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            tokens.add(w.text());
            prefix.add(w.hangul() || (star && i == words.size() - 1));
        }
        return new Term(raw, List.copyOf(tokens), List.copyOf(prefix));
    }

    static List<Term> parseAll(List<String> sources) {
        return sources.stream().map(Term::parse).toList();
    }
}
