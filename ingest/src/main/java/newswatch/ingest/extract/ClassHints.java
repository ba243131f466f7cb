package newswatch.ingest.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Words in an element's class and id ("post-body", "relatedStories" -> post, body, related, stories). */
final class ClassHints {
    private ClassHints() {
    }

    static boolean anyWord(Element e, Set<String> words) {
        return anyWord(e.attr("class"), words) || anyWord(e.attr("id"), words);
    }

    /** Splits on non-alphanumerics and on lower-to-upper case changes, compares lower-cased. */
    static boolean anyWord(String names, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            boolean camel = alnum && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
            if (start >= 0 && (!alnum || camel)) {
                if (words.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return false;
    }

    static boolean adPrefix(Element e) {
        String names = (e.attr("class") + " " + e.attr("id")).toLowerCase(Locale.ROOT);
        for (String token : names.split(" ")) {
            if (token.startsWith("ad-") || token.startsWith("ads-")) {
                return true;
            }
        }
        return false;
    }
}
