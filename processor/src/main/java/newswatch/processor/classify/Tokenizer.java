package newswatch.processor.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into normalised tokens: Latin/digit words, Hangul runs and single Chinese/Japanese characters,
 * accents stripped, lower-cased.
 */
public final class Tokenizer {
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private Tokenizer() {
    }

    /** The normalised words of a text, for stages outside classification (story clustering) that must agree with it. */
    public static List<String> words(String text) {
        List<Token> tokens = tokenize(text);
        List<String> words = new ArrayList<>(tokens.size());
        tokens.forEach(t -> words.add(t.text()));
        return words;
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (isCjk(cp)) {
                // Chinese and Japanese have no spaces: each character is a token, so "北朝鮮" matches inside "北朝鮮から"
                i += Character.charCount(cp);
                tokens.add(new Token(normalise(text.substring(start, i)), start, i, false));
                continue;
            }
            boolean hangul = isHangul(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                // a change of script ends a token, so "DPRK의" still yields "dprk" and "의"
                if (!isWordChar(c) || isHangul(c) != hangul || isCjk(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            String norm = normalise(text.substring(start, i));
            if (!norm.isEmpty()) {
                tokens.add(new Token(norm, start, i, hangul));
            }
        }
        return tokens;
    }

    /** NFKD then marks stripped then NFC: accents go, but Hangul syllables are recomposed so prefixes stay whole. */
    static String normalise(String s) {
        if (isPlainAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return Normalizer.normalize(stripped, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    static boolean isHangul(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
    }
}
