package dev.shinsa.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a company or person name into the tokens that entity-list matching compares. Folds case,
 * full-width and half-width forms (NFKC), Latin diacritics and punctuation; reads Hiragana as
 * Katakana; removes legal-form words in English, Japanese and Chinese (Co., Ltd., Inc., K.K.,
 * 株式会社, 有限公司, 集团 ...). Scripts are kept as they are: Kanji and Hanzi are never romanised
 * (a Chinese reading of a Japanese name, or the reverse, would be a wrong match), so a name only
 * matches a list name written in the same script; lists carry names in other scripts as aliases.
 * Plain Java, no state: safe to share between threads.
 */
public final class NameNormalizer {
    /** Legal-form and connector words dropped from Latin-script names (after folding, so "K.K." is "kk"). */
    static final Set<String> LEGAL_FORMS = Set.of(
            "co", "company", "companies", "ltd", "limited", "inc", "incorporated", "corp", "corporation",
            "kk", "kabushiki", "kaisha", "gaisha", "kabushikikaisha", "kabushikigaisha", "yugen", "godo", "gk", "yk",
            "llc", "lp", "llp", "plc", "pte", "pvt", "pty", "private", "gmbh", "mbh", "ag", "kg", "sa", "sas", "sarl",
            "srl", "spa", "bv", "nv", "ab", "oy", "as", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao", "oao", "pao",
            "fze", "fzco", "fzc", "group", "gongsi", "youxian", "zeren", "gufen", "jituan",
            "the", "of", "and", "for");
    /** Legal-form words in Han or Kana, removed where they open or close a run of such characters; longest first. */
    static final List<String> CJK_LEGAL_FORMS = List.of(
            "股份有限公司", "有限责任公司", "有限責任公司", "カブシキガイシャ", "有限公司", "株式会社", "有限会社",
            "合同会社", "合資会社", "合名会社", "集团公司", "集團公司", "总公司", "總公司", "公司", "集团", "集團", "会社");
    /** A Han character alone in brackets: (株) and ㈱ after NFKC, (有). */
    static final Set<String> CJK_ABBREVIATIONS = Set.of("株", "有", "合", "資", "名");
    /** Latin letters that do not decompose into a base letter and a mark. */
    private static final Map<Character, String> LATIN_SPECIAL = Map.of(
            'ß', "ss", 'ø', "o", 'đ', "d", 'ł', "l", 'æ', "ae", 'œ', "oe", 'ı', "i", 'þ', "th", 'ð', "d");

    private NameNormalizer() {
    }

    /** A token and whether it is written in Han or Kana (compared only with tokens of the same kind). */
    public record Token(String text, boolean cjk) {
    }

    /** The name's tokens, in their original order, without legal forms (unless the name is nothing else). */
    public static List<Token> tokens(String name) {
        List<Token> raw = split(fold(name == null ? "" : name));
        List<Token> kept = new ArrayList<>();
        for (Token t : raw) {
            Token s = t.cjk() ? stripCjkLegalForms(t) : t;
            if (s != null && !(s.cjk() ? CJK_ABBREVIATIONS.contains(s.text()) : LEGAL_FORMS.contains(s.text()))) {
                kept.add(s);
            }
        }
        return kept.isEmpty() ? raw : kept;
    }

    /** NFKC, lower case, Latin diacritics removed, Hiragana read as Katakana. */
    static String fold(String s) {
        if (isAscii(s)) {
            // The common case, and the same result: NFKC, NFD and NFC leave ASCII as it is, and no
            // ASCII character is a mark, a special Latin letter or Hiragana.
            return s.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String d = Normalizer.normalize(n, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                // Drop accents on Latin letters only: the Kana voicing marks (゛゜) must stay.
                if (base != Character.UnicodeScript.LATIN) {
                    sb.appendCodePoint(cp);
                }
                continue;
            }
            base = Character.UnicodeScript.of(cp);
            String special = cp < 0x10000 ? LATIN_SPECIAL.get((char) cp) : null;
            if (special != null) {
                sb.append(special);
            } else if (cp >= 0x3041 && cp <= 0x3096) {
                sb.appendCodePoint(cp + 0x60);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false; // below the CJK radicals: no Han or Kana (the script lookup is a binary search)
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HIRAGANA || cp == 0x30FC || cp == 0x3005;
    }

    /**
     * Runs of letters and digits, split at anything else and where the script changes between
     * Han/Kana and others. Apostrophes join ("qa'ida" is "qaida"); "&" is "and"; a row of single
     * letters ("k k", "l l c" from "K.K.", "L.L.C.") becomes one token.
     */
    static List<Token> split(String s) {
        List<Token> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean curCjk = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\'' || cp == '\u2019' || cp == '`') {
                continue;
            }
            boolean letter = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || cp == 0x30FC;
            if (!letter) {
                flush(cur, curCjk, out);
                if (cp == '&') {
                    out.add(new Token("and", false));
                }
                continue;
            }
            boolean cjk = isCjk(cp);
            if (cur.length() > 0 && cjk != curCjk) {
                flush(cur, curCjk, out);
            }
            curCjk = cjk;
            cur.appendCodePoint(cp);
        }
        flush(cur, curCjk, out);
        return joinSingleLetters(out);
    }

    private static void flush(StringBuilder cur, boolean cjk, List<Token> out) {
        if (cur.length() > 0) {
            out.add(new Token(cur.toString(), cjk));
            cur.setLength(0);
        }
    }

    private static List<Token> joinSingleLetters(List<Token> in) {
        List<Token> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Token t : in) {
            if (!t.cjk() && t.text().codePointCount(0, t.text().length()) == 1 && Character.isLetter(t.text().codePointAt(0))) {
                run.append(t.text());
                continue;
            }
            if (run.length() > 0) {
                out.add(new Token(run.toString(), false));
                run.setLength(0);
            }
            out.add(t);
        }
        if (run.length() > 0) {
            out.add(new Token(run.toString(), false));
        }
        return out;
    }

    /** Removes legal-form words at the start and end of a Han/Kana run; null when nothing else is left. */
    private static Token stripCjkLegalForms(Token t) {
        String s = t.text();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String f : CJK_LEGAL_FORMS) {
                if (s.length() > f.length() && s.endsWith(f)) {
                    s = s.substring(0, s.length() - f.length());
                    changed = true;
                } else if (s.length() > f.length() && s.startsWith(f)) {
                    s = s.substring(f.length());
                    changed = true;
                } else if (s.equals(f)) {
                    return null;
                }
            }
        }
        return new Token(s, true);
    }
}
