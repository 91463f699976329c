package dev.shinsa.matching;

import dev.shinsa.refdata.EntityList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Every name and alias of a set of entity lists, normalised once ({@link NameNormalizer}) and
 * indexed by character n-grams, so that screening a name compares it only with the few listed
 * names that share enough of its n-grams. Built once per rule set; immutable and thread-safe.
 * Plain Java: usable without Quarkus or Drools (benchmarks, tools).
 *
 * <p>The score of two names is the symmetric Monge-Elkan similarity of their tokens: each token
 * is paired with its most similar token of the same script on the other side by Jaro-Winkler
 * (Levenshtein for Han/Kana runs, which have no spaces, so that a shared first character does not
 * count for much; a pair below {@link Settings#tokenMinimum()} counts as 0, so "Huaxin" does not half-match
 * "Huawei"), weighted by length, averaged both ways; token order does not count. When the two
 * names have a different number of tokens, the normalised Levenshtein similarity of the tokens
 * written together is taken if better ("Hik Vision" = "Hikvision").
 */
public final class EntityListIndex {
    /**
     * A candidate must share at least this share of the screened name's n-grams to be scored: a
     * filter for speed (0.25 let about four times as many names through: 2.1 ms instead of 0.43 ms
     * for four names against 1,000 entries, README "Benchmarks"), still low enough that a
     * misspelling in a word passes (Huawie/Huawei share half their trigrams) and the labelled
     * variants keep their recall; the matching numbers themselves are parameters.
     */
    private static final double MIN_SHARED_GRAMS = 0.5;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final List<EntityList> lists;
    private final List<Indexed> names = new ArrayList<>();
    private final Map<String, int[]> postings;

    /**
     * The matching numbers (from rules/parameters, as of the transaction date): the smallest score
     * that is a match, and the smallest Jaro-Winkler similarity at which two tokens count as alike.
     */
    public record Settings(double threshold, double tokenMinimum) {
    }

    private record Indexed(EntityList list, EntityList.Entry entry, String name, Normalized normalized) {
    }

    /** A name's tokens, their weights, and the tokens written together. */
    record Normalized(List<NameNormalizer.Token> tokens, String joined, int weight) {
        static Normalized of(String name) {
            List<NameNormalizer.Token> tokens = NameNormalizer.tokens(name);
            StringBuilder joined = new StringBuilder();
            int weight = 0;
            for (NameNormalizer.Token t : tokens) {
                joined.append(t.text());
                weight += t.text().length();
            }
            return new Normalized(tokens, joined.toString(), weight);
        }
    }

    public EntityListIndex(List<EntityList> lists) {
        this.lists = List.copyOf(lists);
        Map<String, List<Integer>> grams = new HashMap<>();
        for (EntityList list : this.lists) {
            for (EntityList.Entry e : list.entries()) {
                List<String> all = new ArrayList<>();
                all.add(e.name());
                all.addAll(e.aliases());
                for (String n : all) {
                    Normalized norm = Normalized.of(n);
                    if (norm.weight() == 0) {
                        continue;
                    }
                    int id = names.size();
                    names.add(new Indexed(list, e, n, norm));
                    for (String g : grams(norm)) {
                        List<Integer> p = grams.computeIfAbsent(g, k -> new ArrayList<>());
                        if (p.isEmpty() || p.get(p.size() - 1) != id) {
                            p.add(id);
                        }
                    }
                }
            }
        }
        Map<String, int[]> out = new HashMap<>(grams.size() * 2);
        grams.forEach((g, ids) -> out.put(g, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.postings = out;
    }

    public static EntityListIndex empty() {
        return new EntityListIndex(List.of());
    }

    public List<EntityList> lists() {
        return lists;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** How many names and aliases are indexed. */
    public int size() {
        return names.size();
    }

    /**
     * The entries whose name or an alias scores at least the threshold against one of
     * {@code queryNames}, listed on or before {@code asOf}: one match per entry (its best name),
     * best score first, an entry of the party's country first among equal scores.
     */
    public List<NameMatch> match(List<String> queryNames, String country, LocalDate asOf, Settings settings) {
        Map<String, NameMatch> best = new LinkedHashMap<>();
        for (String q : queryNames) {
            if (q == null || q.isBlank()) {
                continue;
            }
            Normalized query = Normalized.of(q);
            if (query.weight() == 0) {
                continue;
            }
            for (int id : candidates(query)) {
                Indexed n = names.get(id);
                if (n.entry().listedOn().isAfter(asOf)) {
                    continue;
                }
                double score = round(score(query, n.normalized(), settings.tokenMinimum()));
                if (score < settings.threshold()) {
                    continue;
                }
                boolean sameCountry = country != null && country.equalsIgnoreCase(n.entry().country());
                NameMatch m = new NameMatch(n.list(), n.entry(), n.name(), q, score, sameCountry);
                String key = n.list().id() + '\u0000' + n.entry().id();
                NameMatch prev = best.get(key);
                if (prev == null || m.score() > prev.score()) {
                    best.put(key, m);
                }
            }
        }
        List<NameMatch> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(NameMatch::score).reversed()
                .thenComparing(m -> !m.countryMatches())
                .thenComparing(m -> m.list().id())
                .thenComparing(m -> m.entry().id()));
        return out;
    }

    /** The similarity of two names, 0 to 1 (see the class comment). */
    public static double similarity(String a, String b, double tokenMinimum) {
        return round(score(Normalized.of(a), Normalized.of(b), tokenMinimum));
    }

    private int[] candidates(Normalized query) {
        Collection<String> grams = grams(query);
        int[] shared = new int[names.size()];
        int[] touched = new int[names.size()];
        int count = 0;
        for (String g : grams) {
            int[] p = postings.get(g);
            if (p != null) {
                for (int id : p) {
                    if (shared[id]++ == 0) {
                        touched[count++] = id;
                    }
                }
            }
        }
        int min = Math.max(1, (int) Math.ceil(grams.size() * MIN_SHARED_GRAMS));
        int[] out = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (shared[touched[i]] >= min) {
                out[n++] = touched[i];
            }
        }
        int[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }

    /** Padded trigrams of Latin-script tokens, padded bigrams of Han/Kana tokens (distinct). */
    static Collection<String> grams(Normalized n) {
        Set<String> out = new LinkedHashSet<>();
        for (NameNormalizer.Token t : n.tokens()) {
            String s = " " + t.text() + " ";
            int size = t.cjk() ? 2 : 3;
            for (int i = 0; i + size <= s.length(); i++) {
                out.add(s.substring(i, i + size));
            }
        }
        return out;
    }

    static double score(Normalized a, Normalized b, double tokenMinimum) {
        if (a.weight() == 0 || b.weight() == 0) {
            return 0;
        }
        double tokens = (mongeElkan(a, b, tokenMinimum) + mongeElkan(b, a, tokenMinimum)) / 2;
        if (a.tokens().size() == b.tokens().size()) {
            return tokens;
        }
        return Math.max(tokens, levenshtein(a.joined(), b.joined()));
    }

    /** 1 - edit distance / length of the longer. */
    private static double levenshtein(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longer;
    }

    /** Each token of {@code a} with its most similar token of {@code b} (same script only), weighted by length. */
    private static double mongeElkan(Normalized a, Normalized b, double tokenMinimum) {
        double sum = 0;
        for (NameNormalizer.Token x : a.tokens()) {
            double bestSim = 0;
            for (NameNormalizer.Token y : b.tokens()) {
                if (x.cjk() == y.cjk()) {
                    double sim = x.text().equals(y.text()) ? 1 : x.cjk() ? levenshtein(x.text(), y.text()) : JARO_WINKLER.apply(x.text(), y.text());
                    bestSim = Math.max(bestSim, sim >= tokenMinimum ? sim : 0);
                }
            }
            sum += bestSim * x.text().length();
        }
        return sum / a.weight();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
