package dev.shinsa.bench;

import dev.shinsa.matching.EntityListFixtures;
import dev.shinsa.matching.EntityListIndex;
import dev.shinsa.matching.NameMatch;
import dev.shinsa.refdata.EntityList;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Entity-list name matching against a generated list of 1,000 entries (about 1,300 names with
 * aliases; {@code EntityListFixtures.generated}), with the shipped matching parameters:
 * {@code screenParties} screens what one transaction brings (an investor with an alias and two
 * shareholders: four names, one of them a listed name under another legal form), the cost the
 * issue bounds at one millisecond; {@code buildIndex} is the once-per-rule-set cost of indexing
 * the list. Run: see the README, "Benchmarks".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EntityListMatchBenchmark {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    EntityList list;
    EntityListIndex index;
    EntityListIndex.Settings settings;
    List<String> investorNames;
    List<String> shareholderNames;

    @Setup
    public void setUp() {
        list = EntityListFixtures.generated(1000, 42);
        index = new EntityListIndex(List.of(list));
        settings = EntityListFixtures.shippedSettings(AS_OF);
        String listed = list.entries().get(500).name().replaceAll("(?i)(co\\., ltd\\.|corporation|llc|inc\\.)$", "").trim() + " K.K.";
        investorNames = List.of("Harbor Ridge Industrial Inc.", "Harbor Ridge");
        shareholderNames = List.of("Shiodome Vision Holdings K.K.", listed);
    }

    @Benchmark
    public int screenParties() {
        int found = index.match(investorNames, "US", AS_OF, settings).size();
        for (String s : shareholderNames) {
            List<NameMatch> m = index.match(List.of(s), "CN", AS_OF, settings);
            found += m.size();
        }
        return found;
    }

    @Benchmark
    public EntityListIndex buildIndex() {
        return new EntityListIndex(List.of(list));
    }
}
