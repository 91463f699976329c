package dev.shinsa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Transaction;
import dev.shinsa.engine.Evaluation;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.RuleSetLoader;
import dev.shinsa.engine.Screener;
import dev.shinsa.screening.ScreeningService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * In-process cost of one decision with the full shipped rule set, on a mix of realistic
 * transactions: the shipped examples (listed at 1% and 0.99%, unlisted with a report, an exempt
 * core acquisition, a consent, a look-through Japanese company, insufficient information) and a
 * three-level look-through chain. {@code screen} is what the HTTP endpoint does after parsing
 * (validate, map, run the rules, decide); {@code rulesOnly} is the Drools evaluation alone;
 * {@code noRules} is validate, map and decide without rules; {@code batchOf1000} screens 1,000 in a row
 * (time per decision). Run: see the README, "Benchmarks".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScreeningBenchmark {
    static final int BATCH = 1000;

    RuleSet ruleSet;
    ScreeningService service;
    ScreeningService noRulesService;
    List<JsonNode> mix;
    List<Transaction> transactions;
    int next;

    @Setup
    public void setUp() throws IOException {
        dev.shinsa.cli.QuietLogging.apply();
        Path rules = Path.of(System.getProperty("shinsa.rules.dir", "rules"));
        ruleSet = RuleSetLoader.load(rules);
        service = new ScreeningService(Clock.systemUTC());
        noRulesService = new ScreeningService(Clock.systemUTC(), false);
        mix = mix(rules);
        transactions = new ArrayList<>();
        for (JsonNode n : mix) {
            transactions.add(service.toTransaction(n, ruleSet));
        }
    }

    /** The shipped examples that are valid requests, plus a three-level look-through chain. */
    static List<JsonNode> mix(Path rules) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(rules.resolve("examples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().startsWith("invalid")).sorted().toList()) {
                out.add(ScreeningService.parse(Files.readAllBytes(p)));
            }
        }
        out.add(ScreeningService.parse("""
                {"asOf": "2026-03-01",
                 "investor": {"name": "Nihon Holdings K.K.", "kind": "JAPANESE_ENTITY", "country": "JP",
                   "shareholders": [
                     {"name": "Midco K.K.", "kind": "JAPANESE_ENTITY", "country": "JP", "votingRightsPercent": 40,
                      "shareholders": [
                        {"name": "Cayman Fund LP", "kind": "PARTNERSHIP", "country": "KY", "votingRightsPercent": 60,
                         "foreignContributionPercent": 80},
                        {"name": "Osaka Bank", "kind": "JAPANESE_ENTITY", "country": "JP", "votingRightsPercent": 40,
                         "foreignVotingRightsPercent": 5}]},
                     {"name": "Singapore Capital Pte. Ltd.", "kind": "FOREIGN_ENTITY", "country": "SG", "votingRightsPercent": 15}]},
                 "target": {"name": "Shibuya Soft K.K.", "listed": true, "sectors": ["SOFTWARE"]},
                 "act": {"type": "SHARE_ACQUISITION", "holdingBeforePercent": 0.5, "holdingAfterPercent": 2}}
                """.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private JsonNode nextBody() {
        JsonNode n = mix.get(next);
        next = (next + 1) % mix.size();
        return n;
    }

    @Benchmark
    public Decision screen() {
        return service.screen(nextBody(), ruleSet);
    }

    @Benchmark
    public Evaluation rulesOnly() {
        Transaction tx = transactions.get(next);
        next = (next + 1) % transactions.size();
        return Screener.evaluate(ruleSet, tx);
    }

    @Benchmark
    public Decision noRules() {
        return noRulesService.screen(nextBody(), ruleSet);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int batchOf1000() {
        int reasons = 0;
        for (int i = 0; i < BATCH; i++) {
            reasons += service.screen(nextBody(), ruleSet).reasons().size();
        }
        return reasons;
    }
}
