package dev.shinsa.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shinsa.refdata.EntityList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A labelled set of name variants screened against the shipped entity lists (and a small list in
 * Japanese and Chinese scripts) with the shipped threshold: true variants must be found with their
 * entry, near misses must not match anything. Prints precision and recall; asserts minimums.
 * Plain JUnit, no Quarkus.
 */
class EntityListMatchingTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    /** A name as an investor might write it, its country, and the entry it is (null: none). */
    record Labelled(String name, String country, String expectedEntry, String what) {
    }

    static final List<Labelled> VARIANTS = List.of(
            // true matches
            new Labelled("Huawei Technologies Corporation", "CN", "CN-HUAWEI", "other legal form"),
            new Labelled("HUAWEI TECHNOLOGIES CO LTD", "CN", "CN-HUAWEI", "case, no punctuation"),
            new Labelled("Technologies Huawei Co., Ltd.", "CN", "CN-HUAWEI", "tokens reordered"),
            new Labelled("ＨＵＡＷＥＩ　ＴＥＣＨＮＯＬＯＧＩＥＳ　ＣＯ．，ＬＴＤ．", "CN", "CN-HUAWEI", "full-width letters"),
            new Labelled("Huawie Technologies Co Ltd", "CN", "CN-HUAWEI", "transposed letters"),
            new Labelled("Huawei Technologies Co., Ltd.", "JP", "CN-HUAWEI", "other country: ranked lower, not excluded"),
            new Labelled("Hangzhou Hikvision Digital Technology Company Limited", "CN", "CN-HIKVISION", "other legal form"),
            new Labelled("Hikvision Digital Technology Hangzhou Co", "CN", "CN-HIKVISION", "tokens reordered"),
            new Labelled("Hangzhou Hik-Vision Digital Technology Co., Ltd.", "CN", "CN-HIKVISION", "word split"),
            new Labelled("Zhejiang Dahua Technology Inc.", "CN", "CN-DAHUA", "other legal form"),
            new Labelled("IFLYTEK CO LTD", "CN", "CN-IFLYTEK", "case"),
            new Labelled("Megvii Technology Limited", "CN", "CN-MEGVII", "legal form added"),
            new Labelled("Beijing SenseTime Technology Development Co Ltd", "CN", "CN-SENSETIME", "no punctuation"),
            new Labelled("Dawning Information Industry Corporation", "CN", "CN-SUGON", "other legal form"),
            new Labelled("Semiconductor Manufacturing International Corp.", "CN", "CN-SMIC", "abbreviated legal form"),
            new Labelled("S.M.I.C.", "CN", "CN-SMIC", "alias with dots"),
            new Labelled("Fujian Jinhua Integrated Circuit Co., Ltd.", "CN", "CN-JHICC", "other legal form"),
            new Labelled("SZ DJI Technology Company Limited", "CN", "CN-DJI", "other legal form"),
            new Labelled("Yangtze Memory Technologies Corp", "CN", "CN-YMTC", "other legal form"),
            new Labelled("Cambricon Technologies Corp Ltd", "CN", "CN-CAMBRICON", "abbreviated legal form"),
            new Labelled("National University of Defence Technology", "CN", "CN-NUDT", "British spelling"),
            new Labelled("Korea Mining Development Trading Corp", "KP", "KP-KOMID", "abbreviated legal form"),
            new Labelled("Atomic Energy Organisation of Iran", "IR", "IR-AEOI", "British spelling"),
            new Labelled("Pakistan Atomic Energy Commission (PAEC)", "PK", "PK-PAEC", "acronym added"),
            new Labelled("A. Q. Khan Research Laboratories", "PK", "PK-KRL", "alias, spaced initials"),
            new Labelled("Beihang University", "CN", "CN-BUAA", "alias"),
            new Labelled("Centre d'Études et de Recherches Scientifiques", "SY", "SY-SSRC", "alias with diacritics"),
            new Labelled("Shahid Hemmat Industries Group", "IR", "IR-SHIG", "word form"),
            new Labelled("TANCHON COMMERCIAL BANK LTD.", "KP", "KP-TANCHON", "legal form added"),
            new Labelled("ﾀﾞｲﾅﾐｯｸ重工業(株)", "JP", "T-1", "half-width Katakana, (株)"),
            new Labelled("だいなみっく重工業株式会社", "JP", "T-1", "Hiragana for Katakana"),
            new Labelled("株式会社ダイナミック重工業", "JP", "T-1", "legal form first"),
            new Labelled("Dynamic Heavy Industries Kabushiki Kaisha", "JP", "T-1", "romanised alias, spelt-out legal form"),
            new Labelled("东方精密仪器股份有限公司", "CN", "T-2", "other Chinese legal form"),
            new Labelled("北辰通信集团有限公司", "CN", "T-3", "集团 and 有限公司"),
            // true matches the matcher is known to miss (kept to measure recall honestly)
            new Labelled("東方精密儀器有限公司", "CN", "T-2", "traditional characters for simplified (no conversion)"),
            new Labelled("ダイナミックヘビーインダストリーズ", "JP", "T-1", "Katakana for an English name (no transliteration)"),
            // near misses: similar but different companies
            new Labelled("Huaxin Technologies Co., Ltd.", "CN", null, "one word differs after 'Hua'"),
            new Labelled("Hangzhou Digital Technology Co., Ltd.", "CN", null, "distinctive word missing"),
            new Labelled("Zhejiang Huadian Technology Co.", "CN", null, "one word differs"),
            new Labelled("Beijing Institute of Technology", "CN", null, "city differs"),
            new Labelled("Harbin Institute of Science and Technology", "CN", null, "word added"),
            new Labelled("Korea Mining Corporation", "KR", null, "half the words"),
            new Labelled("Semiconductor Manufacturing Corporation", "US", null, "word missing"),
            new Labelled("Dawning Information Systems Ltd", "CN", null, "one word differs"),
            new Labelled("Tanchon Trading Bank", "KP", null, "one word differs"),
            new Labelled("Atomic Energy Organization of India", "IN", null, "country word differs"),
            new Labelled("Megatech Technology Co.", "CN", null, "similar start"),
            new Labelled("Chengdu Haiguang Software Co", "CN", null, "distinctive words differ"),
            new Labelled("Sony Group Corporation", "JP", null, "unrelated"),
            new Labelled("Toyota Motor Corporation", "JP", null, "unrelated"),
            new Labelled("Mitsubishi Heavy Industries, Ltd.", "JP", null, "unrelated, shares 'Heavy Industries'"),
            new Labelled("Harbor Ridge Industrial Inc.", "US", null, "unrelated"),
            new Labelled("Kanto Transmission Grid K.K.", "JP", null, "unrelated"),
            new Labelled("ダイナミック商事株式会社", "JP", null, "Katakana start shared, Kanji differ"),
            new Labelled("东方精密机械有限公司", "CN", null, "Hanzi: last two characters differ"),
            new Labelled("北辰", "CN", null, "Hanzi: two of six characters"),
            new Labelled("Dynamic Trading K.K.", "JP", null, "shares one word"),
            new Labelled("Pakistan International Airlines", "PK", null, "shares the country name"));

    private static EntityListIndex index() {
        List<EntityList> lists = new ArrayList<>(EntityListFixtures.shipped());
        lists.add(EntityListFixtures.scripts());
        return new EntityListIndex(lists);
    }

    @Test
    void labelledVariantsAreFoundAndNearMissesAreNotWithTheShippedThreshold() {
        EntityListIndex index = index();
        EntityListIndex.Settings settings = EntityListFixtures.shippedSettings(AS_OF);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        StringBuilder report = new StringBuilder();
        for (Labelled l : VARIANTS) {
            List<NameMatch> matches = index.match(List.of(l.name()), l.country(), AS_OF, settings);
            String top = matches.isEmpty() ? null : matches.get(0).entry().id();
            boolean found = l.expectedEntry() != null && matches.stream().anyMatch(m -> m.entry().id().equals(l.expectedEntry()));
            long wrong = matches.stream().filter(m -> !m.entry().id().equals(l.expectedEntry())).count();
            if (found) {
                tp++;
            } else if (l.expectedEntry() != null) {
                fn++;
            }
            fp += (int) wrong;
            if (l.expectedEntry() == null && matches.isEmpty()) {
                tn++;
            }
            report.append(String.format("  %-5s %-55s -> %-13s %s (%s)%n",
                    found || (l.expectedEntry() == null && matches.isEmpty()) ? "ok" : "WRONG", l.name(), top,
                    matches.isEmpty() ? "" : matches.get(0).score(), l.what()));
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.printf("Entity-list matching, %d labelled names (threshold %.2f, token minimum %.2f):%n%s"
                        + "precision %.3f (%d true, %d false matches), recall %.3f (%d of %d true variants found), %d of %d near misses clear%n",
                VARIANTS.size(), settings.threshold(), settings.tokenMinimum(), report, precision, tp, fp, recall, tp, tp + fn,
                tn, VARIANTS.stream().filter(l -> l.expectedEntry() == null).count());
        assertTrue(precision >= 0.95, "precision " + precision + " below 0.95:\n" + report);
        assertTrue(recall >= 0.90, "recall " + recall + " below 0.90:\n" + report);
    }

    @Test
    void aMatchCarriesItsListVersionEntryMatchedNameAndScore() {
        List<NameMatch> m = index().match(List.of("Pyongyang Trading", "Beihang University"), "CN", AS_OF,
                EntityListFixtures.shippedSettings(AS_OF));
        assertEquals(1, m.size(), m.toString());
        assertEquals("meti-end-user-list", m.get(0).list().id());
        assertEquals(LocalDate.of(2025, 9, 29), m.get(0).list().version());
        assertEquals("CN-BUAA", m.get(0).entry().id());
        assertEquals("Beihang University", m.get(0).matchedName());
        assertEquals("Beihang University", m.get(0).queryName());
        assertEquals(1.0, m.get(0).score());
        assertTrue(m.get(0).countryMatches());
    }

    @Test
    void anEntryListedAfterTheTransactionDateDoesNotMatch() {
        EntityListIndex index = index();
        EntityListIndex.Settings s = EntityListFixtures.shippedSettings(AS_OF);
        assertEquals(1, index.match(List.of("Huawei Technologies Co., Ltd."), "CN", LocalDate.of(2019, 5, 16), s).size());
        assertTrue(index.match(List.of("Huawei Technologies Co., Ltd."), "CN", LocalDate.of(2019, 5, 15), s).isEmpty());
    }

    @Test
    void countryRanksMatchesOfEqualScoreButExcludesNone() {
        EntityList twins = new EntityList("twins", "Twins", AS_OF, "test", "test", List.of(
                new EntityList.Entry("A", "Orion Optics Co., Ltd.", List.of(), "CN", AS_OF, "test", 2),
                new EntityList.Entry("B", "Orion Optics LLC", List.of(), "RU", AS_OF, "test", 3)));
        List<NameMatch> m = new EntityListIndex(List.of(twins)).match(List.of("Orion Optics"), "RU", AS_OF,
                EntityListFixtures.shippedSettings(AS_OF));
        assertEquals(List.of("B", "A"), m.stream().map(x -> x.entry().id()).toList());
    }

    @Test
    void everyEntryOfAGeneratedThousandEntryListFindsItselfUnderAnotherLegalForm() {
        EntityList list = EntityListFixtures.generated(1000, 42);
        EntityListIndex index = new EntityListIndex(List.of(list));
        EntityListIndex.Settings s = EntityListFixtures.shippedSettings(AS_OF);
        int alone = 0;
        for (EntityList.Entry e : list.entries()) {
            String variant = e.name().replaceAll("(?i)\\b(co\\., ltd\\.|corporation|company limited|group|llc|inc\\.|jsc)$", "").trim() + " K.K.";
            List<NameMatch> m = index.match(List.of(variant), e.country(), AS_OF, s);
            assertTrue(m.stream().anyMatch(x -> x.entry().id().equals(e.id())), variant + " did not find " + e.id() + ": " + m);
            alone += m.size() == 1 ? 1 : 0;
        }
        System.out.printf("Generated list of %d entries (%d names indexed): %d of %d variants found only their own entry (the generator repeats names)%n",
                list.entries().size(), index.size(), alone, list.entries().size());
    }

    @Test
    void legalFormsAndScriptsAreFoldedNotRomanised() {
        assertEquals(List.of("huawei", "technologies"), texts("Huawei Technologies Co., Ltd."));
        assertEquals(List.of("toyota", "motor"), texts("ＴＯＹＯＴＡ Motor K.K."));
        assertEquals(List.of("ダイナミック重工業"), texts("ﾀﾞｲﾅﾐｯｸ重工業㈱"));
        assertEquals(List.of("华为技术"), texts("华为技术有限公司"));
        // A Kanji name stays Kanji: no Chinese (or Japanese) reading is made up for it.
        assertEquals(0.0, EntityListIndex.similarity("华为技术有限公司", "Huawei Technologies Co., Ltd.", 0.88));
    }

    private static List<String> texts(String name) {
        return NameNormalizer.tokens(name).stream().map(NameNormalizer.Token::text).toList();
    }
}
