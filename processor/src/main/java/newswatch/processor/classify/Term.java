package newswatch.processor.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * A term as analysts write it ("north korea*", "prisoner* of war", "탈북민"), compiled to a sequence of
 * normalised tokens. A word ending in {@code *} matches as a prefix; Hangul words always do, because
 * Korean attaches particles to the word ("탈북민이" must match "탈북민").
 */
record Term(String source, List<String> tokens, List<Boolean> prefix) {

    static Term parse(String source) {
        String raw = source.strip();
        List<Token> words = Tokenizer.tokenize(raw);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("term has no words: '" + source + "'");
        }
        for (int i = raw.indexOf('*'); i >= 0; i = raw.indexOf('*', i + 1)) {
            int at = i;
            if (words.stream().noneMatch(w -> w.end() == at)) {
                throw new IllegalArgumentException("'*' must directly follow a word: '" + source + "'");
            }
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (Token w : words) {
            tokens.add(w.text());
            prefix.add(w.hangul() || (w.end() < raw.length() && raw.charAt(w.end()) == '*'));
        }
        return new Term(raw, List.copyOf(tokens), List.copyOf(prefix));
    }

    /** The tokens follow from the source, so the source alone identifies a term; its hash is cached by String. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && source.equals(t.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }
}
