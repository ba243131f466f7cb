package newswatch.processor.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A trie over tokens holding every term of a rule set, so one pass over a field finds all single- and
 * multi-token terms at once. Immutable after construction, hence safe to share between threads.
 */
final class TermIndex {
    private final Node root = new Node();

    TermIndex(Collection<Term> terms) {
        for (Term term : new LinkedHashSet<>(terms)) {
            Node node = root;
            for (int i = 0; i < term.tokens().size(); i++) {
                String token = term.tokens().get(i);
                boolean prefix = term.prefix().get(i);
                node = (prefix ? node.prefix : node.exact).computeIfAbsent(token, t -> new Node());
            }
            node.terms.add(term);
        }
        root.seal();
    }

    /** Every occurrence of every term in the tokens, keyed by the term. */
    Map<Term, List<Span>> scan(List<Token> tokens) {
        Map<Term, List<Span>> hits = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            walk(root, tokens, i, i, hits);
        }
        return hits;
    }

    private void walk(Node node, List<Token> tokens, int start, int pos, Map<Term, List<Span>> hits) {
        for (Term term : node.terms) {
            hits.computeIfAbsent(term, t -> new ArrayList<>()).add(new Span(start, pos));
        }
        if (pos >= tokens.size()) {
            return;
        }
        String token = tokens.get(pos).text();
        Node exact = node.exact.get(token);
        if (exact != null) {
            walk(exact, tokens, start, pos + 1, hits);
        }
        if (!node.prefixByFirst.isEmpty() && !token.isEmpty()) {
            // a token matches every stored prefix of itself; only keys sharing its first character are tried
            List<Map.Entry<String, Node>> candidates = node.prefixByFirst.get(token.charAt(0));
            if (candidates != null) {
                for (Map.Entry<String, Node> e : candidates) {
                    if (token.startsWith(e.getKey())) {
                        walk(e.getValue(), tokens, start, pos + 1, hits);
                    }
                }
            }
        }
    }

    private static final class Node {
        final Map<String, Node> exact = new HashMap<>();
        final Map<String, Node> prefix = new HashMap<>();
        final List<Term> terms = new ArrayList<>();
        /** The prefix keys grouped by their first character, filled once every term is in. */
        final Map<Character, List<Map.Entry<String, Node>>> prefixByFirst = new HashMap<>();

        void seal() {
            prefix.forEach((key, node) -> prefixByFirst.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(Map.entry(key, node)));
            exact.values().forEach(Node::seal);
            prefix.values().forEach(Node::seal);
        }
    }
}
