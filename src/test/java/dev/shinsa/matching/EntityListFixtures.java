package dev.shinsa.matching;

import dev.shinsa.refdata.DataProblem;
import dev.shinsa.refdata.EntityList;
import dev.shinsa.refdata.EntityListLoader;
import dev.shinsa.refdata.Parameters;
import dev.shinsa.refdata.RefDataLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Entity lists for matching tests and benchmarks, without Quarkus or Drools: the shipped sample
 * lists, a small list of names in Japanese and Chinese scripts (fictitious entries, test only), and
 * a generator of lists of any size (for a benchmark with 1,000 entries).
 */
public final class EntityListFixtures {
    public static final Path RULES = Path.of(System.getProperty("shinsa.rules.dir", "rules"));

    private EntityListFixtures() {
    }

    /** The lists under rules/data/entity-lists/; fails on any load problem. */
    public static List<EntityList> shipped() {
        List<DataProblem> problems = new ArrayList<>();
        List<EntityList> lists = new EntityListLoader(RULES, new RefDataLoader(RULES, problems), problems).load();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the shipped entity lists do not load: " + problems);
        }
        return lists;
    }

    /** The matching numbers of the shipped parameters, in force on {@code asOf}. */
    public static EntityListIndex.Settings shippedSettings(LocalDate asOf) {
        List<DataProblem> problems = new ArrayList<>();
        Parameters p = new RefDataLoader(RULES, problems).loadParameters();
        return new EntityListIndex.Settings(
                p.get("entityListMatchThreshold").valueOn(asOf).decimal().doubleValue(),
                p.get("entityListTokenSimilarityMinimum").valueOn(asOf).decimal().doubleValue());
    }

    /** Fictitious entries written in Kanji, Kana and Hanzi (test only: not a published list). */
    public static EntityList scripts() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        return new EntityList("test-scripts", "Test list in Japanese and Chinese scripts (fictitious)", d, "test fixture", "test",
                List.of(
                        new EntityList.Entry("T-1", "ダイナミック重工業株式会社", List.of("Dynamic Heavy Industries K.K."), "JP", d, "fictitious", 2),
                        new EntityList.Entry("T-2", "东方精密仪器有限公司", List.of("Dongfang Precision Instruments Co., Ltd."), "CN", d, "fictitious", 3),
                        new EntityList.Entry("T-3", "北辰通信集团", List.of(), "CN", d, "fictitious", 4)));
    }

    /**
     * A list of {@code size} generated entries (three to five words from a fixed vocabulary, a
     * legal form, sometimes an alias), the same for the same seed: for benchmarks of the matcher.
     */
    public static EntityList generated(int size, long seed) {
        String[] places = {"Beijing", "Shanghai", "Shenzhen", "Tianjin", "Wuhan", "Chengdu", "Xian", "Harbin", "Tehran", "Isfahan",
                "Karachi", "Lahore", "Pyongyang", "Damascus", "Moscow", "Minsk", "Dubai", "Hong Kong", "Nanjing", "Hangzhou"};
        String[] roots = {"Huaxing", "Zhongke", "Tianyu", "Jinhai", "Xinda", "Hongtai", "Ruisheng", "Dingxin", "Kaiyuan", "Fenghua",
                "Pars", "Sepehr", "Arman", "Noor", "Zagros", "Indus", "Kohinoor", "Rodina", "Vostok", "Almaz"};
        String[] trades = {"Electronics", "Precision Machinery", "Aerospace", "Semiconductor", "Trading", "Optics", "Materials",
                "Microsystems", "Energy", "Instruments", "Technology Development", "Information Industry", "Research Institute"};
        String[] forms = {"Co., Ltd.", "Corporation", "Company Limited", "Group", "LLC", "Inc.", "JSC", ""};
        String[] countries = {"CN", "CN", "CN", "IR", "PK", "KP", "SY", "RU", "BY", "AE"};
        Random r = new Random(seed);
        List<EntityList.Entry> entries = new ArrayList<>();
        LocalDate d = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < size; i++) {
            String name = places[r.nextInt(places.length)] + " " + roots[r.nextInt(roots.length)] + " "
                    + trades[r.nextInt(trades.length)] + " " + forms[r.nextInt(forms.length)];
            List<String> aliases = r.nextInt(3) == 0 ? List.of(roots[r.nextInt(roots.length)] + " " + trades[r.nextInt(trades.length)] + " " + i)
                    : List.of();
            entries.add(new EntityList.Entry("G-" + i, name.trim(), aliases, countries[r.nextInt(countries.length)],
                    d.plusDays(r.nextInt(3000)), "generated", i + 2));
        }
        return new EntityList("generated", "Generated list of " + size + " entries", LocalDate.of(2026, 1, 1), "generated", "generated", entries);
    }
}
