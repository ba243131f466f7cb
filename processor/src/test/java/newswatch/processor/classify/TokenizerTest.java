package newswatch.processor.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void lowerCasesStripsAccentsAndSplitsOnScriptChanges() {
        assertThat(Tokenizer.tokenize("Défection: DPRK의 ÉMIGRÉS, Kim Jong-un")).extracting(Token::text)
                .containsExactly("defection", "dprk", "의", "emigres", "kim", "jong", "un");
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() {
        String text = "  탈북민이  fled.";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(text.substring(tokens.get(0).start(), tokens.get(0).end())).isEqualTo("탈북민이");
        assertThat(tokens.get(0).hangul()).isTrue();
        assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("fled");
    }

    @Test
    void findsMultiTokenAndPrefixTermsInOnePass() {
        Term nk = Term.parse("north korea*");
        Term pow = Term.parse("prisoner* of war");
        Term ko = Term.parse("탈북민");
        TermIndex index = new TermIndex(List.of(nk, pow, ko));
        Map<Term, List<Span>> hits = index.scan(Tokenizer.tokenize("North Korean prisoners of war; 탈북민들은 North Korea"));
        assertThat(hits.get(nk)).containsExactly(new Span(0, 2), new Span(6, 8));
        assertThat(hits.get(pow)).containsExactly(new Span(2, 5));
        assertThat(hits.get(ko)).containsExactly(new Span(5, 6));
    }

    @Test
    void snippetWrapsMatchesAroundTheStrongestOne() {
        String text = "x ".repeat(200) + "a diplomat defected to the South " + "y ".repeat(200);
        TermIndex index = new TermIndex(List.of(Term.parse("defected"), Term.parse("diplomat")));
        Field body = Field.scan("body", text, index);
        Span defected = body.spans(Term.parse("defected")).get(0);
        String snippet = Snippet.around(body, defected, List.of(defected, body.spans(Term.parse("diplomat")).get(0)));
        assertThat(snippet).contains("a [[diplomat]] [[defected]] to the South").startsWith("…").endsWith("…");
        assertThat(snippet.length()).isBetween(150, 260);
    }
}
